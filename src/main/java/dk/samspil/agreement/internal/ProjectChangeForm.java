package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A change to a joint project as the year goes: its name, status and budget in kroner. */
record ProjectChangeForm(
        @NotBlank(message = "{agreement.project.name.required}")
        @Size(max = 200, message = "{agreement.project.name.size}")
        @dk.samspil.platform.SingleLine
        String projectName,

        @NotNull(message = "{agreement.project.status.required}")
        ProjectForm.@Nullable Status projectStatus,

        @NotBlank(message = "{agreement.amount.invalid}") @Size(max = 40) @dk.samspil.platform.SingleLine
        String projectBudget) {}
