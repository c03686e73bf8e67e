package dk.samspil.engagement.internal.material;

import java.time.OffsetDateTime;

/** A question as staff see it, answered or not. */
record Question(
        long id,
        String question,
        String source,
        OffsetDateTime askedAt,
        String answer,
        String answeredBy,
        OffsetDateTime answeredAt) {

    public boolean answered() {
        return answer != null;
    }
}
