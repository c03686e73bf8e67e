package dk.samspil.engagement.internal.events;

/**
 * A registration as the form or the API sends it.
 *
 * @param slotId           the chosen slot, for dialogue slots only
 * @param joinWaitingList  when fewer seats are left than participants: go on the waiting list instead of failing
 * @param language         of the mails: {@code da} (default) or {@code en}
 */
record RegistrationRequest(
        String name,
        String company,
        String cvr,
        String email,
        Integer participants,
        String needs,
        Long slotId,
        boolean joinWaitingList,
        String language) {

    /**
     * {@code da} when none is asked for, {@code da} or {@code en} as asked; anything else is kept as sent, so that
     * the rules refuse it ({@code "xx"} used to become Danish without a word).
     */
    static String language(String requested) {
        if (requested == null || requested.isBlank()) {
            return "da";
        }
        String language = requested.strip().toLowerCase(java.util.Locale.ROOT);
        return language.equals("en") || language.equals("da") ? language : requested;
    }
}
