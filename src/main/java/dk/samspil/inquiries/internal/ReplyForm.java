package dk.samspil.inquiries.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A reply to the inquirer, sent by e-mail through the outbox. */
record ReplyForm(
        @NotBlank(message = "{inquiries.error.reply.required}")
        @Size(max = 10000, message = "{inquiries.error.size.10000}")
        @Nullable
        String reply) {}
