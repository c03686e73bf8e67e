package dk.samspil.tendernews.internal;

import dk.samspil.platform.ValidCvr;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** One phone guidance contact as staff log it. */
record GuidanceForm(
        @NotNull(message = "{tendernews.guidance.error.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate contactedOn,

        @Size(max = 200, message = "{tendernews.guidance.error.size.200}") @Nullable
        String contactName,

        @NotBlank(message = "{tendernews.guidance.error.cvr}") @ValidCvr @Nullable
        String cvr,

        @NotBlank(message = "{tendernews.guidance.error.subject}")
        @Size(max = 500, message = "{tendernews.guidance.error.size.500}")
        @Nullable
        String subject,

        @Size(max = 5000, message = "{tendernews.guidance.error.size.5000}") @Nullable
        String outcome,

        @Size(max = 5000, message = "{tendernews.guidance.error.size.5000}") @Nullable
        String followUp,

        boolean passedToProvider) {

    static GuidanceForm empty(LocalDate today) {
        return new GuidanceForm(today, null, null, null, null, null, false);
    }
}
