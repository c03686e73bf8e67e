package dk.samspil.inquiries.internal;

import dk.samspil.platform.Cvr;
import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import dk.samspil.platform.ValidCvr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** An inquiry staff register by hand: it came by e-mail, phone or letter, or through the mayor or a council member. */
record InquiryForm(
        @NotNull(message = "{inquiries.error.channel.required}") @Nullable
        Channel channel,

        @Size(max = 200, message = "{inquiries.error.size.200}") @SingleLine @Nullable
        String politician,

        @NotBlank(message = "{inquiries.error.name.required}")
        @Size(max = 200, message = "{inquiries.error.size.200}")
        @SingleLine
        @Nullable
        String name,

        @Size(max = 200, message = "{inquiries.error.size.200}") @SingleLine @Nullable
        String companyName,

        @EmailAddresses.Valid @Nullable String email,

        @Pattern(regexp = "\\+?[0-9 ()-]{6,30}", message = "{inquiries.error.phone}") @Nullable
        String phone,

        @ValidCvr @Nullable String cvr,

        @NotBlank(message = "{inquiries.error.subject.required}")
        @Size(max = 200, message = "{inquiries.error.size.200}")
        @SingleLine
        @Nullable
        String subject,

        @NotBlank(message = "{inquiries.error.message.required}")
        @Size(max = 10000, message = "{inquiries.error.size.10000}")
        @Nullable
        String message,

        @NotNull(message = "{inquiries.error.receivedOn.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate receivedOn,

        @Nullable Long topicId) {

    static InquiryForm empty(LocalDate today) {
        return new InquiryForm(null, null, null, null, null, null, null, null, null, today, null);
    }

    /** Call only when the form is valid. */
    InquiryData toData() {
        return new InquiryData(
                channel,
                channel.political() ? politician : null,
                name,
                companyName,
                email == null ? null : email.strip(),
                phone,
                Cvr.normalize(cvr),
                subject,
                message,
                receivedOn,
                topicId);
    }
}
