package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A change to an activity as the year goes: its title, status, owner and dates. The fields carry their own
 * names, so the form can stand on the focus area's page beside the form that adds an activity.
 */
record ActivityChangeForm(
        @NotBlank(message = "{agreement.activity.title.required}")
        @Size(max = 300, message = "{agreement.activity.title.size}")
        @dk.samspil.platform.SingleLine
        String activityTitle,

        @NotNull(message = "{agreement.activity.status.required}")
        ActivityForm.@Nullable Status activityStatus,

        @NotBlank(message = "{agreement.activity.owner.required}") @Size(max = 200) @dk.samspil.platform.SingleLine
        String activityOwner,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate activityStartsOn,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate activityEndsOn) {}
