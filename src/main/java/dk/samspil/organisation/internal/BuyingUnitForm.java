package dk.samspil.organisation.internal;

import dk.samspil.organisation.BuyingUnit;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A buying unit as the administrator adds or edits it; blank fields arrive as {@code null}. */
record BuyingUnitForm(
        @NotBlank(message = "{organisation.unit.code.required}")
        @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "{organisation.unit.code.pattern}")
        String code,

        @NotBlank(message = "{organisation.name.required}")
        @Size(max = 200, message = "{organisation.size.200}")
        @SingleLine
        String name,

        @EmailAddresses.Valid(message = "{organisation.email.invalid}")
        @Size(max = 254, message = "{organisation.size.254}")
        String contactEmail) {

    static BuyingUnitForm empty() {
        return new BuyingUnitForm(null, null, null);
    }

    static BuyingUnitForm of(BuyingUnit unit) {
        return new BuyingUnitForm(unit.code(), unit.name(), unit.contactEmail());
    }

    OrganisationAdministration.UnitData toUnitData() {
        return new OrganisationAdministration.UnitData(code, name, contactEmail);
    }
}
