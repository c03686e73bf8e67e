package dk.samspil.networks.internal;

import dk.samspil.platform.ValidCvr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A company from the register invited along to the conference, by CVR number. */
record InvitedCompanyForm(
        @NotBlank(message = "{networks.conference.cvr.required}") @ValidCvr @Size(max = 20)
        String cvr) {

    static InvitedCompanyForm empty() {
        return new InvitedCompanyForm("");
    }
}
