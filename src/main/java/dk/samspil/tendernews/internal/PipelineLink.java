package dk.samspil.tendernews.internal;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.DanishFormats;
import dk.samspil.tendernews.internal.StatusMoves.Moved;
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
 * an award notice moves it to {@code AWARDED} with the winners as the reason; a change notice that cancels a linked
 * notice (BT-140 {@code cancel}) moves it to {@code CANCELLED} with the change's description. Each move reports the
 * status it left, so that unlinking the notice can take it back ({@link ProcurementService#restoreStatus}).
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

    /** Moves the entry to {@code TENDER_PUBLISHED} when its life cycle allows; the move, when it moved. */
    Optional<Moved> publishTender(
            PlannedProcurement entry,
            String noticeId,
            @Nullable String documentsUrl,
            @Nullable OffsetDateTime deadline) {
        if (entry.status() == ProcurementStatus.TENDER_PUBLISHED
                || !entry.status().next().contains(ProcurementStatus.TENDER_PUBLISHED)) {
            return Optional.empty();
        }
        String reason = deadline == null
                ? text("tendernews.link.reason.tender")
                : text("tendernews.link.reason.tenderDeadline", formats.dateTime(deadline, DanishFormats.DANISH));
        procurements.changeStatus(
                entry.reference(), ProcurementStatus.TENDER_PUBLISHED, reason, tenderUrl(documentsUrl, noticeId));
        return Optional.of(moved(entry, ProcurementStatus.TENDER_PUBLISHED));
    }

    /** Moves the entry to {@code AWARDED} when its tender is published; the move, when it moved. */
    Optional<Moved> award(PlannedProcurement entry, List<String> winners) {
        if (entry.status() != ProcurementStatus.TENDER_PUBLISHED) {
            return Optional.empty();
        }
        String reason = winners.isEmpty()
                ? text("tendernews.link.reason.awardNoWinner")
                : text("tendernews.link.reason.award", String.join(", ", winners));
        procurements.changeStatus(entry.reference(), ProcurementStatus.AWARDED, shortened(reason), null);
        return Optional.of(moved(entry, ProcurementStatus.AWARDED));
    }

    /**
     * Moves the entry to {@code CANCELLED} when its life cycle allows (not once awarded or cancelled), with the
     * change notice's description (BT-762) as the public reason; the move, when it moved.
     */
    Optional<Moved> cancel(PlannedProcurement entry, @Nullable String description) {
        if (!entry.status().next().contains(ProcurementStatus.CANCELLED)) {
            return Optional.empty();
        }
        String reason = description == null || description.isBlank()
                ? text("tendernews.link.reason.cancel")
                : text("tendernews.link.reason.cancelWhy", description.strip());
        procurements.changeStatus(entry.reference(), ProcurementStatus.CANCELLED, shortened(reason), null);
        return Optional.of(moved(entry, ProcurementStatus.CANCELLED));
    }

    /**
     * Takes back the moves of notices no longer linked: the entry goes from {@code current} back to the status (with
     * its reason and tender address) it had before; the id of the change log entry.
     */
    long restore(String reference, ProcurementStatus current, StatusMoves.Move earliest) {
        return procurements.restoreStatus(
                reference,
                current,
                earliest.from(),
                earliest.fromReason(),
                earliest.fromTenderUrl(),
                text("tendernews.link.reason.unlinked"));
    }

    /** The change log entries with a status change after the given one. */
    List<Long> statusChangesAfter(String reference, long changeId) {
        return procurements.statusChangesAfter(reference, changeId);
    }

    private Moved moved(PlannedProcurement before, ProcurementStatus to) {
        return new Moved(
                before.status(),
                before.statusReason(),
                before.tenderUrl(),
                to,
                procurements.latestStatusChange(before.reference()));
    }

    private static String shortened(String reason) {
        return reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX - 1) + "…" : reason;
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
