package dk.samspil.agreement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Calendar quarters: the budget's planned amounts and the indicators' history are kept per quarter. */
record Quarters(int year, int quarter) implements Comparable<Quarters> {

    static Quarters of(LocalDate day) {
        return new Quarters(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    static LocalDate start(LocalDate day) {
        return of(day).first();
    }

    LocalDate first() {
        return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    Quarters next() {
        return quarter == 4 ? new Quarters(year + 1, 1) : new Quarters(year, quarter + 1);
    }

    /** The quarters that the days from {@code from} to {@code to} touch, in order. */
    static List<Quarters> between(LocalDate from, LocalDate to) {
        List<Quarters> quarters = new ArrayList<>();
        for (Quarters q = of(from); !q.first().isAfter(to); q = q.next()) {
            quarters.add(q);
        }
        return quarters;
    }

    @Override
    public int compareTo(Quarters other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }
}
