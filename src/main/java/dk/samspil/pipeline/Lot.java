package dk.samspil.pipeline;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A lot (delaftale) of a planned procurement. */
public record Lot(
        int number,
        @Nullable String title,
        @Nullable String cpvCode,
        @Nullable BigDecimal valueDkk,
        boolean smeSuitable) {}
