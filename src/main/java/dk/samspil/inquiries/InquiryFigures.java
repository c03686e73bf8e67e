package dk.samspil.inquiries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The inquiries received in one period (a month or a quarter) for the status meetings.
 *
 * @param period                 {@code 2026-04} for a month, {@code 2026-K2} for a quarter
 * @param from                   the first day of the period
 * @param to                     the last day of the period
 * @param total                  inquiries received in the period
 * @param political              of them, through the mayor or a council member
 * @param byChannel              count per channel ({@code WEB}, {@code EMAIL}, {@code PHONE}, {@code LETTER},
 *                               {@code MAYOR}, {@code COUNCIL_MEMBER}), every channel present
 * @param byTopic                count per topic name; inquiries without a topic under the empty name
 * @param medianDaysToAcknowledge median Danish business days from receipt to the receipt or first handling; {@code null} without any
 * @param medianDaysToAnswer     median Danish business days from receipt to the answer (reply or closing); {@code null} without any
 * @param due                    inquiries answered or past their deadline unanswered
 * @param withinDeadline         of them, answered on or before the deadline
 * @param shareWithinDeadline    {@code withinDeadline / due} as a fraction from 0 to 1 with 3 decimals; {@code null} when none is due
 */
public record InquiryFigures(
        String period,
        LocalDate from,
        LocalDate to,
        int total,
        int political,
        Map<String, Integer> byChannel,
        Map<String, Integer> byTopic,
        @Nullable BigDecimal medianDaysToAcknowledge,
        @Nullable BigDecimal medianDaysToAnswer,
        int due,
        int withinDeadline,
        @Nullable BigDecimal shareWithinDeadline) {

    public InquiryFigures {
        byChannel = Map.copyOf(byChannel);
        byTopic = Map.copyOf(byTopic);
    }
}
