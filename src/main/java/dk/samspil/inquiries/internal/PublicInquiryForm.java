package dk.samspil.inquiries.internal;

import dk.samspil.platform.Cvr;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import dk.samspil.platform.ValidCvr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An inquiry a company or citizen sends through the public form; the e-mail address gets the receipt. */
record PublicInquiryForm(
        @NotBlank(message = "{inquiries.error.name.required}")
        @Size(max = 200, message = "{inquiries.error.size.200}")
        @SingleLine
        @Nullable
        String name,

        @Size(max = 200, message = "{inquiries.error.size.200}") @SingleLine @Nullable
        String companyName,

        @ValidCvr @Nullable String cvr,

        @NotBlank(message = "{inquiries.error.email.required}") @EmailAddresses.Valid @Nullable
        String email,

        @Pattern(regexp = "\\+?[0-9 ()-]{6,30}", message = "{inquiries.error.phone}") @Nullable
        String phone,

        @NotBlank(message = "{inquiries.error.subject.required}")
        @Size(max = 200, message = "{inquiries.error.size.200}")
        @SingleLine
        @Nullable
        String subject,

        @NotBlank(message = "{inquiries.error.message.required}")
        @Size(max = 10000, message = "{inquiries.error.size.10000}")
        @Nullable
        String message,

        @Nullable Long topicId) {

    static PublicInquiryForm empty() {
        return new PublicInquiryForm(null, null, null, null, null, null, null, null);
    }

    /** Call only when the form is valid. */
    InquiryData toData(LocalDate today) {
        return new InquiryData(
                Channel.WEB,
                null,
                name,
                companyName,
                email.strip(),
                phone,
                Cvr.normalize(cvr),
                subject,
                message,
                today,
                topicId);
    }
}
