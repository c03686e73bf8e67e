package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why management declines a proposed idea. */
record DeclineForm(
        @NotBlank(message = "{agreement.idea.decline.required}") @Size(max = 2000)
        String reason) {}
