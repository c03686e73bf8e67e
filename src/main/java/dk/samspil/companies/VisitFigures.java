package dk.samspil.companies;

import java.time.LocalDate;
import java.util.Map;

/** The companies' figures for the agreement's indicators: visits in a period, by topic. */
public interface VisitFigures {

    /**
     * @param visits    visits (notes) dated in the period
     * @param companies distinct companies visited
     * @param byTopic   visits per topic code ({@code GROWTH}, {@code ENERGY} ...); a visit with two topics counts in
     *                  each, every topic present
     */
    record Visits(long visits, long companies, Map<String, Long> byTopic) {

        public Visits {
            byTopic = Map.copyOf(byTopic);
        }

        public long topic(String code) {
            return byTopic.getOrDefault(code, 0L);
        }
    }

    /** Visits dated from {@code from} to {@code to}, both included. */
    Visits visits(LocalDate from, LocalDate to);
}
