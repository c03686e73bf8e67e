package dk.samspil.alerts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.alerts.internal.matching.MatchPreview;
import dk.samspil.alerts.internal.matching.MatchTarget;
import dk.samspil.alerts.internal.matching.SubscriptionMatcher;
import dk.samspil.alerts.internal.matching.SubscriptionMatches;
import dk.samspil.pipeline.ProcurementExtracts;
import dk.samspil.pipeline.ProcurementSnapshot;
import dk.samspil.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The alert form's match preview counts exactly the current entries that alert matching finds for the same
 * subscription: over the demo plan, for subscriptions by words (compound parts, phrases, folded spellings), CPV codes,
 * buying units, value limits, SME only and excluded words.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class MatchPreviewAgreesWithMatchingTest extends IntegrationTest {

    @Autowired
    AlertSubscriptions subscriptions;

    @Autowired
    MatchPreview preview;

    @Autowired
    SubscriptionMatcher matcher;

    @Autowired
    ProcurementExtracts extracts;

    @Autowired
    JdbcClient jdbc;

    private static Criteria criteria(
            List<String> cpv,
            List<String> keywords,
            List<String> excluded,
            List<String> units,
            Long min,
            Long max,
            boolean sme) {
        return new Criteria(
                cpv,
                keywords,
                excluded,
                units,
                min == null ? null : BigDecimal.valueOf(min),
                max == null ? null : BigDecimal.valueOf(max),
                sme,
                List.of("NEW_ENTRY"),
                "DAILY");
    }

    @Test
    void thePreviewCountsWhatMatchingSends() {
        List<Criteria> set = List.of(
                criteria(List.of(), List.of("tag"), List.of(), List.of(), null, null, false),
                criteria(List.of(), List.of("vinduer"), List.of(), List.of(), null, null, false),
                criteria(List.of(), List.of("polering", "rengøring"), List.of(), List.of(), null, null, false),
                criteria(List.of(), List.of("rengoering"), List.of(), List.of(), null, null, false),
                criteria(List.of(), List.of("\"kommunale bygninger\""), List.of(), List.of(), null, null, false),
                criteria(List.of(), List.of("skoler"), List.of("tagpap"), List.of(), null, null, false),
                criteria(List.of("45000000"), List.of(), List.of(), List.of(), null, null, false),
                criteria(
                        List.of("90900000", "72000000"),
                        List.of("software"),
                        List.of(),
                        List.of(),
                        null,
                        5_000_000L,
                        false),
                criteria(List.of(), List.of(), List.of(), List.of("REN", "CIT"), null, null, false),
                criteria(List.of("33000000"), List.of("plejehjem"), List.of(), List.of("CSO"), 100_000L, null, true),
                criteria(
                        List.of(),
                        List.of("bygning", "vej", "skole"),
                        List.of(),
                        List.of(),
                        1_000_000L,
                        20_000_000L,
                        false));
        List<Long> ids = new ArrayList<>();
        for (Criteria criteria : set) {
            String email = "preview-" + UUID.randomUUID() + "@example.dk";
            long id = subscriptions.subscribe(
                    new SubscriptionRequest(email, "Preview ApS", null, "da", criteria),
                    ConsentSource.WEB,
                    "127.0.0.1");
            long subscriberId = jdbc.sql("SELECT subscriber_id FROM alert_subscription WHERE id = :id")
                    .param("id", id)
                    .query(Long.class)
                    .single();
            subscriptions.confirm(subscriberId, "127.0.0.1");
            ids.add(id);
        }
        List<ProcurementSnapshot> current = extracts.current();
        assertThat(current).extracting(ProcurementSnapshot::reference).anyMatch(ref -> ref.startsWith("SK-"));
        int anyMatched = 0;
        for (long id : ids) {
            Criteria stored = jdbc
                    .sql("SELECT subscriber_id FROM alert_subscription WHERE id = :id")
                    .param("id", id)
                    .query(Long.class)
                    .optional()
                    .flatMap(subscriberId -> subscriptions.overview(subscriberId))
                    .orElseThrow()
                    .subscriptions()
                    .stream()
                    .filter(s -> s.id() == id)
                    .findFirst()
                    .orElseThrow()
                    .criteria();
            List<String> sent = current.stream()
                    .filter(entry -> matches(matcher.match(MatchTarget.of(entry), "NEW_ENTRY"), id))
                    .map(ProcurementSnapshot::reference)
                    .toList();
            List<String> previewed = preview.references(
                    stored.cpvCodes(),
                    stored.keywords(),
                    stored.excludedKeywords(),
                    stored.buyingUnits(),
                    stored.minValueDkk(),
                    stored.maxValueDkk(),
                    stored.smeSuitableOnly());
            assertThat(previewed).as("subscription %s", stored).containsExactlyInAnyOrderElementsOf(sent);
            anyMatched += sent.isEmpty() ? 0 : 1;
        }
        assertThat(anyMatched).as("subscriptions that match something").isGreaterThanOrEqualTo(8);
    }

    private static boolean matches(SubscriptionMatches matches, long subscriptionId) {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.subscriptionId(i) == subscriptionId) {
                return true;
            }
        }
        return false;
    }
}
