package dk.samspil.networks.internal;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A change to an agenda item before the meeting's minutes exist: its title, presenter, description and place on the
 * agenda (1 for
 * the first item). The fields carry their own names, so the form can stand on the meeting's page beside the form that
 * adds an item.
 */
record AgendaItemChangeForm(
        @NotBlank(message = "{networks.meeting.agenda.title.required}")
        @Size(max = 300, message = "{networks.agenda.title.size}")
        @SingleLine
        String agendaTitle,

        @Size(max = 200, message = "{networks.agenda.presenter.size}") @SingleLine @Nullable
        String agendaPresenter,

        @Size(max = AgendaItemForm.DESCRIPTION_MAX, message = "{networks.agenda.description.size}") @Nullable
        String agendaDescription,

        @NotNull(message = "{networks.agenda.position.invalid}") @Nullable
        Integer agendaPosition) {

    static AgendaItemChangeForm of(Meeting.AgendaItem item, int position) {
        return new AgendaItemChangeForm(
                item.title(),
                item.presenter() == null ? "" : item.presenter(),
                item.description() == null ? "" : item.description(),
                position);
    }
}
