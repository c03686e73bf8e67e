package dk.samspil.networks.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An agenda item added on the meeting's page: its title, presenter and an optional description in plain text (the
 * document comes as a file part).
 */
record AgendaItemForm(
        @NotBlank(message = "{networks.meeting.agenda.title.required}") @Size(max = 300) @SingleLine
        String title,

        @Size(max = 200) @SingleLine @Nullable String presenter,

        @Size(max = DESCRIPTION_MAX, message = "{networks.agenda.description.size}") @Nullable
        String description) {

    /** The longest description of an agenda item, in characters. */
    static final int DESCRIPTION_MAX = 2000;

    static AgendaItemForm empty() {
        return new AgendaItemForm("", "", "");
    }
}
