package dk.samspil.networks.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A conference to attend together: name, place, first and last day, its website and what it is about. */
record ConferenceForm(
        @NotBlank(message = "{networks.conference.name.required}") @Size(max = 200) @SingleLine
        String name,

        @NotBlank(message = "{networks.conference.place.required}") @Size(max = 300) @SingleLine
        String place,

        @NotNull(message = "{networks.conference.startsOn.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate startsOn,

        @NotNull(message = "{networks.conference.endsOn.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate endsOn,

        @Size(max = 500) @SingleLine @Nullable String url,
        @Size(max = 5000) @Nullable String description) {

    static ConferenceForm empty() {
        return new ConferenceForm("", "", null, null, "", "");
    }
}
