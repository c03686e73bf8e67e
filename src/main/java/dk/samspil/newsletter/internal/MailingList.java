package dk.samspil.newsletter.internal;

import java.time.Instant;

/** A mailing list. {@code textVersion} is the version of the consent text (the purpose) people agree to. */
record MailingList(
        long id,
        String name,
        String purpose,
        Visibility visibility,
        boolean doubleOptIn,
        boolean marketing,
        String textVersion,
        Instant createdAt) {

    enum Visibility {
        PUBLIC,
        INTERNAL
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
