package dk.samspil.newsletter.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new campaign; {@code scheduledAt} (Danish time) empty means a draft to send by hand. {@code imageAlt} is the
 * alternative text of an image uploaded from the same form (the file itself is the request's {@code image} part); it is
 * not part of the campaign.
 */
record CampaignForm(
        @Nullable String subject,
        @Nullable String markdown,
        @Nullable List<Long> listIds,
        @Nullable UUID segmentId,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable
        LocalDateTime scheduledAt,

        @Nullable String imageAlt) {

    static CampaignForm empty() {
        return new CampaignForm(null, null, List.of(), null, null, null);
    }

    /** The same text and choices with the image's field emptied, once the image is uploaded. */
    CampaignForm withoutImage() {
        return new CampaignForm(subject, markdown, listIds, segmentId, scheduledAt, null);
    }

    Campaigns.Draft toDraft() {
        return new Campaigns.Draft(
                subject,
                markdown,
                listIds == null
                        ? List.of()
                        : listIds.stream().filter(id -> id != null).toList(),
                segmentId,
                scheduledAt);
    }
}
