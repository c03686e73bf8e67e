package dk.samspil.inquiries.internal;

import dk.samspil.platform.EmailAddresses;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Forwarding a case internally: to a colleague's address, with a message. */
record ForwardForm(
        @NotBlank(message = "{inquiries.error.forwardTo.required}") @EmailAddresses.Valid @Nullable
        String forwardTo,

        @NotBlank(message = "{inquiries.error.forwardMessage.required}")
        @Size(max = 10000, message = "{inquiries.error.size.10000}")
        @Nullable
        String forwardMessage) {}
