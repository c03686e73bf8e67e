package dk.samspil.networks;

import java.time.LocalDate;

/** The networks' figures for the agreement's indicators: meetings held and their participants in a period. */
public interface NetworkFigures {

    /**
     * @param meetings     meetings (of every network) that started in the period, before now, and were not cancelled
     * @param participants invitations marked as attended at those meetings
     */
    record Held(long meetings, long participants) {}

    /** Days from {@code from} to {@code to}, both included (Danish time). */
    Held held(LocalDate from, LocalDate to);
}
