package dk.samspil.inquiries.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An inquiry in the register with its routing, handling and deadlines. */
record Inquiry(
        long id,
        String caseNumber,
        Channel channel,
        @Nullable String politician,
        String name,
        @Nullable String companyName,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String cvr,
        String subject,
        String message,
        LocalDate receivedOn,
        @Nullable String registeredBy,
        Queue queue,
        InquiryStatus status,
        @Nullable String assignee,
        LocalDate acknowledgeBy,
        LocalDate answerBy,
        Instant createdAt,
        @Nullable Outcome outcome,
        @Nullable LocalDate answeredOn,
        @Nullable Long topicId,
        @Nullable Long teamId) {

    /** Still open and its answer deadline has passed. */
    public boolean overdueOn(LocalDate today) {
        return status.open() && answerBy.isBefore(today);
    }

    /** Still open and due today or on the next business day ({@code nextBusinessDay}). */
    public boolean dueSoon(LocalDate today, LocalDate nextBusinessDay) {
        return status.open() && !answerBy.isBefore(today) && !answerBy.isAfter(nextBusinessDay);
    }

    public boolean political() {
        return channel.political();
    }
}
