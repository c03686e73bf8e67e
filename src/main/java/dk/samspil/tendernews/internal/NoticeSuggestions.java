package dk.samspil.tendernews.internal;

import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementExtracts;
import dk.samspil.pipeline.ProcurementSnapshot;
import dk.samspil.tendernews.internal.NoticeQueries.LotRow;
import dk.samspil.tendernews.internal.NoticeQueries.NoticeRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The entries a notice may belong to, for linking by hand: only for a notice whose buyer has the municipality's org.
 * number (the pipeline holds the municipality's own purchases), current public entries that share a CPV class (the
 * first four digits) with the notice or its lots, and whose expected tender lies within {@value #MONTHS_NEAR} months
 * of the notice's publication. Nearest first, then most shared codes.
 */
@Component
class NoticeSuggestions {

    static final int MONTHS_NEAR = 6;
    private static final int LIMIT = 10;

    /** One entry the notice may belong to. */
    record Suggestion(
            String reference, String title, ExpectedPeriod expected, List<String> sharedCpv, long monthsAway) {}

    private final ProcurementExtracts extracts;
    private final OrganisationService organisation;

    NoticeSuggestions(ProcurementExtracts extracts, OrganisationService organisation) {
        this.extracts = extracts;
        this.organisation = organisation;
    }

    /** Whether the notice's buyer is the municipality itself. */
    boolean ownBuyer(NoticeRow notice) {
        return organisation
                .municipality()
                .map(Municipality::cvr)
                .filter(cvr -> OrgNumbers.same(cvr, notice.buyerOrgNumber()))
                .isPresent();
    }

    List<Suggestion> forNotice(NoticeRow notice, List<LotRow> lots) {
        if (!ownBuyer(notice)) {
            return List.of();
        }
        Set<String> classes = new LinkedHashSet<>();
        notice.cpvCodes().forEach(code -> classes.add(cpvClass(code)));
        lots.stream().map(LotRow::mainCpv).filter(c -> c != null).forEach(code -> classes.add(cpvClass(code)));
        classes.remove("");
        LocalDate published = notice.issueDate() != null
                ? notice.issueDate()
                : LocalDate.ofInstant(notice.importedAt(), ZoneId.of("Europe/Copenhagen"));
        return extracts.current().stream()
                .map(entry -> suggestion(entry, classes, published))
                .filter(s -> s != null)
                .sorted(Comparator.comparingLong(Suggestion::monthsAway)
                        .thenComparing(s -> -s.sharedCpv().size())
                        .thenComparing(Suggestion::reference))
                .limit(LIMIT)
                .toList();
    }

    private static @org.jspecify.annotations.Nullable Suggestion suggestion(
            ProcurementSnapshot entry, Set<String> classes, LocalDate published) {
        List<String> shared = entry.cpvCodes().stream()
                .filter(code -> classes.contains(cpvClass(code)))
                .toList();
        if (shared.isEmpty()) {
            return null;
        }
        ExpectedPeriod expected = entry.expectedPublication();
        long months = published.isBefore(expected.from())
                ? ChronoUnit.MONTHS.between(published, expected.from())
                : published.isAfter(expected.to()) ? ChronoUnit.MONTHS.between(expected.to(), published) : 0;
        return months > MONTHS_NEAR ? null : new Suggestion(entry.reference(), entry.title(), expected, shared, months);
    }

    private static String cpvClass(String code) {
        String digits = code.replaceAll("[^0-9]", "");
        return digits.length() < 4 ? "" : digits.substring(0, 4);
    }
}
