package dk.samspil.agreement.internal.wheel;

import dk.samspil.platform.SingleLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An item of the wheel as the form sends it: the rule is typed as iCalendar text (empty for a one-off item), the owner
 * picked among the active staff, the reminder in days before each date (empty for none).
 */
record WheelItemForm(
        @NotBlank(message = "{agreement.wheel.title.required}")
        @Size(max = 200, message = "{agreement.wheel.title.size}")
        @SingleLine
        String title,

        @Size(max = 2000, message = "{agreement.wheel.description.size}") @Nullable
        String description,

        @NotNull(message = "{agreement.wheel.category.required}")
        WheelItem.@Nullable Category category,

        @NotNull(message = "{agreement.wheel.startsOn.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable
        LocalDate startsOn,

        @Size(max = 300, message = "{agreement.wheel.rrule.size}") @SingleLine @Nullable
        String rrule,

        @Nullable Long ownerId,

        @Min(value = 0, message = "{agreement.wheel.reminderDays.range}")
        @Max(value = 365, message = "{agreement.wheel.reminderDays.range}")
        @Nullable
        Integer reminderDays) {

    static WheelItemForm empty(LocalDate today) {
        return new WheelItemForm("", "", WheelItem.Category.OTHER, today, "", null, null);
    }

    static WheelItemForm of(WheelItem item) {
        return new WheelItemForm(
                item.title(),
                item.description(),
                item.category(),
                item.startsOn(),
                item.rrule(),
                item.ownerId(),
                item.reminderDays());
    }
}
