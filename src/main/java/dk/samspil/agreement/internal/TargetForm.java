package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An indicator's target for a period, in a unit that must be the indicator's. */
record TargetForm(
        @NotNull(message = "{agreement.period.required}") @Nullable
        Long periodId,

        @NotBlank(message = "{agreement.target.value.invalid}") @Size(max = 30) @dk.samspil.platform.SingleLine
        String value,

        @NotNull(message = "{agreement.target.unit.required}") @Nullable
        Unit unit) {}
