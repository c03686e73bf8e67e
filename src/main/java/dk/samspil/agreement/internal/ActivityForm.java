package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** An activity under a focus area: who owns it, how far it is, and when. */
record ActivityForm(
        @NotBlank(message = "{agreement.activity.title.required}")
        @Size(max = 300, message = "{agreement.activity.title.size}")
        @dk.samspil.platform.SingleLine
        String title,

        @NotBlank(message = "{agreement.activity.owner.required}") @Size(max = 200) @dk.samspil.platform.SingleLine
        String owner,

        @NotNull(message = "{agreement.activity.status.required}") @Nullable
        Status status,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate startsOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate endsOn) {

    enum Status {
        PLANNED,
        ONGOING,
        DONE,
        PAUSED
    }
}
