package dk.samspil.tendernews.internal;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.DanishFormats;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tender news' only way into the pipeline: finds public entries and moves them through the pipeline's public API
 * ({@link ProcurementService#changeStatus}), so the pipeline logs and announces the change and the alerts module tells
 * the entry's followers and subscribers (once, with the reason). A contract notice moves an entry to
 * {@code TENDER_PUBLISHED} with the address of the tender documents and the submission deadline as the public reason;
 * an award notice moves it to {@code AWARDED} with the winners as the reason.
 */
@Component
class PipelineLink {

    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://\\S{3,490}$");
    private static final int REASON_MAX = 500;

    private final ProcurementService procurements;
    private final MessageSource messages;
    private final DanishFormats formats;

    PipelineLink(ProcurementService procurements, MessageSource messages, DanishFormats formats) {
        this.procurements = procurements;
        this.messages = messages;
        this.formats = formats;
    }

    /** The public entry (not a draft) with this reference. */
    Optional<PlannedProcurement> publicEntry(@Nullable String reference) {
        return procurements.find(reference).filter(e -> e.status().isPublic());
    }

    /** Moves the entry to {@code TENDER_PUBLISHED} when its life cycle allows; whether it moved. */
    boolean publishTender(
            PlannedProcurement entry,
            String noticeId,
            @Nullable String documentsUrl,
            @Nullable OffsetDateTime deadline) {
        if (entry.status() == ProcurementStatus.TENDER_PUBLISHED
                || !entry.status().next().contains(ProcurementStatus.TENDER_PUBLISHED)) {
            return false;
        }
        String reason = deadline == null
                ? text("tendernews.link.reason.tender")
                : text("tendernews.link.reason.tenderDeadline", formats.dateTime(deadline, DanishFormats.DANISH));
        procurements.changeStatus(
                entry.reference(), ProcurementStatus.TENDER_PUBLISHED, reason, tenderUrl(documentsUrl, noticeId));
        return true;
    }

    /** Moves the entry to {@code AWARDED} when its tender is published; whether it moved. */
    boolean award(PlannedProcurement entry, List<String> winners) {
        if (entry.status() != ProcurementStatus.TENDER_PUBLISHED) {
            return false;
        }
        String reason = winners.isEmpty()
                ? text("tendernews.link.reason.awardNoWinner")
                : text("tendernews.link.reason.award", String.join(", ", winners));
        if (reason.length() > REASON_MAX) {
            reason = reason.substring(0, REASON_MAX - 1) + "…";
        }
        procurements.changeStatus(entry.reference(), ProcurementStatus.AWARDED, reason, null);
        return true;
    }

    /** The tender documents (BT-15), or the notice on TED when the notice names none. */
    static String tenderUrl(@Nullable String documentsUrl, String noticeId) {
        if (documentsUrl != null && WEB_ADDRESS.matcher(documentsUrl).matches()) {
            return documentsUrl;
        }
        return "https://ted.europa.eu/da/search/result?FT=" + URLEncoder.encode(noticeId, StandardCharsets.UTF_8);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DanishFormats.DANISH);
    }
}
