package dk.samspil.pipeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A published planned procurement changed.
 *
 * @param material whether a subscriber should be told: status, expected date, value band, CPV codes or lots changed
 */
public record ProcurementChanged(ProcurementSnapshot procurement, List<FieldChange> changes, boolean material,
                                 @Nullable String reason) {
}
