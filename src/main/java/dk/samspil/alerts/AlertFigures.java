package dk.samspil.alerts;

import java.time.LocalDate;

/** The alerts' figures for the agreement's indicators: alert mails sent and companies alerted in a period. */
public interface AlertFigures {

    /**
     * @param mails     alert mails handed to the outbox (an immediate alert or a digest is one mail)
     * @param companies distinct companies alerted: a subscriber with a CVR number counts as its company, one without
     *                  as itself
     */
    record Sent(long mails, long companies) {}

    /** Alerts queued for sending on a day from {@code from} to {@code to}, both included (Danish time). */
    Sent sent(LocalDate from, LocalDate to);
}
