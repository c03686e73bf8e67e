package dk.samspil.engagement.internal.material;

import java.time.OffsetDateTime;
import java.util.List;

/** The event that material belongs to, as far as this package needs it. */
record EventSummary(long id, String title, String status, OffsetDateTime startsAt, List<String> references) {

    /** Drafts are known to staff only; everything else is public. */
    public boolean isPublic() {
        return !"DRAFT".equals(status);
    }
}
