package dk.samspil.engagement.internal.material;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Minutes of an event, as text. */
record MinutesForm(
        @NotBlank(message = "{engagement.material.title.required}")
        @Size(max = 200, message = "{engagement.material.title.size}")
        @SingleLine
        String title,

        @NotBlank(message = "{engagement.material.minutes.required}")
        @Size(max = 50_000, message = "{engagement.material.minutes.size}")
        String text) {

    static MinutesForm empty() {
        return new MinutesForm("", "");
    }
}
