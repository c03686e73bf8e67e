package dk.samspil.pipeline.internal.publicsite;

import java.util.List;

import dk.samspil.pipeline.PlannedProcurement;

/**
 * One page of the public list.
 *
 * @param total       number of matching entries, or {@value #COUNT_LIMIT} when there are at least that many
 * @param totalCapped whether counting stopped at {@value #COUNT_LIMIT}
 * @param page        1-based
 */
record ProcurementPage(List<PlannedProcurement> items, long total, boolean totalCapped, int page, int pageSize) {

    public static final int COUNT_LIMIT = 10_000;

    public ProcurementPage {
        items = List.copyOf(items);
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
