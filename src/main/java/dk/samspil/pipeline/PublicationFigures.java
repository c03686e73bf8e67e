package dk.samspil.pipeline;

import java.time.LocalDate;

/** The pipeline's figures for the agreement's indicators: entries first published in a period. */
public interface PublicationFigures {

    /** Entries first published on a day from {@code from} to {@code to}, both included (Danish time). */
    long entriesPublished(LocalDate from, LocalDate to);
}
