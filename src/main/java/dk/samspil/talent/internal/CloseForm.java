package dk.samspil.talent.internal;

import dk.samspil.talent.internal.Choices.Outcome;
import jakarta.validation.constraints.NotNull;

/** A consultant closes a published opportunity with what came of it. */
record CloseForm(@NotNull Outcome outcome) {}
