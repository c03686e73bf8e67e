package dk.samspil.networks.internal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A network meeting with its agenda; minutes once it has taken place. */
record Meeting(
        long id,
        long networkId,
        String title,
        Instant startsAt,
        Instant endsAt,
        @Nullable String place,
        @Nullable String onlineUrl,
        boolean cancelled,
        int icsSequence,
        @Nullable String minutes,
        @Nullable Instant minutesPublishedAt,
        boolean minutesPublic,
        List<AgendaItem> agenda) {

    /**
     * An agenda item: its title, who presents it, an optional description (plain text), and its documents (none until
     * it is stored).
     */
    record AgendaItem(
            long id,
            String title,
            @Nullable String presenter,
            @Nullable String description,
            List<Document> documents) {

        AgendaItem(String title, @Nullable String presenter) {
            this(0, title, presenter, null, List.of());
        }
    }

    /** A document on an agenda item; its kind is what {@code UploadedFiles} found in the content. */
    record Document(long id, long itemId, String fileName, String kind, long size) {}

    record Invitation(
            long id,
            long memberId,
            String memberName,
            String email,
            @Nullable String name,
            boolean attended) {}

    record Action(
            long id,
            String text,
            String ownerName,
            @Nullable String ownerEmail,
            java.time.LocalDate dueOn) {}

    boolean heldBy(Instant now) {
        return !startsAt.isAfter(now);
    }
}
