package dk.samspil.companies.internal;

import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A contact person as a consultant types them in, with the legal basis for keeping them. */
record ContactForm(
        @NotBlank(message = "{companies.error.contactName.required}")
        @Size(max = 200, message = "{companies.error.size.200}")
        @SingleLine
        String name,

        @Size(max = 200, message = "{companies.error.size.200}") @SingleLine
        String roleTitle,

        @EmailAddresses.Valid @Size(max = 254, message = "{companies.error.size.254}")
        String email,

        @Pattern(regexp = "\\+?[0-9 ]{8,20}", message = "{companies.error.phone}")
        String phone,

        @NotNull(message = "{companies.error.legalBasis.required}")
        LegalBasis legalBasis,

        @NotBlank(message = "{companies.error.basisNote.required}")
        @Size(max = 2000, message = "{companies.error.size.2000}")
        String basisNote,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentGivenOn) {

    static ContactForm empty() {
        return new ContactForm(null, null, null, null, null, null, null);
    }
}
