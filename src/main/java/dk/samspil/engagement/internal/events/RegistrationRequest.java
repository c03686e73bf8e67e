package dk.samspil.engagement.internal.events;

/**
 * A registration as the form or the API sends it.
 *
 * @param slotId           the chosen slot, for dialogue slots only
 * @param joinWaitingList  when fewer seats are left than participants: go on the waiting list instead of failing
 */
record RegistrationRequest(String name, String company, String cvr, String email, Integer participants, String needs,
                           Long slotId, boolean joinWaitingList) {
}
