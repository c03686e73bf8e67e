package dk.samspil.agreement.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new indicator on a focus area: a kind from the catalogue (with a visit topic for visits on a topic), or a manual
 * one with its name and unit.
 */
record IndicatorForm(
        @NotNull(message = "{agreement.focusArea.required}") @Nullable
        Long indicatorAreaId,

        @NotNull(message = "{agreement.indicator.kind.required}") @Nullable
        IndicatorKind kind,

        @Size(max = 40) @dk.samspil.platform.SingleLine @Nullable
        String parameter,

        @Size(max = 200) @dk.samspil.platform.SingleLine @Nullable
        String indicatorName,

        @Nullable Unit unit) {}
