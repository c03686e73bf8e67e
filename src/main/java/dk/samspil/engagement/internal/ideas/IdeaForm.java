package dk.samspil.engagement.internal.ideas;

import dk.samspil.platform.Cvr;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import dk.samspil.platform.ValidCvr;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A company's or entrepreneur's idea for an OPI workshop or theme; the attachment comes next to the form. */
record IdeaForm(
        @NotBlank(message = "{engagement.idea.title.required}")
        @Size(max = 200, message = "{engagement.idea.title.size}")
        @SingleLine
        String title,

        @NotBlank(message = "{engagement.idea.description.required}")
        @Size(max = 10_000, message = "{engagement.idea.description.size}")
        String description,

        @Size(max = 5000, message = "{engagement.idea.improves.size}")
        String improvesCitizens,

        @Size(max = 5000, message = "{engagement.idea.improves.size}")
        String improvesStaff,

        @NotBlank(message = "{engagement.idea.contactName.required}")
        @Size(max = 200, message = "{engagement.idea.contactName.size}")
        @SingleLine
        String contactName,

        @Size(max = 200, message = "{engagement.idea.company.size}") @SingleLine
        String companyName,

        @ValidCvr String cvr,

        @NotBlank(message = "{engagement.idea.email.required}")
        @EmailAddresses.Valid(message = "{engagement.idea.email.invalid}")
        @Size(max = 254, message = "{engagement.idea.email.invalid}")
        String email,

        @Pattern(regexp = "^$|^[+0-9 ()-]{8,20}$", message = "{engagement.idea.phone.invalid}")
        String phone,

        @NotNull(message = "{engagement.idea.consent.required}")
        @AssertTrue(message = "{engagement.idea.consent.required}")
        Boolean consent) {

    static IdeaForm empty() {
        return new IdeaForm("", "", "", "", "", "", "", "", "", false);
    }

    /** The contact's part of the idea, with blank optional fields as {@code null}. */
    IdeaSubmission submission(Long eventId, String theme, String consentText) {
        return new IdeaSubmission(
                eventId,
                theme,
                title.strip(),
                description.strip(),
                text(improvesCitizens),
                text(improvesStaff),
                contactName.strip(),
                optional(companyName),
                Cvr.normalize(cvr),
                email.strip(),
                optional(phone),
                consentText);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
