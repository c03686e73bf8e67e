package dk.samspil.agreement.internal.wheel;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The geometry of the wheel of a year, for the template's SVG: twelve month segments clockwise from the top, and a
 * mark for each date of an item, on its category's ring and with its category's shape (so the category is never told
 * by colour alone). Coordinates are in the SVG's 400 × 400 view box.
 */
final class WheelDrawing {

    static final int SIZE = 400;
    private static final double CENTRE = SIZE / 2.0;
    private static final double OUTER = 192;
    private static final double INNER = 100;
    private static final double LABEL = 84;
    private static final double MARK = 7;
    /** Marks closer than this (in degrees) on one ring are moved inwards, so none hides another. */
    private static final double CROWDED = 5;

    private static final Map<WheelItem.Category, Double> RINGS = new EnumMap<>(Map.of(
            WheelItem.Category.STATUS_MEETING, 176.0,
            WheelItem.Category.RENEWAL, 156.0,
            WheelItem.Category.BUDGET, 136.0,
            WheelItem.Category.OTHER, 116.0));

    /** A month: its segment's path and where its (short) name stands. */
    record Segment(int month, String path, String labelX, String labelY, boolean even) {}

    /** A date of an item: the path of its shape, the row of the table it links to, and its text alternative. */
    record Mark(String path, String category, String anchor, String label) {}

    record Drawing(int year, List<Segment> segments, List<Mark> marks) {}

    private WheelDrawing() {}

    /**
     * @param anchor the id of the table row that explains the date ({@code occurrences} in order)
     * @param label  the mark's text alternative
     */
    static Drawing draw(
            int year,
            List<WheelItem.Occurrence> occurrences,
            Function<Integer, String> anchor,
            Function<WheelItem.Occurrence, String> label) {
        List<Segment> segments = new ArrayList<>();
        int days = Year.of(year).length();
        for (Month month : Month.values()) {
            LocalDate first = LocalDate.of(year, month, 1);
            double from = angle(first.getDayOfYear() - 1, days);
            double to = angle(first.getDayOfYear() - 1 + first.lengthOfMonth(), days);
            double middle = (from + to) / 2;
            segments.add(new Segment(
                    month.getValue(),
                    sector(from, to),
                    number(x(LABEL, middle)),
                    number(y(LABEL, middle) + 4),
                    month.getValue() % 2 == 0));
        }
        List<Mark> marks = new ArrayList<>();
        Map<WheelItem.Category, List<double[]>> placed = new EnumMap<>(WheelItem.Category.class);
        for (int i = 0; i < occurrences.size(); i++) {
            WheelItem.Occurrence occurrence = occurrences.get(i);
            WheelItem.Category category = occurrence.item().category();
            double angle = angle(occurrence.date().getDayOfYear() - 0.5, days);
            double radius = RINGS.get(category);
            List<double[]> onRing = placed.computeIfAbsent(category, c -> new ArrayList<>());
            for (double[] other : onRing) {
                if (Math.abs(other[0] - angle) < CROWDED && other[1] == radius) {
                    radius -= MARK * 1.6;
                }
            }
            onRing.add(new double[] {angle, radius});
            marks.add(new Mark(
                    shape(category, x(radius, angle), y(radius, angle)),
                    category.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    anchor.apply(i),
                    label.apply(occurrence)));
        }
        return new Drawing(year, segments, marks);
    }

    /** Degrees clockwise from the top (12 o'clock) for a day of the year, 0-based and fractional. */
    private static double angle(double day, int days) {
        return day / days * 360.0;
    }

    private static double x(double radius, double degrees) {
        return CENTRE + radius * Math.sin(Math.toRadians(degrees));
    }

    private static double y(double radius, double degrees) {
        return CENTRE - radius * Math.cos(Math.toRadians(degrees));
    }

    private static String sector(double from, double to) {
        return "M" + point(OUTER, from) + "A" + number(OUTER) + "," + number(OUTER) + " 0 0 1 " + point(OUTER, to)
                + "L" + point(INNER, to) + "A" + number(INNER) + "," + number(INNER) + " 0 0 0 " + point(INNER, from)
                + "Z";
    }

    private static String shape(WheelItem.Category category, double x, double y) {
        double r = MARK;
        return switch (category) {
            case STATUS_MEETING ->
                "M" + number(x - r) + "," + number(y) + "a" + number(r) + "," + number(r)
                        + " 0 1 0 " + number(2 * r) + ",0a" + number(r) + "," + number(r) + " 0 1 0 " + number(-2 * r)
                        + ",0Z";
            case RENEWAL ->
                "M" + number(x) + "," + number(y - r * 1.25) + "L" + number(x + r * 1.25) + ","
                        + number(y) + "L" + number(x) + "," + number(y + r * 1.25) + "L" + number(x - r * 1.25) + ","
                        + number(y) + "Z";
            case BUDGET ->
                "M" + number(x - r) + "," + number(y - r) + "h" + number(2 * r) + "v" + number(2 * r) + "h"
                        + number(-2 * r) + "Z";
            case OTHER ->
                "M" + number(x) + "," + number(y - r * 1.2) + "L" + number(x + r * 1.15) + "," + number(y + r * 0.9)
                        + "L" + number(x - r * 1.15) + "," + number(y + r * 0.9) + "Z";
        };
    }

    private static String point(double radius, double degrees) {
        return number(x(radius, degrees)) + "," + number(y(radius, degrees));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
