package dk.samspil.networks.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An agenda item added on the meeting's page: its title and presenter (the document comes as a file part). */
record AgendaItemForm(
        @NotBlank(message = "{networks.meeting.agenda.title.required}") @Size(max = 300) @SingleLine
        String title,

        @Size(max = 200) @SingleLine @Nullable String presenter) {

    static AgendaItemForm empty() {
        return new AgendaItemForm("", "");
    }
}
