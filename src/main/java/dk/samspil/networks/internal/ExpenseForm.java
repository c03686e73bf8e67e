package dk.samspil.networks.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** An expense or hours spent by the secretariat. */
record ExpenseForm(
        @NotNull(message = "{networks.expense.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate spentOn,

        @NotNull(message = "{networks.expense.category.required}")
        Expense.@Nullable Category category,

        @Size(max = 40) @Nullable String amount,
        @Size(max = 20) @Nullable String hours,

        @NotBlank(message = "{networks.expense.description.required}") @Size(max = 500)
        String description) {

    static ExpenseForm empty(LocalDate today) {
        return new ExpenseForm(today, null, null, null, "");
    }
}
