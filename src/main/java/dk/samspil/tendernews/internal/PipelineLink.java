package dk.samspil.tendernews.internal;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Links an imported notice to the pipeline entry it fulfils, found by the notice's internal identifier (BT-22) equal
 * to the entry's reference, and moves the entry through the pipeline's public API: a contract notice to
 * {@code TENDER_PUBLISHED} with the address of the tender documents. The pipeline announces the change, and the
 * alerts module tells the entry's followers and subscribers (once, with the reason).
 */
@Component
class PipelineLink {

    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://\\S{3,500}$");

    private final ProcurementService procurements;

    PipelineLink(ProcurementService procurements) {
        this.procurements = procurements;
    }

    /** The reference of the entry this notice belongs to, after moving it where the notice says; empty if none. */
    Optional<String> link(Notice notice) {
        if (notice.internalId() == null) {
            return Optional.empty();
        }
        Optional<PlannedProcurement> entry = procurements.find(notice.internalId());
        if (entry.isEmpty() || !entry.get().status().isPublic()) {
            return Optional.empty();
        }
        PlannedProcurement procurement = entry.get();
        if (notice.kind() == Notice.Kind.CONTRACT
                && !notice.isChange()
                && procurement.status().next().contains(ProcurementStatus.TENDER_PUBLISHED)) {
            procurements.changeStatus(
                    procurement.reference(), ProcurementStatus.TENDER_PUBLISHED, null, tenderUrl(notice));
        }
        return Optional.of(procurement.reference());
    }

    /** The tender documents (BT-15), or the notice on TED when the notice names none. */
    static String tenderUrl(Notice notice) {
        @Nullable String documents = notice.documentsUrl();
        if (documents != null && WEB_ADDRESS.matcher(documents).matches()) {
            return documents;
        }
        return "https://ted.europa.eu/da/search/result?FT="
                + URLEncoder.encode(notice.noticeId(), StandardCharsets.UTF_8);
    }
}
