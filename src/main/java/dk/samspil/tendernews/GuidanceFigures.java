package dk.samspil.tendernews;

import java.time.LocalDate;

/** The tender news' figures for the agreement's indicators: phone guidance of companies in a period. */
public interface GuidanceFigures {

    /**
     * @param contacts         guidance contacts logged with a contact date in the period
     * @param passedToProvider of them, passed on to the tender news provider
     */
    record Guidance(long contacts, long passedToProvider) {}

    /** Contacts dated from {@code from} to {@code to}, both included. */
    Guidance guidance(LocalDate from, LocalDate to);
}
