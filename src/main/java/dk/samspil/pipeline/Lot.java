package dk.samspil.pipeline;

import java.math.BigDecimal;

/** A lot (delaftale) of a planned procurement. */
public record Lot(int number, String title, String cpvCode, BigDecimal valueDkk, boolean smeSuitable) {
}
