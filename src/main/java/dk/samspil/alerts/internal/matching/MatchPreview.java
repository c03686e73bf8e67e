package dk.samspil.alerts.internal.matching;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.pipeline.ProcurementExtracts;
import dk.samspil.pipeline.ProcurementSnapshot;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * How many current public entries a subscription's criteria find, for the alert form before the company confirms.
 * Exact: the criteria are matched against every current entry by the same {@link MatchRules} and the same Danish text
 * analysis as the alerts that are sent, as a new entry would be.
 */
@Component
public class MatchPreview {

    private final CpvCatalogue cpv;
    private final ProcurementExtracts extracts;

    MatchPreview(CpvCatalogue cpv, ProcurementExtracts extracts) {
        this.cpv = cpv;
        this.extracts = extracts;
    }

    /**
     * The references of the current entries the criteria match, in stored form (CPV codes as eight digits, keywords
     * lower case with {@code "quoted phrases"}); none when the criteria hold no CPV code, keyword or buying unit.
     */
    public List<String> references(
            List<String> cpvCodes,
            List<String> keywords,
            List<String> excludedKeywords,
            List<String> buyingUnits,
            BigDecimal minValueDkk,
            BigDecimal maxValueDkk,
            boolean smeSuitableOnly) {
        if (cpvCodes.isEmpty() && keywords.isEmpty() && buyingUnits.isEmpty()) {
            return List.of();
        }
        SubscriptionIndex index = new SubscriptionIndex(cpv.danishText());
        index.put(new MatchableSubscription(
                1,
                1,
                null,
                cpvCodes,
                keywords,
                excludedKeywords,
                buyingUnits,
                minValueDkk,
                maxValueDkk,
                smeSuitableOnly,
                List.of("NEW_ENTRY"),
                "IMMEDIATE"));
        return extracts.current().stream()
                .filter(entry ->
                        !index.match(MatchTarget.of(entry), "NEW_ENTRY").isEmpty())
                .map(ProcurementSnapshot::reference)
                .toList();
    }
}
