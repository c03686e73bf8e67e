package dk.samspil.engagement.internal.ideas;

import dk.samspil.engagement.internal.files.StoredFile;
import java.time.OffsetDateTime;
import java.util.List;

/** An idea as staff see it. Contact fields are {@code null} once erased. */
record Idea(
        long id,
        Long eventId,
        String eventTitle,
        String theme,
        String title,
        String description,
        String improvesCitizens,
        String improvesStaff,
        String contactName,
        String companyName,
        String cvr,
        String email,
        String phone,
        String consentText,
        StoredFile file,
        IdeaStatus status,
        String publicResponse,
        OffsetDateTime respondedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime closedAt,
        OffsetDateTime contactErasedAt,
        List<String> tags) {

    /** What the idea is for: the workshop's title or the theme. */
    public String subject() {
        return eventTitle != null ? eventTitle : theme;
    }

    /**
     * The state recorded in the audit log. The contact data is left out, only whether it is stored: the audit log is
     * kept longer than the contact data may be (and the consent text is immutable and long).
     */
    State state() {
        return new State(
                eventId,
                theme,
                title,
                description,
                improvesCitizens,
                improvesStaff,
                contactErasedAt == null,
                file == null ? null : file.id(),
                status,
                publicResponse,
                tags);
    }

    record State(
            Long eventId,
            String theme,
            String title,
            String description,
            String improvesCitizens,
            String improvesStaff,
            boolean contactDataStored,
            Long fileId,
            IdeaStatus status,
            String publicResponse,
            List<String> tags) {}

    record Comment(long id, String author, String body, OffsetDateTime createdAt) {}
}
