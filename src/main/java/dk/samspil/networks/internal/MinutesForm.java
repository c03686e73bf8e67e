package dk.samspil.networks.internal;

import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The minutes of a held meeting: the text, its decisions (one a line) and optionally one action with its owner. */
record MinutesForm(
        @NotBlank(message = "{networks.minutes.required}") @Size(max = 20000)
        String minutes,

        @Size(max = 5000) @Nullable String decisions,
        @Size(max = 500) @SingleLine @Nullable String actionText,
        @Size(max = 200) @SingleLine @Nullable String actionOwner,
        @EmailAddresses.Valid @Size(max = 254) @Nullable String actionOwnerEmail,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate actionDue) {

    static MinutesForm empty() {
        return new MinutesForm("", "", "", "", "", null);
    }
}
