package dk.samspil.inquiries.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A topic and the team its inquiries are routed to ({@code null}: the consultants in general). */
record TopicForm(
        @NotBlank(message = "{inquiries.error.topicName.required}")
        @Size(max = 100, message = "{inquiries.error.size.100}")
        @SingleLine
        @Nullable
        String topicName,

        @Nullable Long teamId) {}
