package dk.samspil.pipeline.internal.publicsite;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.PlannedProcurement;
import java.util.List;
import java.util.Map;

/**
 * One page of the public list.
 *
 * @param total       number of matching entries, or {@value #COUNT_LIMIT} when there are at least that many
 * @param totalCapped whether counting stopped at {@value #COUNT_LIMIT}
 * @param page        1-based
 */
record ProcurementPage(
        List<PlannedProcurement> items,
        long total,
        boolean totalCapped,
        int page,
        int pageSize,
        Map<String, String> markedTitles,
        Map<String, String> snippets,
        Facets facets) {

    /**
     * How many entries each filter value would show, with the other filters and the text as they are: per CPV
     * division (two digits), buying unit code (upper case) and quarter; the counted units' names by code.
     */
    record Facets(
            Map<String, Integer> divisions,
            Map<String, Integer> units,
            Map<ExpectedPeriod, Integer> quarters,
            Map<String, String> unitNames) {

        Facets {
            divisions = Map.copyOf(divisions);
            units = Map.copyOf(units);
            quarters = Map.copyOf(quarters);
            unitNames = Map.copyOf(unitNames);
        }

        public int division(String code) {
            return divisions.getOrDefault(code, 0);
        }

        public int unit(String code) {
            return code == null ? 0 : units.getOrDefault(code.toUpperCase(java.util.Locale.ROOT), 0);
        }

        public int quarter(ExpectedPeriod quarter) {
            return quarters.getOrDefault(quarter, 0);
        }
    }

    public static final int COUNT_LIMIT = 10_000;

    public ProcurementPage {
        items = List.copyOf(items);
        markedTitles = Map.copyOf(markedTitles);
        snippets = Map.copyOf(snippets);
    }

    /** The entry's title as HTML (escaped) with the searched words in {@code <mark>}. */
    public String markedTitle(PlannedProcurement entry) {
        return markedTitles.getOrDefault(
                entry.reference(), PublicSearchIndex.escape(entry.details().title()));
    }

    /** About two lines of the entry's description as HTML (escaped), the searched words in {@code <mark>}. */
    public String snippet(PlannedProcurement entry) {
        return snippets.getOrDefault(entry.reference(), "");
    }

    public int totalPages() {
        return (int) Math.min(ProcurementQuery.MAX_PAGE, Math.max(1, (total + pageSize - 1) / pageSize));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    /** Position of the first item on this page, counting from 1. */
    public long firstItem() {
        return (long) (page - 1) * pageSize + 1;
    }
}
