package dk.samspil.engagement;

import java.time.LocalDate;

/**
 * The engagement's figures for the agreement's indicators in a period (days from {@code from} to {@code to}, both
 * included, Danish time): confirmed interests and partner seekers, market dialogues and OPI workshops held and their
 * participants, and OPI ideas received.
 */
public interface EngagementFigures {

    /**
     * @param interests      interests confirmed in the period
     * @param partnerSeekers of them, companies seeking a partner
     */
    record Interests(long interests, long partnerSeekers) {}

    /**
     * @param held         events of the kind that started in the period (before now) and were not cancelled
     * @param participants participants of their confirmed registrations
     */
    record Held(long held, long participants) {}

    Interests interests(LocalDate from, LocalDate to);

    Held marketDialogues(LocalDate from, LocalDate to);

    Held opiWorkshops(LocalDate from, LocalDate to);

    /** OPI ideas submitted in the period. */
    long opiIdeas(LocalDate from, LocalDate to);
}
