package dk.samspil.organisation.internal;

import dk.samspil.organisation.BusinessCentre;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import dk.samspil.platform.ValidCvr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The business centre as the administrator edits it; blank fields arrive as {@code null}. */
record BusinessCentreForm(
        @NotBlank(message = "{organisation.name.required}")
        @Size(max = 200, message = "{organisation.size.200}")
        @SingleLine
        String name,

        @ValidCvr String cvr,

        @Size(max = 200, message = "{organisation.size.200}") @SingleLine
        String address,

        @Pattern(regexp = "\\d{4}", message = "{organisation.postalCode.pattern}")
        String postalCode,

        @Size(max = 100, message = "{organisation.size.100}") @SingleLine
        String city,

        @EmailAddresses.Valid(message = "{organisation.email.invalid}")
        @Size(max = 254, message = "{organisation.size.254}")
        String contactEmail,

        @Pattern(regexp = "\\+?[0-9 ]{8,20}", message = "{organisation.phone.pattern}")
        String contactPhone,

        @Size(max = 300, message = "{organisation.size.300}")
        @Pattern(regexp = "https?://\\S+", message = "{organisation.website.pattern}")
        String website) {

    static BusinessCentreForm empty() {
        return new BusinessCentreForm(null, null, null, null, null, null, null, null);
    }

    static BusinessCentreForm of(BusinessCentre c) {
        return new BusinessCentreForm(
                c.name(),
                c.cvr(),
                c.address(),
                c.postalCode(),
                c.city(),
                c.contactEmail(),
                c.contactPhone(),
                c.website());
    }

    BusinessCentre toBusinessCentre() {
        return new BusinessCentre(
                name, Cvr.normalize(cvr), address, postalCode, city, contactEmail, contactPhone, website);
    }
}
