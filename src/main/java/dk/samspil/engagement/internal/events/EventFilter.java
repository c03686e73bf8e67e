package dk.samspil.engagement.internal.events;

import java.util.List;

/**
 * The public list's filters: an event type and a theme, each {@code null} for all. Built from GET parameters; a value
 * that is not a type, or not one of the themes on offer, is ignored, so an old or edited link shows every event
 * instead of an empty page.
 */
record EventFilter(EventType type, String theme) {

    static final EventFilter NONE = new EventFilter(null, null);

    static EventFilter of(String type, String theme, List<String> themes) {
        String known = theme == null
                ? null
                : themes.stream()
                        .filter(t -> t.equalsIgnoreCase(theme.strip()))
                        .findFirst()
                        .orElse(null);
        return new EventFilter(EventFormats.type(type), known);
    }

    public boolean any() {
        return type != null || theme != null;
    }
}
