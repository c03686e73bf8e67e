package dk.samspil.pipeline;

import java.util.EnumSet;
import java.util.Set;

/** Life cycle of a planned procurement. Everything but {@link #DRAFT} is public. */
public enum ProcurementStatus {
    DRAFT,
    PUBLISHED,
    MARKET_DIALOGUE,
    TENDER_PUBLISHED,
    AWARDED,
    POSTPONED,
    CANCELLED;

    public boolean isPublic() {
        return this != DRAFT;
    }

    /** Statuses an officer may move to from this one; {@code POSTPONED} and {@code CANCELLED} need a reason. */
    public Set<ProcurementStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.of(MARKET_DIALOGUE, TENDER_PUBLISHED, POSTPONED, CANCELLED);
            case MARKET_DIALOGUE -> EnumSet.of(PUBLISHED, TENDER_PUBLISHED, POSTPONED, CANCELLED);
            case TENDER_PUBLISHED -> EnumSet.of(AWARDED, POSTPONED, CANCELLED);
            case POSTPONED -> EnumSet.of(PUBLISHED, MARKET_DIALOGUE, TENDER_PUBLISHED, CANCELLED);
            case AWARDED, CANCELLED -> EnumSet.noneOf(ProcurementStatus.class);
        };
    }

    public boolean needsReason() {
        return this == POSTPONED || this == CANCELLED;
    }
}
