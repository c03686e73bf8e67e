package dk.samspil.engagement.internal.events;

/**
 * A registration as the form or the API sends it.
 *
 * @param slotId           the chosen slot, for dialogue slots only
 * @param joinWaitingList  when fewer seats are left than participants: go on the waiting list instead of failing
 * @param language         of the mails: {@code da} (default) or {@code en}
 */
record RegistrationRequest(String name, String company, String cvr, String email, Integer participants, String needs,
                           Long slotId, boolean joinWaitingList, String language) {

    /** {@code en} for English, Danish otherwise. */
    static String language(String requested) {
        return "en".equalsIgnoreCase(requested == null ? null : requested.strip()) ? "en" : "da";
    }
}
