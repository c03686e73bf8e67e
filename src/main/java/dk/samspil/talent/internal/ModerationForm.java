package dk.samspil.talent.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A consultant's decision on a waiting opportunity: approve, ask for changes (with a message for the company) or
 * reject (with the reason). The message is needed for the last two.
 */
record ModerationForm(
        @NotNull Decision decision,
        @Size(max = 5000) @Nullable String message) {

    /** What the consultant decided, with the message key that says a message is missing. */
    enum Decision {
        APPROVE(null),
        CHANGES("talent.staff.messageNeeded"),
        REJECT("talent.staff.reasonNeeded");

        private final @Nullable String messageNeeded;

        Decision(@Nullable String messageNeeded) {
            this.messageNeeded = messageNeeded;
        }

        /** The key of the error when this decision has no message, or null when it needs none. */
        @Nullable
        String messageNeeded() {
            return messageNeeded;
        }
    }
}
