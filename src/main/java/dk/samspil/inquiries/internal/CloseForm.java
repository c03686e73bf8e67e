package dk.samspil.inquiries.internal;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Closing a case with its outcome. */
record CloseForm(
        @NotNull(message = "{inquiries.error.outcome.required}") @Nullable
        Outcome outcome) {}
