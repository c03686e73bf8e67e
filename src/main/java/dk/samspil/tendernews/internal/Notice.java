package dk.samspil.tendernews.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What Samspil reads from one eForms notice. The comments name the eForms business terms. */
record Notice(
        String noticeId, // BT-701
        String version, // BT-757
        Kind kind,
        String formType,
        String noticeType, // BT-02
        String subtype, // OPP-070
        @Nullable LocalDate issueDate, // BT-05
        @Nullable String buyerName, // BT-500 of the buyer
        @Nullable String buyerOrgNumber, // BT-501 of the buyer
        @Nullable String title, // BT-21
        @Nullable String description, // BT-24
        @Nullable String internalId, // BT-22
        @Nullable String procedureId, // BT-04, the same on a procedure's contract and award notices
        @Nullable String mainCpv, // BT-262
        List<String> additionalCpv, // BT-263
        @Nullable BigDecimal estimatedValue, // BT-27
        @Nullable String currency,
        List<String> nuts, // BT-5071
        @Nullable OffsetDateTime submissionDeadline, // BT-131, the earliest over the lots
        @Nullable LocalDate futureNoticeDate, // BT-127
        @Nullable String documentsUrl, // BT-15
        List<NoticeLot> lots,
        List<Award> awards,
        @Nullable Change change) {

    /** The notice's purpose, from the list name of its notice type. */
    enum Kind {
        PRIOR_INFORMATION,
        CONTRACT,
        AWARD,
        CONSULTATION,
        OTHER;

        static Kind of(String formType) {
            return switch (formType) {
                case "planning" -> PRIOR_INFORMATION;
                case "competition" -> CONTRACT;
                case "result" -> AWARD;
                case "consultation" -> CONSULTATION;
                default -> OTHER;
            };
        }
    }

    record NoticeLot(
            String lotId,
            @Nullable String title,
            @Nullable String mainCpv,
            @Nullable BigDecimal estimatedValue,
            @Nullable String currency) {}

    /** A winning tender of an award notice. */
    record Award(
            @Nullable String lotId,
            String winnerName,
            @Nullable String winnerOrgNumber,
            @Nullable BigDecimal amount,
            @Nullable String currency) {}

    /** What a change notice changes: BT-758 (notice and version), BT-140 reason, BT-762 description. */
    record Change(
            String noticeId,
            String version,
            @Nullable String reasonCode,
            @Nullable String description) {

        boolean cancels() {
            return "cancel".equals(reasonCode) || "cancel-intent".equals(reasonCode);
        }
    }

    boolean isChange() {
        return change != null;
    }
}
