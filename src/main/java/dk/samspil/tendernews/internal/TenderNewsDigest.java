package dk.samspil.tendernews.internal;

import dk.samspil.newsletter.ModuleLists;
import dk.samspil.platform.DanishFormats;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.PlatformProperties;
import dk.samspil.tendernews.TenderNewsProperties;
import dk.samspil.tendernews.internal.TenderNewsList.Choice;
import dk.samspil.tendernews.internal.TenderNewsList.Frequency;
import dk.samspil.tendernews.internal.TenderNewsList.Subscriber;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tender-news list's mails, in Danish: for each active member, the notices imported since they joined that match
 * their CPV areas (a chosen code's digits before its trailing zeros begin one of the notice's or its lots' codes)
 * and regions (a chosen NUTS code begins one of the notice's), each sent to an address once; daily subscribers hear
 * at every run, weekly ones on the digest weekday. Every mail carries the list's signed one-click unsubscribe link.
 * Claiming each notice for an address in {@code tender_news_sent} before the mail is queued (in the same transaction)
 * keeps two instances from sending it twice.
 */
@Component
class TenderNewsDigest {

    private static final int MAX_NOTICES = 50;
    private static final Duration DEFAULT_LOOKBACK = Duration.ofDays(7);

    private record Candidate(
            long id,
            String title,
            @Nullable String buyer,
            java.time.@Nullable OffsetDateTime deadline,
            @Nullable String documentsUrl,
            String noticeId,
            @Nullable String reference,
            List<String> cpv,
            List<String> nuts) {}

    private final TenderNewsList list;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final DanishFormats formats;
    private final JdbcClient jdbc;
    private final TenderNewsProperties properties;
    private final PlatformProperties platform;
    private final Clock clock;

    TenderNewsDigest(
            TenderNewsList list,
            MailOutbox outbox,
            MessageSource messages,
            DanishFormats formats,
            JdbcClient jdbc,
            TenderNewsProperties properties,
            PlatformProperties platform,
            Clock clock) {
        this.list = list;
        this.outbox = outbox;
        this.messages = messages;
        this.formats = formats;
        this.jdbc = jdbc;
        this.properties = properties;
        this.platform = platform;
        this.clock = clock;
    }

    @Scheduled(cron = "${samspil.tendernews.digest-cron:0 30 6 * * *}", zone = "Europe/Copenhagen")
    void scheduled() {
        send(LocalDate.now(clock.withZone(DanishFormats.ZONE)));
    }

    /** Sends the day's mails; how many were queued. */
    @Transactional
    int send(LocalDate today) {
        boolean weeklyDay = today.getDayOfWeek() == properties.digestWeekday();
        Instant now = clock.instant();
        Map<String, ModuleLists.Member> members = list.members().stream()
                .collect(Collectors.toMap(m -> m.email().toLowerCase(Locale.ROOT), m -> m, (a, b) -> a));
        int sent = 0;
        for (Subscriber subscriber : list.subscribers()) {
            Choice choice = subscriber.choice();
            if (choice.frequency() == Frequency.WEEKLY && !weeklyDay) {
                continue;
            }
            ModuleLists.Member member = members.get(subscriber.email().toLowerCase(Locale.ROOT));
            if (member == null) {
                continue;
            }
            Instant since = subscriber.chose() ? choice.since() : now.minus(DEFAULT_LOOKBACK);
            List<Candidate> matching = candidates(since, subscriber.email()).stream()
                    .filter(c -> matches(c, choice))
                    .limit(MAX_NOTICES)
                    .toList();
            List<Candidate> claimed = new ArrayList<>();
            for (Candidate c : matching) {
                if (claim(subscriber.email(), c.id(), now)) {
                    claimed.add(c);
                }
            }
            if (claimed.isEmpty()) {
                continue;
            }
            outbox.enqueue(new OutgoingMail(
                    "tendernews.digest",
                    member.email(),
                    text("tendernews.digest.subject", claimed.size()),
                    body(claimed, member),
                    member.unsubscribeHeaders(),
                    null,
                    List.of()));
            jdbc.sql("UPDATE tender_news_choice SET last_sent_at = :now WHERE email = :email")
                    .param("now", Timestamp.from(now))
                    .param("email", subscriber.email().toLowerCase(Locale.ROOT))
                    .update();
            sent++;
        }
        return sent;
    }

    private List<Candidate> candidates(Instant since, String email) {
        return jdbc.sql("""
                        SELECT n.id, n.title, n.buyer_name, n.submission_deadline, n.documents_url, n.notice_id,
                               n.procurement_reference, n.nuts,
                               array_remove(array_cat(ARRAY[n.main_cpv], n.additional_cpv)
                                   || coalesce((SELECT array_agg(l.main_cpv) FROM tender_notice_lot l
                                                WHERE l.notice_row_id = n.id), ARRAY[]::varchar[]), NULL) AS cpv
                        FROM tender_notice n
                        WHERE n.imported_at >= :since AND n.changes_notice_id IS NULL AND NOT n.cancelled
                          AND n.kind IN ('PRIOR_INFORMATION', 'CONTRACT', 'CONSULTATION')
                          AND NOT EXISTS (SELECT 1 FROM tender_news_sent s
                                          WHERE s.email = :email AND s.notice_row_id = n.id)
                        ORDER BY n.imported_at, n.id LIMIT 1000""")
                .param("since", Timestamp.from(since))
                .param("email", email.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new Candidate(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("buyer_name"),
                        rs.getObject("submission_deadline", java.time.OffsetDateTime.class),
                        rs.getString("documents_url"),
                        rs.getString("notice_id"),
                        rs.getString("procurement_reference"),
                        strings(rs.getArray("cpv")),
                        strings(rs.getArray("nuts"))))
                .list();
    }

    static boolean matches(Candidate notice, Choice choice) {
        boolean cpv = choice.cpvCodes().isEmpty()
                || choice.cpvCodes().stream()
                        .map(TenderNewsDigest::area)
                        .anyMatch(area -> notice.cpv().stream().anyMatch(code -> code.startsWith(area)));
        boolean region = choice.nutsCodes().isEmpty()
                || choice.nutsCodes().stream()
                        .anyMatch(chosen -> notice.nuts().stream().anyMatch(code -> code.startsWith(chosen)));
        return cpv && region;
    }

    /** A CPV code's area: its digits before the trailing zeros, at least the division (two digits). */
    static String area(String code) {
        String digits = code.replaceAll("[^0-9]", "");
        String area = digits.replaceFirst("0+$", "");
        return area.length() < 2 ? digits.substring(0, Math.min(2, digits.length())) : area;
    }

    private boolean claim(String email, long noticeRowId, Instant now) {
        return jdbc.sql("""
                        INSERT INTO tender_news_sent (email, notice_row_id, sent_at) VALUES (:email, :row, :now)
                        ON CONFLICT DO NOTHING""")
                        .param("email", email.toLowerCase(Locale.ROOT))
                        .param("row", noticeRowId)
                        .param("now", Timestamp.from(now))
                        .update()
                > 0;
    }

    private String body(List<Candidate> notices, ModuleLists.Member member) {
        StringBuilder body = new StringBuilder(text("tendernews.digest.intro", notices.size())).append("\n\n");
        String base = platform.baseUrl().replaceAll("/+$", "");
        for (Candidate n : notices) {
            body.append("* ").append(n.title()).append('\n');
            if (n.buyer() != null) {
                body.append("  ")
                        .append(text("tendernews.digest.buyer", n.buyer()))
                        .append('\n');
            }
            if (n.deadline() != null) {
                body.append("  ")
                        .append(text(
                                "tendernews.digest.deadline", formats.dateTime(n.deadline(), DanishFormats.DANISH)))
                        .append('\n');
            }
            body.append("  ")
                    .append(text("tendernews.digest.documents", PipelineLink.tenderUrl(n.documentsUrl(), n.noticeId())))
                    .append('\n');
            if (n.reference() != null) {
                body.append("  ")
                        .append(text("tendernews.digest.entry", base + "/kommende-indkob/" + n.reference()))
                        .append('\n');
            }
            body.append('\n');
        }
        body.append(text("tendernews.digest.more", base + TenderNewsRoutes.PUBLIC))
                .append("\n\n");
        body.append(text("tendernews.digest.unsubscribe", member.unsubscribeUrl()));
        return body.toString();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, DanishFormats.DANISH);
    }

    private static List<String> strings(java.sql.@Nullable Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
