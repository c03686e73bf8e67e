package dk.samspil.alerts.internal.matching;

import dk.samspil.pipeline.ProcurementSnapshot;
import java.math.BigDecimal;
import java.util.List;

/**
 * What subscriptions are matched against: a pipeline entry, or an announced event with the entries it is linked to.
 *
 * @param references    the entries this news is about; a follower of any of them matches
 * @param cpvCodes      eight-digit CPV codes (without check digit)
 * @param lotTitles     lot titles, searched like the description
 * @param valueMinDkk   lower end of the estimated value, or {@code null} when unknown
 * @param valueMaxDkk   upper end of the estimated value, or {@code null} when unknown
 */
public record MatchTarget(
        List<String> references,
        String title,
        String description,
        List<String> lotTitles,
        List<String> cpvCodes,
        String buyingUnitCode,
        BigDecimal valueMinDkk,
        BigDecimal valueMaxDkk,
        boolean smeSuitable) {

    public MatchTarget {
        references = references == null ? List.of() : List.copyOf(references);
        lotTitles = lotTitles == null ? List.of() : List.copyOf(lotTitles);
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        title = title == null ? "" : title;
        description = description == null ? "" : description;
    }

    /** One entry as matching sees it: by its reference and content. */
    public static MatchTarget of(ProcurementSnapshot entry) {
        return new MatchTarget(
                List.of(entry.reference()),
                entry.title(),
                entry.description(),
                entry.lotTitles(),
                entry.cpvCodes(),
                entry.buyingUnitCode(),
                entry.valueMinDkk(),
                entry.valueMaxDkk(),
                entry.smeSuitable());
    }
}
