package dk.samspil.inquiries.internal;

import dk.samspil.inquiries.InquiryFigures;
import dk.samspil.inquiries.InquiryStatistics;
import dk.samspil.platform.BusinessCalendar;
import dk.samspil.platform.DanishFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for the status meetings, per month and quarter of the year of receipt: counts by channel, topic and the
 * political level, the median Danish business days to acknowledge (the receipt or the first handling: assignment,
 * forwarding, reply, moving or closing) and to answer (the reply, or closing), and the share answered within the
 * deadline among those answered or past their deadline.
 */
@Service
class InquiryFiguresService implements InquiryStatistics {

    /** One inquiry as the figures see it. */
    record Row(
            LocalDate receivedOn,
            Channel channel,
            @Nullable String topic,
            LocalDate answerBy,
            @Nullable LocalDate acknowledgedOn,
            @Nullable LocalDate answeredOn) {}

    private final JdbcClient jdbc;
    private final BusinessCalendar calendar;
    private final Clock clock;

    InquiryFiguresService(JdbcClient jdbc, BusinessCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InquiryFigures> months(int year) {
        List<Row> rows = rows(year);
        List<InquiryFigures> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(year, month);
            months.add(figures(period.toString(), period.atDay(1), period.atEndOfMonth(), rows));
        }
        return months;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InquiryFigures> quarters(int year) {
        List<Row> rows = rows(year);
        List<InquiryFigures> quarters = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
            quarters.add(figures(
                    year + "-K" + quarter, from, YearMonth.of(year, quarter * 3).atEndOfMonth(), rows));
        }
        return quarters;
    }

    private InquiryFigures figures(String period, LocalDate from, LocalDate to, List<Row> all) {
        Predicate<Row> inPeriod =
                row -> !row.receivedOn().isBefore(from) && !row.receivedOn().isAfter(to);
        List<Row> rows = all.stream().filter(inPeriod).toList();
        Map<String, Integer> byChannel = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            byChannel.put(channel.name(), (int)
                    rows.stream().filter(row -> row.channel() == channel).count());
        }
        Map<String, Integer> byTopic = new LinkedHashMap<>();
        rows.forEach(row -> byTopic.merge(row.topic() == null ? "" : row.topic(), 1, Integer::sum));
        LocalDate today = LocalDate.now(clock.withZone(DanishFormats.ZONE));
        List<Integer> toAcknowledge = rows.stream()
                .filter(row -> row.acknowledgedOn() != null)
                .map(row -> between(row.receivedOn(), row.acknowledgedOn()))
                .toList();
        List<Integer> toAnswer = rows.stream()
                .filter(row -> row.answeredOn() != null)
                .map(row -> between(row.receivedOn(), row.answeredOn()))
                .toList();
        List<Row> due = rows.stream()
                .filter(row -> row.answeredOn() != null || row.answerBy().isBefore(today))
                .toList();
        int within = (int) due.stream()
                .filter(row -> row.answeredOn() != null && !row.answeredOn().isAfter(row.answerBy()))
                .count();
        return new InquiryFigures(
                period,
                from,
                to,
                rows.size(),
                (int) rows.stream().filter(row -> row.channel().political()).count(),
                byChannel,
                byTopic,
                median(toAcknowledge),
                median(toAnswer),
                due.size(),
                within,
                due.isEmpty()
                        ? null
                        : BigDecimal.valueOf(within).divide(BigDecimal.valueOf(due.size()), 3, RoundingMode.HALF_UP));
    }

    /** Business days after {@code from} up to and including {@code to}; 0 on the same day or before. */
    int between(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isBusinessDay(day)) {
                days++;
            }
        }
        return days;
    }

    static @Nullable BigDecimal median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        BigDecimal median = sorted.size() % 2 == 1
                ? BigDecimal.valueOf(sorted.get(middle))
                : BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle))
                        .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        return median.stripTrailingZeros().scale() < 0 ? median.setScale(0) : median.stripTrailingZeros();
    }

    private List<Row> rows(int year) {
        return jdbc.sql("""
                        SELECT i.received_on, i.channel, t.name AS topic, i.answer_by, i.answered_on,
                               (SELECT min(e.occurred_at) FROM inquiry_event e
                                 WHERE e.inquiry_id = i.id
                                   AND e.kind IN ('RECEIPT', 'ASSIGNED', 'FORWARDED', 'REPLIED', 'ROUTED', 'CLOSED')) AS acknowledged_at
                        FROM inquiry i LEFT JOIN inquiry_topic t ON t.id = i.topic_id
                        WHERE i.received_on BETWEEN :from AND :to""")
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year, 12, 31))
                .query((rs, i) -> {
                    java.sql.Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
                    return new Row(
                            rs.getObject("received_on", LocalDate.class),
                            Channel.valueOf(rs.getString("channel")),
                            rs.getString("topic"),
                            rs.getObject("answer_by", LocalDate.class),
                            acknowledged == null
                                    ? null
                                    : acknowledged
                                            .toInstant()
                                            .atZone(DanishFormats.ZONE)
                                            .toLocalDate(),
                            rs.getObject("answered_on", LocalDate.class));
                })
                .list();
    }
}
