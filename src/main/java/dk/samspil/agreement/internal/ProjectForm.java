package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A joint project: focus area, partners, budget in kroner, status and its readiness for new ideas. */
record ProjectForm(
        @Nullable Long focusAreaId,

        @NotBlank(message = "{agreement.project.name.required}")
        @Size(max = 200, message = "{agreement.project.name.size}")
        @dk.samspil.platform.SingleLine
        String name,

        @Size(max = 4000) @Nullable String description,

        @Size(max = 1000) @dk.samspil.platform.SingleLine @Nullable
        String partners,

        @NotBlank(message = "{agreement.amount.invalid}") @Size(max = 40) @dk.samspil.platform.SingleLine
        String budget,

        @NotNull(message = "{agreement.project.status.required}") @Nullable
        Status status,

        @Size(max = 2000) @Nullable String readiness) {

    enum Status {
        IDEA,
        PLANNED,
        ONGOING,
        FINISHED,
        STOPPED
    }
}
