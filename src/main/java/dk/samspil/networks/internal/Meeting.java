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
        List<AgendaItem> agenda) {

    record AgendaItem(String title, @Nullable String presenter) {}

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
