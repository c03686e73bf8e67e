package dk.samspil.pipeline.internal.demo;

import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.NewProcurement;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementExtracts;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.internal.importing.PlanFileRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code samspil.demo.enabled=true}, fills the pipeline with about 25 Slagelse entries from
 * {@code demo/pipeline.csv} (the import layout) and gives some of them a life from {@code demo/pipeline-life.json}:
 * later changes with a public reason, market dialogue, a published tender, a postponement, two drafts.
 * <p>
 * Dates in the file are relative, so the demo plan always lies ahead: {@code {Q+n}} is the quarter n quarters from
 * now, {@code {M+n}} the month n months from now, {@code {S+n}} the first day of the quarter n quarters from now and
 * {@code {Y}} next year (in references). Runs once the application is ready, after the organisation's demo data;
 * does nothing when an entry with a reference starting with {@code SK-} exists or the buying units are missing.
 * Everything goes through {@link ProcurementService}, so change logs, events and the audit log are real.
 */
@Component
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class PipelineDemoData {

    static final String ENTRIES = "demo/pipeline.csv";
    static final String LIFE = "demo/pipeline-life.json";
    static final String PREFIX = "SK-";

    private static final Logger log = LoggerFactory.getLogger(PipelineDemoData.class);
    private static final Pattern TOKEN = Pattern.compile("\\{([QMSY])(?:\\+(\\d+))?}");
    private static final Set<String> UNITS = Set.of("CE", "CAE", "CTMK", "CIT", "CSO", "MAD", "REN");

    record Life(List<String> drafts, List<Change> changes, List<StatusChange> statuses) {}

    record Change(String reference, BigDecimal valueTo, int shiftQuarters, String reason) {}

    record StatusChange(String reference, ProcurementStatus status, String reason, String tenderUrl) {}

    private final ProcurementService procurements;
    private final ProcurementExtracts extracts;
    private final OrganisationService organisation;
    private final PlanFileRows planFiles;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;

    PipelineDemoData(
            ProcurementService procurements,
            ProcurementExtracts extracts,
            OrganisationService organisation,
            PlanFileRows planFiles,
            JsonMapper json,
            Clock clock,
            TransactionTemplate transactions) {
        this.procurements = procurements;
        this.extracts = extracts;
        this.organisation = organisation;
        this.planFiles = planFiles;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** All of the demo plan or none of it, so a failed start leaves no half plan that would block the next one. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        transactions.executeWithoutResult(status -> load());
    }

    /** @return how many entries were created (0 when skipped) */
    int load() {
        if (extracts.all().stream().anyMatch(p -> p.reference().startsWith(PREFIX))) {
            return 0;
        }
        Set<String> units = organisation.buyingUnits().stream()
                .map(u -> u.code().toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (!units.containsAll(UNITS)) {
            log.info(
                    "Pipeline demo data skipped: the buying units {} are missing (load the organisation's demo data first)",
                    UNITS);
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        List<NewProcurement> entries =
                planFiles.read(resolve(read(ENTRIES), today).getBytes(StandardCharsets.UTF_8), 1_000);
        Life life = json.readValue(resolve(read(LIFE), today), Life.class);
        List<PlannedProcurement> created = procurements.createDrafts(entries);
        for (PlannedProcurement p : created) {
            if (!life.drafts().contains(p.reference())) {
                procurements.publish(p.reference());
            }
        }
        for (Change change : life.changes()) {
            PlannedProcurement before = procurements.find(change.reference()).orElseThrow();
            procurements.update(change.reference(), changed(before.details(), change), change.reason());
        }
        for (StatusChange status : life.statuses()) {
            procurements.changeStatus(status.reference(), status.status(), status.reason(), status.tenderUrl());
        }
        log.info("Demo data: {} planned procurements", created.size());
        return created.size();
    }

    private static ProcurementDetails changed(ProcurementDetails d, Change change) {
        EstimatedValue value = change.valueTo() == null
                ? d.value()
                : EstimatedValue.range(d.value().min(), change.valueTo());
        ExpectedPeriod expected = shift(d.expectedPublication(), change.shiftQuarters());
        LocalDate start = d.contractStart() == null ? null : d.contractStart().plusMonths(3L * change.shiftQuarters());
        return new ProcurementDetails(
                d.title(),
                d.description(),
                d.buyingUnitId(),
                d.contactName(),
                d.contactEmail(),
                d.contactPhone(),
                d.cpvCodes(),
                d.nutsCode(),
                d.contractType(),
                value,
                d.procedure(),
                expected,
                start,
                d.durationMonths(),
                d.optionsDescription(),
                d.smeSuitable(),
                d.consortiaOpen(),
                d.innovationWanted(),
                d.marketDialoguePlanned(),
                d.sustainabilityClauses(),
                d.socialClauses(),
                d.lots());
    }

    private static ExpectedPeriod shift(ExpectedPeriod period, int quarters) {
        if (quarters == 0) {
            return period;
        }
        LocalDate from = period.from().plusMonths(3L * quarters);
        return period.isQuarter()
                ? ExpectedPeriod.ofQuarter(from.getYear(), (from.getMonthValue() - 1) / 3 + 1)
                : ExpectedPeriod.ofMonth(from.getYear(), from.getMonthValue());
    }

    /** Replaces the relative date tokens with dates counted from today. */
    static String resolve(String text, LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            String value = switch (m.group(1)) {
                case "Q" -> {
                    LocalDate q = quarterStart.plusMonths(3L * n);
                    yield ExpectedPeriod.ofQuarter(q.getYear(), (q.getMonthValue() - 1) / 3 + 1)
                            .code();
                }
                case "M" -> {
                    LocalDate month = today.withDayOfMonth(1).plusMonths(n);
                    yield ExpectedPeriod.ofMonth(month.getYear(), month.getMonthValue())
                            .code();
                }
                case "S" -> quarterStart.plusMonths(3L * n).toString();
                default -> String.valueOf(today.getYear() + 1);
            };
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
