package dk.samspil.networks.internal;

import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Another contact person of a member: name and e-mail address. */
record ContactForm(
        @NotBlank(message = "{networks.contact.name.required}") @Size(max = 200) @SingleLine
        String name,

        @NotBlank(message = "{networks.contact.email.required}") @EmailAddresses.Valid @Size(max = 254)
        String email) {

    static ContactForm empty() {
        return new ContactForm("", "");
    }
}
