package dk.samspil.alerts.internal.delivery;

import dk.samspil.pipeline.FieldChange;
import java.util.List;

/**
 * What happened to an entry: it was published, changed (with the changed fields and the public reason), its tender
 * is near, or an event about it was announced or its material published (title, text and link of that).
 */
record Happening(AlertKind kind, List<FieldChange> changes, String reason, String title, String text, String url) {

    Happening {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    static Happening of(AlertKind kind) {
        return new Happening(kind, List.of(), null, null, null, null);
    }
}
