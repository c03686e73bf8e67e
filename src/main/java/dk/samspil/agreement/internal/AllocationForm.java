package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An extra allocation with its purpose, or a purchased service; {@code yearly} when the amount is per year. */
record AllocationForm(
        @NotNull(message = "{agreement.allocation.kind.required}") @Nullable
        Kind allocationKind,

        @NotBlank(message = "{agreement.allocation.purpose.required}") @Size(max = 500) @dk.samspil.platform.SingleLine
        String purpose,

        @NotBlank(message = "{agreement.amount.invalid}") @Size(max = 40) @dk.samspil.platform.SingleLine
        String allocationAmount,

        @Nullable Boolean yearly) {

    enum Kind {
        EXTRA,
        SERVICE
    }

    static AllocationForm empty() {
        return new AllocationForm(null, "", "", false);
    }
}
