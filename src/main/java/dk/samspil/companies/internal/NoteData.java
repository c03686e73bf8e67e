package dk.samspil.companies.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit or note as its author writes it: when, what about, what was said, who may read it, whom the author met at
 * the company and what was agreed to follow up.
 */
record NoteData(
        LocalDate visitDate,
        List<Topic> topics,
        String title,
        String notes,
        Sharing sharedWith,
        List<String> participants,
        List<FollowUpData> followUps) {

    NoteData {
        topics = List.copyOf(topics);
        participants = List.copyOf(participants);
        followUps = List.copyOf(followUps);
    }

    NoteData(LocalDate visitDate, List<Topic> topics, String title, String notes, Sharing sharedWith) {
        this(visitDate, topics, title, notes, sharedWith, List.of(), List.of());
    }

    /** An agreed follow-up: the task, the staff user who owns it (their e-mail address) and when it is due. */
    record FollowUpData(
            String task,
            String owner,
            @org.jspecify.annotations.Nullable LocalDate dueDate) {}
}
