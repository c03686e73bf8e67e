package dk.samspil.networks.internal;

import dk.samspil.platform.EmailAddresses;
import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Someone from the municipality or the business centre who goes to the conference. */
record ParticipantForm(
        @NotNull(message = "{networks.conference.party.required}")
        Conference.@Nullable Party party,

        @NotBlank(message = "{networks.conference.participant.name.required}") @Size(max = 200) @SingleLine
        String name,

        @EmailAddresses.Valid @Size(max = 254) @Nullable String email) {

    static ParticipantForm empty() {
        return new ParticipantForm(null, "", "");
    }
}
