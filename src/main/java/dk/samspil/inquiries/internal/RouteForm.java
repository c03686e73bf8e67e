package dk.samspil.inquiries.internal;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** Where management moves a case: {@code MANAGEMENT}, {@code CONSULTANTS} or a team's id. */
record RouteForm(
        @NotBlank(message = "{inquiries.error.destination.required}") @Nullable
        String destination) {}
