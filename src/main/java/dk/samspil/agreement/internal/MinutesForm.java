package dk.samspil.agreement.internal;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The minutes of a status meeting, as one text. */
record MinutesForm(
        @Size(max = 20000, message = "{agreement.minutes.tooLong}") @Nullable
        String minutes) {}
