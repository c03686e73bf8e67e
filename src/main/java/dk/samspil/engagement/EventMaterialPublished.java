package dk.samspil.engagement;

import java.util.List;

/**
 * Minutes, material or answers to questions from an event were published; equal treatment requires that every
 * follower and interested company of the linked entries gets them.
 *
 * @param materialId            stable key of what was published, for idempotent handling
 * @param kind                  {@code MINUTES}, {@code MATERIAL} or {@code ANSWER}
 * @param summary               plain text for the mail
 * @param url                   absolute link to the public page showing it
 */
public record EventMaterialPublished(
        long materialId,
        long eventId,
        String eventTitle,
        String kind,
        String title,
        String summary,
        List<String> procurementReferences,
        String url) {

    public EventMaterialPublished {
        procurementReferences = procurementReferences == null ? List.of() : List.copyOf(procurementReferences);
    }
}
