package dk.samspil.inquiries.internal;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The new status of an inquiry. */
record StatusForm(
        @NotNull(message = "{inquiries.error.status.required}") @Nullable
        InquiryStatus status) {}
