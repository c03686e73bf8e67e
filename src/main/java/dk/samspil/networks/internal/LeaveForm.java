package dk.samspil.networks.internal;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The day a member leaves the network. */
record LeaveForm(
        @NotNull(message = "{networks.member.left.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate leftOn) {}
