package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new agreement period: its parties, its days and the base amount per year in kroner. */
record PeriodForm(
        @NotBlank(message = "{agreement.period.name.required}") @Size(max = 200) @dk.samspil.platform.SingleLine
        String name,

        @NotBlank(message = "{agreement.period.municipality.required}") @Size(max = 200) @dk.samspil.platform.SingleLine
        String municipalityParty,

        @NotBlank(message = "{agreement.period.centre.required}") @Size(max = 200) @dk.samspil.platform.SingleLine
        String centreParty,

        @NotNull(message = "{agreement.period.start.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate startsOn,

        @NotNull(message = "{agreement.period.end.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate endsOn,

        @NotBlank(message = "{agreement.amount.invalid}") @Size(max = 40) @dk.samspil.platform.SingleLine
        String baseAmount) {

    static PeriodForm empty() {
        return new PeriodForm("", "", "", null, null, "");
    }
}
