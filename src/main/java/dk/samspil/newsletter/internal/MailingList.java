package dk.samspil.newsletter.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mailing list. {@code textVersion} is the version of the consent text (the purpose) people agree to; {@code owner}
 * names the module that keeps a module-owned list in step (e.g. {@code networks:12}), none for staff's own lists.
 */
record MailingList(
        long id,
        String name,
        String purpose,
        Visibility visibility,
        boolean doubleOptIn,
        boolean marketing,
        String textVersion,
        Instant createdAt,
        @Nullable String owner) {

    enum Visibility {
        PUBLIC,
        INTERNAL
    }

    public boolean isPublic() {
        return visibility == Visibility.PUBLIC;
    }
}
