package dk.samspil.inquiries.internal;

import dk.samspil.platform.EmailAddresses;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** Who is to handle an inquiry, by their e-mail address. */
record AssignForm(
        @NotBlank(message = "{inquiries.error.assignee.required}") @EmailAddresses.Valid @Nullable
        String assignee) {}
