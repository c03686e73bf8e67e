package dk.samspil.engagement.internal.interest;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.platform.AuditActor;
import dk.samspil.platform.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business centre's matchmaking: consultants and management see, for every entry, the companies that opted in to
 * partner finding (what those companies agreed other partner seekers may see: name, what they can, what they seek,
 * how to reach them) and how many others are interested, and introduce two partner seekers on the same entry to each
 * other by e-mail. Companies that only expressed interest agreed to be seen by the municipality's buyers, so the
 * consultants see only their number. An introduction is logged on both interests and mailed to both through the
 * outbox, in the same transaction.
 */
@Service
class Matchmaking {

    private static final String ENTITY = "engagement_interest";

    /** An entry with confirmed interest: how many, and how many seek a partner and may be seen. */
    record EntrySummary(String reference, String title, int interests, int partnerSeekers) {}

    /** A partner seeker with the companies it was introduced to. */
    record Seeker(Interest interest, List<Introduction> introductions) {}

    record Introduction(long otherInterestId, String otherCompany, Instant introducedAt, String introducedBy) {}

    /** The matchmaking page of one entry. */
    record EntryPartners(PlannedProcurement entry, InterestRepository.Counts counts, List<Seeker> seekers) {

        public int othersInterested() {
            return counts.interests() - seekers.size();
        }
    }

    /** Why an introduction was refused; {@code messageKey} says it in the staff's language. */
    static final class IntroductionRefused extends RuntimeException {

        private final String messageKey;

        IntroductionRefused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final JdbcClient jdbc;
    private final InterestRepository repository;
    private final ProcurementService procurements;
    private final InterestMails mails;
    private final AuditLog audit;
    private final Clock clock;

    Matchmaking(
            JdbcClient jdbc,
            InterestRepository repository,
            ProcurementService procurements,
            InterestMails mails,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.procurements = procurements;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every entry with confirmed interest, the most recently confirmed first. */
    @Transactional(readOnly = true)
    List<EntrySummary> entries() {
        return jdbc.sql("""
                        SELECT procurement_reference, count(*) AS interests,
                               count(*) FILTER (WHERE partner_visible) AS partners
                        FROM engagement_interest WHERE status = 'CONFIRMED'
                        GROUP BY procurement_reference
                        ORDER BY max(confirmed_at) DESC, procurement_reference""")
                .query((rs, i) -> new EntrySummary(
                        rs.getString("procurement_reference"),
                        title(rs.getString("procurement_reference")),
                        rs.getInt("interests"),
                        rs.getInt("partners")))
                .list();
    }

    /** @throws ProcurementNotFound for an unknown reference or a draft */
    @Transactional(readOnly = true)
    EntryPartners forEntry(String reference) {
        PlannedProcurement entry = procurements
                .find(reference)
                .filter(p -> p.status().isPublic())
                .orElseThrow(() -> new ProcurementNotFound(reference));
        List<Interest> seekers = repository.confirmedFor(entry.reference()).stream()
                .filter(Interest::partnerVisible)
                .toList();
        Map<Long, List<Introduction>> introductions = introductions(entry.reference());
        return new EntryPartners(
                entry,
                repository.counts(entry.reference()),
                seekers.stream()
                        .map(seeker -> new Seeker(seeker, introductions.getOrDefault(seeker.id(), List.of())))
                        .toList());
    }

    /**
     * Introduces two partner seekers on the entry to each other: both get the other's details by e-mail.
     *
     * @throws IntroductionRefused when one is not a confirmed, visible partner seeker on this entry, both are the same,
     *                             or they were introduced already
     */
    @Transactional
    void introduce(String reference, long firstId, long secondId) {
        PlannedProcurement entry = procurements
                .find(reference)
                .filter(p -> p.status().isPublic())
                .orElseThrow(() -> new ProcurementNotFound(reference));
        if (firstId == secondId) {
            throw new IntroductionRefused("engagement.matchmaking.error.same");
        }
        long low = Math.min(firstId, secondId);
        long high = Math.max(firstId, secondId);
        // lock in id order, so two consultants introducing the same pair cannot deadlock
        Interest first = seeker(entry, low);
        Interest second = seeker(entry, high);
        boolean already = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM engagement_introduction
                                       WHERE first_interest_id = :first AND second_interest_id = :second)""")
                .param("first", low)
                .param("second", high)
                .query(Boolean.class)
                .single();
        if (already) {
            throw new IntroductionRefused("engagement.matchmaking.error.already");
        }
        AuditActor actor = AuditActor.current();
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                            INSERT INTO engagement_introduction (procurement_reference, first_interest_id,
                                second_interest_id, introduced_by, introduced_at)
                            VALUES (:reference, :first, :second, :by, :at)""")
                    .param("reference", entry.reference())
                    .param("first", low)
                    .param("second", high)
                    .param("by", actor.name())
                    .param("at", Timestamp.from(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new IntroductionRefused("engagement.matchmaking.error.already");
        }
        audit.record(
                AuditLog.Action.UPDATE,
                ENTITY,
                first.id(),
                Map.of("introducedTo", new AuditLog.Change(null, "interest:" + second.id())),
                actor);
        audit.record(
                AuditLog.Action.UPDATE,
                ENTITY,
                second.id(),
                Map.of("introducedTo", new AuditLog.Change(null, "interest:" + first.id())),
                actor);
        mails.sendIntroduction(first, second, entry.details().title());
        mails.sendIntroduction(second, first, entry.details().title());
    }

    private Interest seeker(PlannedProcurement entry, long id) {
        Optional<Interest> found = repository
                .lock(id)
                .filter(interest -> interest.procurementReference().equals(entry.reference()));
        if (found.isEmpty() || !found.get().confirmed()) {
            throw new IntroductionRefused("engagement.matchmaking.error.unknown");
        }
        if (!found.get().partnerVisible()) {
            throw new IntroductionRefused("engagement.matchmaking.error.notSeeking");
        }
        return found.get();
    }

    private Map<Long, List<Introduction>> introductions(String reference) {
        Map<Long, List<Introduction>> byInterest = new HashMap<>();
        jdbc.sql("""
                        SELECT n.first_interest_id, a.company_name AS first_company, n.second_interest_id,
                               b.company_name AS second_company, n.introduced_at, n.introduced_by
                        FROM engagement_introduction n
                        JOIN engagement_interest a ON a.id = n.first_interest_id
                        JOIN engagement_interest b ON b.id = n.second_interest_id
                        WHERE n.procurement_reference = :reference
                        ORDER BY n.introduced_at, n.id""").param("reference", reference).query(rs -> {
            Instant at = rs.getTimestamp("introduced_at").toInstant();
            String by = rs.getString("introduced_by");
            long first = rs.getLong("first_interest_id");
            long second = rs.getLong("second_interest_id");
            byInterest
                    .computeIfAbsent(first, id -> new java.util.ArrayList<>())
                    .add(new Introduction(second, rs.getString("second_company"), at, by));
            byInterest
                    .computeIfAbsent(second, id -> new java.util.ArrayList<>())
                    .add(new Introduction(first, rs.getString("first_company"), at, by));
        });
        return byInterest;
    }

    private String title(String reference) {
        return procurements
                .find(reference)
                .map(entry -> entry.details().title())
                .orElse(reference);
    }
}
