package dk.samspil.companies.internal;

import java.time.LocalDate;
import java.util.List;

/** A visit or note as its author writes it. */
record NoteData(LocalDate visitDate, List<Topic> topics, String title, String notes, Sharing sharedWith) {
}
