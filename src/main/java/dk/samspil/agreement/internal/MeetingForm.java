package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A status meeting: the period it belongs to (required), its date and title. */
record MeetingForm(
        @Nullable Long periodId,

        @NotNull(message = "{agreement.meeting.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate heldOn,

        @NotBlank(message = "{agreement.meeting.title.required}") @Size(max = 200) @dk.samspil.platform.SingleLine
        String title) {}
