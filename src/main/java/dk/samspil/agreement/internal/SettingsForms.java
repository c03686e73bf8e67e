package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The administrator's forms: focus groups (added, renamed) and focus areas. */
final class SettingsForms {

    private SettingsForms() {}

    record GroupForm(
            @NotBlank(message = "{agreement.group.name.required}") @Size(max = 200) @dk.samspil.platform.SingleLine
            String groupName) {}

    record RenameForm(
            @NotNull(message = "{agreement.group.required}") @Nullable
            Long groupId,

            @NotBlank(message = "{agreement.group.name.required}") @Size(max = 200) @dk.samspil.platform.SingleLine
            String newName) {}

    record AreaForm(
            @NotNull(message = "{agreement.group.required}") @Nullable
            Long areaGroupId,

            @NotBlank(message = "{agreement.area.name.required}") @Size(max = 200) @dk.samspil.platform.SingleLine
            String areaName,

            @Size(max = 2000) @Nullable String areaDescription) {}

    record GoalForm(
            @NotBlank(message = "{agreement.goal.required}") @Size(max = 1000) @dk.samspil.platform.SingleLine
            String goal) {}
}
