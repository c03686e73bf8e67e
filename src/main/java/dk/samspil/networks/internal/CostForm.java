package dk.samspil.networks.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A conference cost as typed (e.g. {@code 12.500} or {@code 1.250,50}) and the municipality's share in whole percent
 * (the business centre pays the rest).
 */
record CostForm(
        @NotBlank(message = "{networks.conference.cost.description.required}") @Size(max = 300) @SingleLine
        String description,

        @NotBlank(message = "{networks.conference.cost.amount.required}") @Size(max = 40)
        String amount,

        @Size(max = 10) @Nullable String municipalityShare) {

    static CostForm empty() {
        return new CostForm("", "", "50");
    }
}
