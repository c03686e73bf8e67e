package dk.samspil.alerts.internal.staff;

/**
 * The subscriber search as typed: {@code text} stripped (empty: nothing searched yet), {@code page} from 1, and the
 * message key of what is wrong with the text, if anything.
 */
record SubscriberQuery(String text, int page, String error) {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 100;

    static SubscriberQuery of(String text, String page) {
        String stripped = text == null ? "" : text.strip();
        String error = null;
        if (!stripped.isEmpty() && stripped.length() < MIN_LENGTH) {
            error = "alerts.staff.search.error.short";
        } else if (stripped.length() > MAX_LENGTH) {
            error = "alerts.staff.search.error.long";
        }
        return new SubscriberQuery(stripped, number(page), error);
    }

    private static int number(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(Integer.parseInt(page.strip()), 10_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
