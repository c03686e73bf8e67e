package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ValueBand;
import java.util.regex.Pattern;

/**
 * A search in the public list. Every part is optional; the constructor normalizes whatever it is given, so any
 * input is a valid query: text is stripped of control characters, squeezed and cut to {@value #MAX_TEXT} characters,
 * a CPV division must be two digits, relevance needs text, and the page lies between 1 and {@value #MAX_PAGE}.
 *
 * @param text        free text, matched by {@link PublicSearchIndex} with the shared Danish text analysis;
 *                    {@code null} for none
 * @param cpvDivision two digits; entries with any CPV code in that division
 * @param buyingUnit  the buying unit's code
 * @param expected    entries whose expected tender publication overlaps this month or quarter
 * @param valueBand   entries whose estimated value (the upper end of a range) lies in this band
 * @param page        1-based
 * @param table       results shown as a table instead of a list (the same results)
 */
record ProcurementQuery(
        String text,
        String cpvDivision,
        String buyingUnit,
        ExpectedPeriod expected,
        ValueBand valueBand,
        ProcurementProcedure procedure,
        boolean smeOnly,
        boolean consortiaOnly,
        ProcurementSort sort,
        int page,
        boolean table) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_PAGE = 500;
    private static final Pattern DIVISION = Pattern.compile("\\d{2}");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\p{Cs}\\p{Cf}]");

    public ProcurementQuery {
        text = squeeze(text, MAX_TEXT);
        cpvDivision =
                cpvDivision != null && DIVISION.matcher(cpvDivision.strip()).matches() ? cpvDivision.strip() : null;
        buyingUnit = squeeze(buyingUnit, 40);
        if (sort == null || sort == ProcurementSort.RELEVANCE && text == null) {
            sort = ProcurementSort.EXPECTED;
        }
        page = Math.min(Math.max(page, 1), MAX_PAGE);
    }

    /** A search shown as a list. */
    ProcurementQuery(
            String text,
            String cpvDivision,
            String buyingUnit,
            ExpectedPeriod expected,
            ValueBand valueBand,
            ProcurementProcedure procedure,
            boolean smeOnly,
            boolean consortiaOnly,
            ProcurementSort sort,
            int page) {
        this(text, cpvDivision, buyingUnit, expected, valueBand, procedure, smeOnly, consortiaOnly, sort, page, false);
    }

    /** All published entries, soonest expected first. */
    public static ProcurementQuery all() {
        return new ProcurementQuery(null, null, null, null, null, null, false, false, null, 1);
    }

    public ProcurementQuery withPage(int number) {
        return new ProcurementQuery(
                text,
                cpvDivision,
                buyingUnit,
                expected,
                valueBand,
                procedure,
                smeOnly,
                consortiaOnly,
                sort,
                number,
                table);
    }

    public ProcurementQuery withText(String words) {
        return new ProcurementQuery(
                words,
                cpvDivision,
                buyingUnit,
                expected,
                valueBand,
                procedure,
                smeOnly,
                consortiaOnly,
                sort,
                page,
                table);
    }

    public ProcurementQuery withTable(boolean asTable) {
        return new ProcurementQuery(
                text,
                cpvDivision,
                buyingUnit,
                expected,
                valueBand,
                procedure,
                smeOnly,
                consortiaOnly,
                sort,
                page,
                asTable);
    }

    private static String squeeze(String value, int max) {
        if (value == null) {
            return null;
        }
        String cleaned = UNPRINTABLE.matcher(value).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (cleaned.length() > max) {
            cleaned = cleaned.substring(0, max).strip();
        }
        return cleaned.isEmpty() ? null : cleaned;
    }
}
