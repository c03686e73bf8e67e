package dk.samspil.pipeline.internal.staff;

import dk.samspil.pipeline.ProcurementStatus;

/**
 * The list's query parameters. Anything that cannot be read (an unknown status, a page of "x") is ignored rather
 * than refused, so a hand-edited address still shows a list.
 *
 * @param q    free text on title or reference
 * @param unit the buying unit's id
 * @param sort {@code expected} (default) or {@code changed}
 */
record StaffListFilter(String q, ProcurementStatus status, Long unit, String sort, Integer page) {

    private static final int MAX_TEXT = 200;
    private static final int MAX_PAGE = 10_000;

    enum Sort { EXPECTED, CHANGED }

    String text() {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    Sort sortOrder() {
        return "changed".equals(sort) ? Sort.CHANGED : Sort.EXPECTED;
    }

    int pageNumber() {
        return page == null || page < 1 ? 1 : Math.min(page, MAX_PAGE);
    }
}
