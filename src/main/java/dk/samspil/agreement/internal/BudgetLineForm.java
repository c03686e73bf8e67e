package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An expense (on the day it was spent) or a planned amount (for the quarter the date falls in), on a focus area.
 */
record BudgetLineForm(
        @NotNull(message = "{agreement.line.kind.required}") @Nullable
        Kind kind,

        @NotNull(message = "{agreement.focusArea.required}") @Nullable
        Long focusAreaId,

        @NotNull(message = "{agreement.line.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate date,

        @NotBlank(message = "{agreement.line.description.required}") @Size(max = 500) @dk.samspil.platform.SingleLine
        String description,

        @NotBlank(message = "{agreement.amount.invalid}") @Size(max = 40) @dk.samspil.platform.SingleLine
        String amount) {

    enum Kind {
        EXPENSE,
        PLANNED
    }

    static BudgetLineForm empty(LocalDate today) {
        return new BudgetLineForm(Kind.EXPENSE, null, today, "", "");
    }
}
