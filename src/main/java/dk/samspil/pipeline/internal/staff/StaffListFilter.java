package dk.samspil.pipeline.internal.staff;

import dk.samspil.pipeline.ProcurementStatus;
import java.util.Locale;

/**
 * The list's query parameters, read leniently: anything that cannot be read (an unknown status, a page of "x") counts
 * as not given, so a hand-edited address still shows a list.
 *
 * @param text free text on title or reference, or {@code null}
 * @param unit the buying unit's id, or {@code null}
 */
record StaffListFilter(String text, ProcurementStatus status, Long unit, Sort sort, int page) {

    private static final int MAX_TEXT = 200;
    private static final int MAX_PAGE = 10_000;

    enum Sort {
        EXPECTED,
        CHANGED
    }

    static StaffListFilter of(String q, String status, String unit, String sort, String page) {
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        return new StaffListFilter(
                text, parse(status), number(unit), "changed".equals(sort) ? Sort.CHANGED : Sort.EXPECTED, (int)
                        Math.max(1, Math.min(MAX_PAGE, number(page) == null ? 1 : number(page))));
    }

    /** The value of the {@code sort} parameter. */
    public String sortParameter() {
        return sort.name().toLowerCase(Locale.ROOT);
    }

    private static ProcurementStatus parse(String status) {
        for (ProcurementStatus s : ProcurementStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }

    private static Long number(String text) {
        return text != null && text.matches("\\d{1,12}") ? Long.valueOf(text) : null;
    }
}
