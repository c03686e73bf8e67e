package dk.samspil.newsletter.internal;

import dk.samspil.alerts.Subscribers;
import dk.samspil.companies.AdvertisingProtection;
import dk.samspil.companies.CompanySegments;
import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.MailLog;
import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.MailStatus;
import dk.samspil.platform.MailSuppressions;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.TextInput;
import dk.samspil.platform.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns: written, previewed, tried on staff, scheduled or sent. A send picks the audience (active on any chosen
 * list, in the segment when one is chosen, not suppressed, and on a marketing list not a company under
 * reklamebeskyttelse unless the person consented), writes one delivery row per person (so one mail each however many
 * lists they are on) and puts every mail in the outbox with one multi-row insert.
 */
@Service
class Campaigns {

    private static final Logger log = LoggerFactory.getLogger(Campaigns.class);
    static final int MAX_MARKDOWN = 100_000;
    private static final String COLUMNS = """
            c.id, c.subject, c.markdown, c.segment_id, c.status, c.scheduled_at, c.sent_at, c.created_at, c.created_by,
            ARRAY(SELECT list_id FROM newsletter_campaign_list l WHERE l.campaign_id = c.id ORDER BY list_id) AS list_ids""";

    /** What staff write. {@code scheduledAt} is Danish local time; {@code null} keeps the campaign a draft. */
    record Draft(
            @Nullable String subject,
            @Nullable String markdown,
            List<Long> listIds,
            @Nullable UUID segmentId,
            @Nullable LocalDateTime scheduledAt) {}

    /** Per-campaign figures. */
    record Figures(
            int recipients,
            int skipped,
            int queued,
            int sent,
            int failed,
            int bounced,
            int unsubscribed,
            Map<String, Integer> skipReasons,
            long clicks) {}

    /** Who would get the campaign now, and who is left out and why. */
    record Audience(List<Recipient> recipients, Map<Long, String> skipped) {}

    /** One recipient: their person, and the lists of the campaign they are on (the first names the unsubscribe header). */
    record Recipient(Subscribers.Person person, List<Long> listIds) {}

    private final JdbcClient jdbc;
    private final NewsletterRepository repository;
    private final Subscribers subscribers;
    private final CompanySegments segments;
    private final AdvertisingProtection advertising;
    private final MailSuppressions suppressions;
    private final MailOutbox outbox;
    private final MailLog mailLog;
    private final NewsletterLinks links;
    private final NewsletterMails mails;
    private final CampaignMarkdown markdown;
    private final ClickTracking clicks;
    private final AuditLog audit;
    private final Clock clock;

    Campaigns(
            JdbcClient jdbc,
            NewsletterRepository repository,
            Subscribers subscribers,
            CompanySegments segments,
            AdvertisingProtection advertising,
            MailSuppressions suppressions,
            MailOutbox outbox,
            MailLog mailLog,
            NewsletterLinks links,
            NewsletterMails mails,
            CampaignMarkdown markdown,
            ClickTracking clicks,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.subscribers = subscribers;
        this.segments = segments;
        this.advertising = advertising;
        this.suppressions = suppressions;
        this.outbox = outbox;
        this.mailLog = mailLog;
        this.links = links;
        this.mails = mails;
        this.markdown = markdown;
        this.clicks = clicks;
        this.audit = audit;
        this.clock = clock;
    }

    /** The saved segments to choose from. */
    List<CompanySegments.Segment> segmentChoices() {
        return segments.all();
    }

    List<Violation> check(Draft draft) {
        List<Violation> violations = new ArrayList<>();
        String subject = draft.subject();
        if (subject == null || subject.isBlank()) {
            violations.add(new Violation("subject", "newsletter.error.subject.required"));
        } else if (subject.length() > 200) {
            violations.add(new Violation("subject", "newsletter.error.size.200"));
        } else if (!TextInput.isSingleLine(subject)) {
            violations.add(new Violation("subject", TextInput.SINGLE_LINE_MESSAGE));
        }
        String text = draft.markdown();
        if (text == null || text.isBlank()) {
            violations.add(new Violation("markdown", "newsletter.error.markdown.required"));
        } else if (text.length() > MAX_MARKDOWN) {
            violations.add(new Violation("markdown", "newsletter.error.markdown.size"));
        } else if (markdown.hasUnclosedLink(text)) {
            violations.add(new Violation("markdown", "newsletter.error.markdown.link"));
        }
        Set<Long> known = repository.lists().stream().map(MailingList::id).collect(Collectors.toSet());
        if (draft.listIds().isEmpty()) {
            violations.add(new Violation("listIds", "newsletter.error.campaignLists.required"));
        } else if (draft.listIds().stream().anyMatch(id -> id == null || !known.contains(id))) {
            violations.add(new Violation("listIds", "newsletter.error.lists.unknown"));
        }
        if (draft.segmentId() != null) {
            if (segments.find(draft.segmentId()).isEmpty()) {
                violations.add(new Violation("segmentId", "newsletter.error.segment.unknown"));
            }
        }
        if (draft.scheduledAt() != null
                && !dk.samspil.platform.DateLimits.isWithin(draft.scheduledAt().toLocalDate())) {
            violations.add(new Violation(
                    "scheduledAt", dk.samspil.platform.DateLimits.MESSAGE, dk.samspil.platform.DateLimits.arguments()));
        } else if (draft.scheduledAt() != null
                && !draft.scheduledAt().atZone(zone()).toInstant().isAfter(clock.instant())) {
            violations.add(new Violation("scheduledAt", "newsletter.error.scheduledAt.past"));
        }
        return violations;
    }

    @Transactional
    long create(Draft draft, String createdBy) {
        List<Violation> violations = check(draft);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        Instant now = clock.instant();
        Instant scheduled = draft.scheduledAt() == null
                ? null
                : draft.scheduledAt().atZone(zone()).toInstant();
        long id = jdbc.sql("""
                        INSERT INTO newsletter_campaign (subject, markdown, segment_id, status, scheduled_at, created_at, created_by)
                        VALUES (:subject, :markdown, :segment, :status, :scheduled, :now, :by) RETURNING id""")
                .param("subject", draft.subject().strip())
                .param("markdown", draft.markdown())
                .param("segment", draft.segmentId())
                .param("status", scheduled == null ? "DRAFT" : "SCHEDULED")
                .param("scheduled", scheduled == null ? null : Timestamp.from(scheduled))
                .param("now", Timestamp.from(now))
                .param("by", createdBy)
                .query(Long.class)
                .single();
        for (Long listId : Set.copyOf(draft.listIds())) {
            jdbc.sql("INSERT INTO newsletter_campaign_list (campaign_id, list_id) VALUES (:campaign, :list)")
                    .param("campaign", id)
                    .param("list", listId)
                    .update();
        }
        audit.record(
                AuditLog.Action.CREATE,
                "newsletter_campaign",
                id,
                Map.of(
                        "subject",
                        new AuditLog.Change(null, draft.subject().strip()),
                        "lists",
                        new AuditLog.Change(null, draft.listIds().toString())),
                AuditActor.current());
        return id;
    }

    Optional<Campaign> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_campaign c WHERE c.id = :id")
                .param("id", id)
                .query(Campaigns::campaign)
                .optional();
    }

    List<Campaign> all() {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM newsletter_campaign c ORDER BY c.created_at DESC, c.id DESC LIMIT 200")
                .query(Campaigns::campaign)
                .list();
    }

    /** Sent campaigns that went to at least one public list: the public archive, newest first. */
    List<Campaign> archive() {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM newsletter_campaign c WHERE c.status = 'SENT' AND EXISTS (
                            SELECT 1 FROM newsletter_campaign_list cl JOIN newsletter_list l ON l.id = cl.list_id
                            WHERE cl.campaign_id = c.id AND l.visibility = 'PUBLIC')
                        ORDER BY c.sent_at DESC, c.id DESC""").query(Campaigns::campaign).list();
    }

    Optional<Campaign> archived(long id) {
        return archive().stream().filter(c -> c.id() == id).findFirst();
    }

    String html(Campaign campaign) {
        return markdown.html(campaign.markdown());
    }

    String previewHtml(String text) {
        return markdown.html(text);
    }

    /** Sends the campaign to one staff address, marked as a test, without touching the campaign. */
    @Transactional
    void testSend(long campaignId, String staffEmail, Locale locale) {
        Campaign campaign = find(campaignId).orElseThrow(CampaignNotFound::new);
        String body = campaign.markdown() + "\n\n---\n" + mails.text("newsletter.mail.test", locale) + "\n";
        String html = new MailFooter(markdown.mailHtml(campaign.markdown(), UnaryOperator.identity()))
                .text(mails.text("newsletter.mail.test", locale))
                .end()
                .toString();
        outbox.enqueue(OutgoingMail.of(
                        "newsletter.test",
                        staffEmail,
                        mails.text("newsletter.mail.testSubject", locale, campaign.subject()),
                        body)
                .withFromName(mails.senderName(locale))
                .withHtmlBody(html));
    }

    /** Who would get it now. */
    @Transactional(readOnly = true)
    Audience audience(Campaign campaign) {
        Map<Long, List<Long>> listsOf = new LinkedHashMap<>();
        Map<Long, Map<Long, String>> basisOf = new HashMap<>();
        for (NewsletterRepository.ListSubscription s : repository.activeOn(campaign.listIds())) {
            listsOf.computeIfAbsent(s.subscriberId(), k -> new ArrayList<>()).add(s.listId());
            basisOf.computeIfAbsent(s.subscriberId(), k -> new HashMap<>()).put(s.listId(), s.legalBasis());
        }
        List<Subscribers.Person> people = subscribers.byIds(listsOf.keySet());
        Set<String> inSegment = campaign.segmentId() == null ? null : segmentCvrs(campaign.segmentId());
        Set<String> suppressed = suppressions.suppressedAmong(
                people.stream().map(Subscribers.Person::email).toList());
        Set<Long> marketing = repository.lists().stream()
                .filter(MailingList::marketing)
                .map(MailingList::id)
                .collect(Collectors.toSet());
        Set<String> protectedCvrs = advertising.protectedAmong(people.stream()
                .map(Subscribers.Person::companyCvr)
                .filter(cvr -> cvr != null)
                .collect(Collectors.toSet()));
        List<Recipient> recipients = new ArrayList<>();
        Map<Long, String> skipped = new LinkedHashMap<>();
        for (Subscribers.Person person : people) {
            if (inSegment != null && (person.companyCvr() == null || !inSegment.contains(person.companyCvr()))) {
                continue;
            }
            if (suppressed.contains(person.email().toLowerCase(Locale.ROOT))) {
                skipped.put(person.id(), "SUPPRESSED");
                continue;
            }
            boolean isProtected = person.companyCvr() != null && protectedCvrs.contains(person.companyCvr());
            List<Long> lists = listsOf.get(person.id()).stream()
                    .filter(list -> !(isProtected
                            && marketing.contains(list)
                            && !"CONSENT".equals(basisOf.get(person.id()).get(list))))
                    .toList();
            if (lists.isEmpty()) {
                skipped.put(person.id(), "ADVERTISING_PROTECTED");
                continue;
            }
            recipients.add(new Recipient(person, lists));
        }
        return new Audience(recipients, skipped);
    }

    /**
     * Sends now: one mail per recipient into the outbox.
     *
     * @throws Rejected (conflict) when it was sent already or nobody would get it
     */
    @Transactional
    int send(long campaignId) {
        Campaign campaign = lock(campaignId).orElseThrow(CampaignNotFound::new);
        if (!campaign.sendable()) {
            throw Rejected.conflict("campaign", "newsletter.error.alreadySent");
        }
        Audience audience = audience(campaign);
        if (audience.recipients().isEmpty()) {
            throw Rejected.conflict("listIds", "newsletter.error.noRecipients");
        }
        return deliver(campaign, audience);
    }

    private int deliver(Campaign campaign, Audience audience) {
        Map<Long, String> listNames =
                repository.lists().stream().collect(Collectors.toMap(MailingList::id, MailingList::name));
        boolean archived = repository.lists().stream()
                .anyMatch(list -> list.isPublic() && campaign.listIds().contains(list.id()));
        List<OutgoingMail> mailsToSend = new ArrayList<>(audience.recipients().size());
        // texts that are the same for everyone in a language are looked up once per send
        Map<Locale, MailTexts> texts = new HashMap<>();
        // the text's HTML is the same for everyone: rendered once, its links tracked when click tracking is on
        String bodyHtml = markdown.mailHtml(campaign.markdown(), clicks.linksFor(campaign));
        for (Recipient recipient : audience.recipients()) {
            MailTexts t = texts.computeIfAbsent(recipient.person().locale(), this::texts);
            mailsToSend.add(mail(campaign, recipient, listNames, archived, t, bodyHtml));
        }
        List<Long> outboxIds = outbox.enqueueAll(mailsToSend);
        int n = audience.recipients().size();
        Long[] subscriberIds = new Long[n];
        String[] emails = new String[n];
        for (int i = 0; i < n; i++) {
            subscriberIds[i] = audience.recipients().get(i).person().id();
            emails[i] = audience.recipients().get(i).person().email();
        }
        jdbc.sql("""
                        INSERT INTO newsletter_delivery (campaign_id, subscriber_id, email, status, outbox_id)
                        SELECT :campaign, d.subscriber, d.email, 'QUEUED', d.outbox
                        FROM unnest(:subscribers, :emails, :outboxIds) AS d (subscriber, email, outbox)""")
                .param("campaign", campaign.id())
                .param("subscribers", subscriberIds)
                .param("emails", emails)
                .param("outboxIds", outboxIds.toArray(Long[]::new))
                .update();
        for (Map.Entry<Long, String> skip : audience.skipped().entrySet()) {
            String email = subscribers
                    .find(skip.getKey())
                    .map(Subscribers.Person::email)
                    .orElse("");
            jdbc.sql("""
                            INSERT INTO newsletter_delivery (campaign_id, subscriber_id, email, status, skip_reason)
                            VALUES (:campaign, :subscriber, :email, 'SKIPPED', :reason)""")
                    .param("campaign", campaign.id())
                    .param("subscriber", skip.getKey())
                    .param("email", email)
                    .param("reason", skip.getValue())
                    .update();
        }
        jdbc.sql("UPDATE newsletter_campaign SET status = 'SENT', sent_at = :now WHERE id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", campaign.id())
                .update();
        audit.record(
                AuditLog.Action.UPDATE,
                "newsletter_campaign",
                campaign.id(),
                Map.of(
                        "status",
                        new AuditLog.Change(campaign.status().name(), "SENT"),
                        "recipients",
                        new AuditLog.Change(null, String.valueOf(n))),
                AuditActor.current());
        return n;
    }

    /** The parts of a campaign mail that depend only on the language. */
    private record MailTexts(
            String sender,
            String web,
            Map<String, String> why,
            Map<String, String> unsubscribe,
            String preferences,
            Locale locale) {}

    private MailTexts texts(Locale locale) {
        return new MailTexts(
                mails.senderName(locale),
                mails.text("newsletter.mail.web", locale),
                new HashMap<>(),
                new HashMap<>(),
                mails.text("newsletter.mail.preferences", locale),
                locale);
    }

    /**
     * One recipient's mail: the text and under it why they get it and the links to unsubscribe and choose, as plain
     * text and as HTML (the campaign's rendered Markdown and the same footer, escaped).
     */
    private OutgoingMail mail(
            Campaign campaign,
            Recipient recipient,
            Map<Long, String> listNames,
            boolean archived,
            MailTexts texts,
            String bodyHtml) {
        Subscribers.Person person = recipient.person();
        StringBuilder body = new StringBuilder(campaign.markdown().strip()).append("\n\n---\n");
        MailFooter html = new MailFooter(bodyHtml);
        if (archived) {
            String webUrl = links.webUrl(campaign.id());
            body.append(texts.web()).append(":\n").append(webUrl).append("\n\n");
            html.link(webUrl, texts.web()).end();
        }
        String names = recipient.listIds().stream().map(listNames::get).collect(Collectors.joining(", "));
        String why = texts.why().computeIfAbsent(names, n -> mails.text("newsletter.mail.why", texts.locale(), n));
        body.append(why).append('\n');
        html.text(why).end();
        String firstUnsubscribe = null;
        for (Long listId : recipient.listIds()) {
            String url = links.unsubscribeUrl(person.id(), listId, campaign.id());
            if (firstUnsubscribe == null) {
                firstUnsubscribe = url;
            }
            String name = listNames.get(listId);
            String unsubscribe = texts.unsubscribe()
                    .computeIfAbsent(name, n -> mails.text("newsletter.mail.unsubscribe", texts.locale(), n));
            body.append(unsubscribe).append(":\n").append(url).append('\n');
            html.link(url, unsubscribe).lineBreak();
        }
        String preferencesUrl = links.preferencesUrl(person.id());
        body.append(texts.preferences()).append(":\n").append(preferencesUrl).append('\n');
        html.link(preferencesUrl, texts.preferences()).end();
        return new OutgoingMail(
                        "newsletter.campaign",
                        person.email(),
                        campaign.subject(),
                        body.toString(),
                        links.unsubscribeHeaders(
                                firstUnsubscribe, recipient.listIds().get(0)),
                        texts.sender())
                .withHtmlBody(html.toString());
    }

    /** Sends the scheduled campaigns that are due; each in its own transaction through the caller. */
    @Transactional
    Optional<Long> sendNextDue() {
        Optional<Campaign> due = jdbc.sql("SELECT " + COLUMNS + """
                         FROM newsletter_campaign c WHERE c.status = 'SCHEDULED' AND c.scheduled_at <= :now
                        ORDER BY c.scheduled_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(clock.instant()))
                .query(Campaigns::campaign)
                .optional();
        due.ifPresent(campaign -> {
            Audience audience = audience(campaign);
            if (audience.recipients().isEmpty()) {
                log.warn("Scheduled newsletter {} has no recipients; marked sent to nobody", campaign.id());
                jdbc.sql("UPDATE newsletter_campaign SET status = 'SENT', sent_at = :now WHERE id = :id")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", campaign.id())
                        .update();
            } else {
                deliver(campaign, audience);
            }
        });
        return due.map(Campaign::id);
    }

    @Transactional(readOnly = true)
    Figures figures(long campaignId) {
        Map<String, Integer> skipReasons = new LinkedHashMap<>();
        List<Long> outboxIds = new ArrayList<>();
        int[] bounced = {0};
        jdbc.sql("SELECT status, skip_reason, outbox_id, bounced_at FROM newsletter_delivery WHERE campaign_id = :id")
                .param("id", campaignId)
                .query(rs -> {
                    if ("SKIPPED".equals(rs.getString("status"))) {
                        skipReasons.merge(rs.getString("skip_reason"), 1, Integer::sum);
                    } else {
                        outboxIds.add(rs.getLong("outbox_id"));
                    }
                    if (rs.getTimestamp("bounced_at") != null) {
                        bounced[0]++;
                    }
                });
        Map<Long, MailStatus> statuses = mailLog.byIds(outboxIds);
        int sent = 0;
        int failed = 0;
        int queued = 0;
        for (MailStatus status : statuses.values()) {
            switch (status.state()) {
                case SENT -> sent++;
                case FAILED -> failed++;
                case QUEUED -> queued++;
            }
        }
        int unsubscribed =
                jdbc.sql("""
                        SELECT count(*) FROM newsletter_consent WHERE campaign_id = :id AND action = 'WITHDRAWN'""").param("id", campaignId).query(Integer.class).single();
        return new Figures(
                outboxIds.size(),
                skipReasons.values().stream().mapToInt(Integer::intValue).sum(),
                queued,
                sent,
                failed,
                bounced[0],
                unsubscribed,
                skipReasons,
                clicks.clicks(campaignId).stream()
                        .mapToLong(ClickTracking.LinkClicks::clicks)
                        .sum());
    }

    private Optional<Campaign> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_campaign c WHERE c.id = :id FOR UPDATE")
                .param("id", id)
                .query(Campaigns::campaign)
                .optional();
    }

    private Set<String> segmentCvrs(UUID segmentId) {
        return segments.cvrs(segmentId);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        Long[] lists = (Long[]) rs.getArray("list_ids").getArray();
        return new Campaign(
                rs.getLong("id"),
                rs.getString("subject"),
                rs.getString("markdown"),
                Arrays.asList(lists),
                rs.getObject("segment_id", UUID.class),
                Campaign.Status.valueOf(rs.getString("status")),
                NewsletterRepository.instant(rs.getTimestamp("scheduled_at")),
                NewsletterRepository.instant(rs.getTimestamp("sent_at")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    static class CampaignNotFound extends RuntimeException {
        CampaignNotFound() {
            super("No such campaign");
        }
    }

    static Collection<Long> nonNull(Collection<Long> ids) {
        return ids.stream().filter(id -> id != null).toList();
    }
}
