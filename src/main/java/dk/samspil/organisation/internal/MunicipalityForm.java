package dk.samspil.organisation.internal;

import dk.samspil.organisation.Municipality;
import dk.samspil.platform.Cvr;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import dk.samspil.platform.ValidCvr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The municipality as the administrator edits it; blank fields arrive as {@code null}. */
record MunicipalityForm(
        @NotBlank(message = "{organisation.name.required}")
        @Size(max = 200, message = "{organisation.size.200}")
        @SingleLine
        String name,

        @Pattern(regexp = "\\d{3}", message = "{organisation.municipalityCode.pattern}")
        String municipalityCode,

        @ValidCvr String cvr,

        @Size(max = 200, message = "{organisation.size.200}") @SingleLine
        String address,

        @Pattern(regexp = "\\d{4}", message = "{organisation.postalCode.pattern}")
        String postalCode,

        @Size(max = 100, message = "{organisation.size.100}") @SingleLine
        String city,

        @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{1,3}", message = "{organisation.nutsCode.pattern}")
        String nutsCode,

        @Size(max = 500, message = "{organisation.size.500}")
        @Pattern(regexp = "(https?://|/)\\S*", message = "{organisation.logoUrl.pattern}")
        String logoUrl,

        @Pattern(regexp = "ocds-[a-z0-9]{6}", message = "{organisation.ocidPrefix.pattern}")
        String ocidPrefix,

        @EmailAddresses.Valid(message = "{organisation.email.invalid}")
        @Size(max = 254, message = "{organisation.size.254}")
        String contactEmail,

        @Pattern(regexp = "\\+?[0-9 ]{8,20}", message = "{organisation.phone.pattern}")
        String contactPhone,

        @Size(max = 300, message = "{organisation.size.300}")
        @Pattern(regexp = "https?://\\S+", message = "{organisation.website.pattern}")
        String website,

        @Pattern(regexp = "[A-ZÆØÅ0-9]{1,10}", message = "{organisation.referencePrefix.pattern}")
        String referencePrefix) {

    static MunicipalityForm empty() {
        return new MunicipalityForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static MunicipalityForm of(Municipality m) {
        return new MunicipalityForm(
                m.name(),
                m.municipalityCode(),
                m.cvr(),
                m.address(),
                m.postalCode(),
                m.city(),
                m.nutsCode(),
                m.logoUrl(),
                m.ocidPrefix(),
                m.contactEmail(),
                m.contactPhone(),
                m.website(),
                m.referencePrefix());
    }

    Municipality toMunicipality() {
        return new Municipality(
                name,
                municipalityCode,
                Cvr.normalize(cvr),
                address,
                postalCode,
                city,
                nutsCode,
                logoUrl,
                ocidPrefix,
                contactEmail,
                contactPhone,
                website,
                referencePrefix);
    }
}
