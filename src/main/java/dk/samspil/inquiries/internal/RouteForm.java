package dk.samspil.inquiries.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;

/** Where management moves a case: {@code MANAGEMENT}, {@code CONSULTANTS} or a team's id. */
record RouteForm(@NotBlank(message = "{inquiries.error.destination.required}")
                 @Pattern(regexp = "MANAGEMENT|CONSULTANTS|[1-9][0-9]{0,17}", message = "{inquiries.error.destination.required}")
                 @Nullable String destination) {
}
