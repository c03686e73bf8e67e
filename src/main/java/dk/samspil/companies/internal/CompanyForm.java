package dk.samspil.companies.internal;

import dk.samspil.platform.Cvr;
import dk.samspil.platform.SingleLine;
import dk.samspil.platform.ValidCvr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A company typed in by hand, for companies whose CVR data is not imported. */
record CompanyForm(
        @NotBlank(message = "{companies.error.cvr.required}") @ValidCvr
        String cvr,

        @NotBlank(message = "{companies.error.name.required}")
        @Size(max = 200, message = "{companies.error.size.200}")
        @SingleLine
        String name,

        @Size(max = 200, message = "{companies.error.size.200}") @SingleLine
        String address,

        @Pattern(regexp = "[0-9]{4}", message = "{companies.error.postalCode}")
        String postalCode,

        @Size(max = 100, message = "{companies.error.size.100}") @SingleLine
        String city,

        @Pattern(regexp = "[0-9]{3}", message = "{companies.error.municipalityCode}")
        String municipalityCode,

        @Pattern(regexp = "[0-9]{6}", message = "{companies.error.industryCode}")
        String industryCode,

        @Size(max = 200, message = "{companies.error.size.200}") @SingleLine
        String industryText,

        @Size(max = 300, message = "{companies.error.size.300}")
        @Pattern(regexp = "https?://\\S+", message = "{companies.error.website}")
        String website) {

    static CompanyForm empty() {
        return new CompanyForm(null, null, null, null, null, null, null, null, null);
    }

    CompanyData toData() {
        return new CompanyData(
                Cvr.normalize(cvr),
                name,
                address,
                postalCode,
                city,
                municipalityCode,
                industryCode,
                industryText,
                website);
    }
}
