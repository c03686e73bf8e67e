package dk.samspil.alerts.internal;

import java.util.Arrays;
import java.util.List;

/** The kinds of news a subscription asks for. */
enum NotifyOn {
    NEW_ENTRY,
    MATERIAL_CHANGE,
    EVENT_ANNOUNCED,
    TENDER_PUBLISHED,
    REMINDER;

    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
