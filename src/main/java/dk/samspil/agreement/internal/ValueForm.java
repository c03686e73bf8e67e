package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A manual indicator's value for the quarter the date falls in. */
record ValueForm(
        @NotNull(message = "{agreement.value.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate quarterDate,

        @NotBlank(message = "{agreement.target.value.invalid}") @Size(max = 30) @dk.samspil.platform.SingleLine
        String quarterValue) {}
