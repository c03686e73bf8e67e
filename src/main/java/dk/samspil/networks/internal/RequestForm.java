package dk.samspil.networks.internal;

import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import dk.samspil.platform.ValidCvr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A company's request to join a network, from its public page. */
record RequestForm(
        @NotBlank(message = "{networks.request.cvr.required}") @ValidCvr
        String cvr,

        @NotBlank(message = "{networks.request.contactName.required}") @Size(max = 200) @SingleLine
        String contactName,

        @NotBlank(message = "{networks.request.contactEmail.required}") @EmailAddresses.Valid @Size(max = 254)
        String contactEmail,

        @Size(max = 2000) @Nullable String message) {

    static RequestForm empty() {
        return new RequestForm("", "", "", "");
    }
}
