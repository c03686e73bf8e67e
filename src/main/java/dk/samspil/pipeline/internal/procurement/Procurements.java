package dk.samspil.pipeline.internal.procurement;

import dk.samspil.codelists.CpvCode;
import dk.samspil.pipeline.FieldChange;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.NewProcurement;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChange;
import dk.samspil.pipeline.ProcurementChanged;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementNotFound;
import dk.samspil.pipeline.ProcurementPublished;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementSnapshot;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicationsRejected;
import dk.samspil.platform.AuditLog;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link ProcurementService}: creates, edits, publishes and moves planned procurements through their life cycle. Every change of a public
 * entry lands in its change log and is published as an event in the same transaction.
 */
@Service
class Procurements implements ProcurementService {

    private static final java.util.Set<String> REASON_FIELDS =
            java.util.Set.of("expectedPublication", "value", "cpvCodes", "lots");
    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s]{3,}$");

    private final ProcurementRepository repository;
    private final ProcurementRules rules;
    private final BuyingUnits buyingUnits;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Procurements(
            ProcurementRepository repository,
            ProcurementRules rules,
            BuyingUnits buyingUnits,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.buyingUnits = buyingUnits;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<PlannedProcurement> find(@Nullable String reference) {
        return reference == null ? Optional.empty() : repository.findByReference(reference.trim());
    }

    @Transactional(readOnly = true)
    @Override
    public List<ProcurementChange> history(String reference) {
        return repository.history(require(reference).id());
    }

    /** Checks an entry without storing it: for the import preview and the API. */
    @Transactional(readOnly = true)
    @Override
    public List<Violation> validateNew(@Nullable String reference, ProcurementDetails details) {
        List<Violation> violations = new ArrayList<>(rules.checkReference(reference));
        ProcurementDetails normalized = normalize(details);
        violations.addAll(rules.check(normalized, true));
        violations.addAll(buyingUnits.check(normalized.buyingUnitId()));
        if (violations.stream().noneMatch(v -> v.field().equals("reference"))
                && repository.referenceExists(reference.trim())) {
            violations.add(new Violation("reference", "pipeline.error.reference.taken", reference.trim()));
        }
        return violations;
    }

    @Transactional
    @Override
    public PlannedProcurement createDraft(@Nullable String reference, ProcurementDetails details) {
        List<Violation> violations = validateNew(reference, details);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        ProcurementDetails normalized = normalize(details);
        long id = repository.insert(reference.trim(), normalized, clock.instant());
        audit.created(ENTITY, reference.trim(), ProcurementDiff.fields(normalized));
        return repository.findById(id).orElseThrow();
    }

    /** Creates many drafts in one transaction: all of them or, on the first rejection, none. */
    @Transactional
    @Override
    public List<PlannedProcurement> createDrafts(List<NewProcurement> procurements) {
        return procurements.stream()
                .map(p -> createDraft(p.reference(), p.details()))
                .toList();
    }

    /** A new draft with the content of an existing entry, for the next similar purchase. */
    @Transactional
    @Override
    public PlannedProcurement duplicate(String reference, @Nullable String newReference) {
        PlannedProcurement source = require(reference);
        List<Violation> violations = new ArrayList<>(rules.checkReference(newReference));
        if (violations.isEmpty() && repository.referenceExists(newReference.trim())) {
            violations.add(new Violation("reference", "pipeline.error.reference.taken", newReference.trim()));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        long id = repository.insert(newReference.trim(), source.details(), clock.instant());
        audit.created(ENTITY, newReference.trim(), ProcurementDiff.fields(source.details()));
        return repository.findById(id).orElseThrow();
    }

    /**
     * The next free reference of this year with the organisation's prefix: {@code SK-2027-019} when
     * {@code SK-2027-018} is the highest, {@code SK-2027-001} in a year without entries. Only a suggestion: two
     * officers may get the same one, and {@link #createDraft} refuses the second.
     */
    @Transactional(readOnly = true)
    @Override
    public String nextReference(String prefix) {
        String stem = prefix.trim().toUpperCase() + "-"
                + clock.instant().atZone(clock.getZone()).getYear() + "-";
        int number = repository.highestNumber(stem) + 1;
        while (repository.referenceExists(stem + String.format("%03d", number))) {
            number++;
        }
        return stem + String.format("%03d", number);
    }

    /**
     * Changes the content. For a public entry the change is logged with the public {@code reason} and announced;
     * it is material when the expected date, value band, CPV codes or lots changed. A change that reaches the
     * subscribers (expected date, value, CPV codes, lots) needs a reason, so the public history always explains it.
     */
    @Transactional
    @Override
    public PlannedProcurement update(String reference, ProcurementDetails details, @Nullable String reason) {
        PlannedProcurement before = require(reference);
        ProcurementDetails normalized = normalize(details);
        List<Violation> violations = new ArrayList<>(rules.check(normalized, false));
        violations.addAll(buyingUnits.check(normalized.buyingUnitId()));
        List<FieldChange> changes = ProcurementDiff.between(before.details(), normalized);
        if (before.status().isPublic()
                && needsReason(changes, before.details(), normalized)
                && blankToNull(reason) == null) {
            violations.add(new Violation("reason", "pipeline.error.reason.requiredForChange"));
        } else {
            violations.addAll(checkReason(reason, false));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        if (changes.isEmpty()) {
            return before;
        }
        Instant now = clock.instant();
        repository.update(before.id(), normalized, now);
        audit.updated(
                ENTITY,
                before.reference(),
                ProcurementDiff.fields(before.details()),
                ProcurementDiff.fields(normalized));
        if (before.status().isPublic()) {
            boolean material = ProcurementDiff.isMaterial(changes, before.details(), normalized);
            Recorded after = recordChange(
                    before.id(), now, ProcurementChange.Kind.CHANGED, material, blankToNull(reason), changes);
            events.publishEvent(new ProcurementChanged(after.snapshot(), changes, material, blankToNull(reason)));
            return after.procurement();
        }
        return repository.findById(before.id()).orElseThrow();
    }

    /** Whether a change of a public entry reaches its subscribers, and so must carry a reason. */
    private static boolean needsReason(List<FieldChange> changes, ProcurementDetails before, ProcurementDetails after) {
        return ProcurementDiff.isMaterial(changes, before, after)
                || changes.stream().anyMatch(c -> REASON_FIELDS.contains(c.field()));
    }

    /**
     * What stands in the way of publishing each of these entries, by reference in the given order; empty lists when
     * every one of them can be published.
     */
    @Transactional(readOnly = true)
    @Override
    public java.util.Map<String, List<Violation>> publicationProblems(List<String> references) {
        java.util.Map<String, List<Violation>> problems = new java.util.LinkedHashMap<>();
        for (String reference : references) {
            Optional<PlannedProcurement> entry = find(reference);
            problems.put(
                    reference.trim(),
                    entry.isEmpty()
                            ? List.of(new Violation("reference", "pipeline.error.bulkPublish.unknown"))
                            : publicationProblems(entry.get()));
        }
        return problems;
    }

    /**
     * Publishes several drafts in one transaction, each exactly as {@link #publish} does (change log, event, alerts);
     * when any of them cannot be published, none is.
     */
    @Transactional
    @Override
    public List<PlannedProcurement> publishAll(List<String> references) {
        List<String> distinct = references.stream().map(String::trim).distinct().toList();
        java.util.Map<String, List<Violation>> problems = publicationProblems(distinct);
        problems.values().removeIf(List::isEmpty);
        if (distinct.isEmpty() || !problems.isEmpty()) {
            throw new PublicationsRejected(problems);
        }
        return distinct.stream().map(this::publish).toList();
    }

    private List<Violation> publicationProblems(PlannedProcurement entry) {
        if (entry.status() != ProcurementStatus.DRAFT) {
            return List.of(new Violation("status", "pipeline.error.status.alreadyPublished"));
        }
        return rules.check(entry.details(), true);
    }

    @Transactional
    @Override
    public PlannedProcurement publish(String reference) {
        PlannedProcurement draft = require(reference);
        List<Violation> violations = publicationProblems(draft);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        Instant now = clock.instant();
        repository.updateStatus(draft.id(), ProcurementStatus.PUBLISHED, null, null, now);
        audit.updated(
                ENTITY,
                draft.reference(),
                java.util.Map.of("status", draft.status()),
                java.util.Map.of("status", ProcurementStatus.PUBLISHED));
        Recorded published = recordChange(draft.id(), now, ProcurementChange.Kind.PUBLISHED, true, null, List.of());
        events.publishEvent(new ProcurementPublished(published.snapshot()));
        return published.procurement();
    }

    /**
     * Moves a published entry along its life cycle. Postponing and cancelling need a public reason; a published
     * tender needs the address of the tender notice.
     */
    @Transactional
    @Override
    public PlannedProcurement changeStatus(
            String reference, @Nullable ProcurementStatus status, @Nullable String reason, @Nullable String tenderUrl) {
        PlannedProcurement before = require(reference);
        if (status == null
                || !before.status().next().contains(status)
                || status == ProcurementStatus.PUBLISHED && before.status() == ProcurementStatus.DRAFT) {
            throw new Rejected(new Violation(
                    "status",
                    "pipeline.error.status.transition",
                    before.status().name(),
                    status == null ? "" : status.name()));
        }
        List<Violation> violations = new ArrayList<>(checkReason(reason, status.needsReason()));
        String url = blankToNull(tenderUrl);
        if (status == ProcurementStatus.TENDER_PUBLISHED
                && (url == null
                        || url.length() > 500
                        || !WEB_ADDRESS.matcher(url).matches())) {
            violations.add(new Violation("tenderUrl", "pipeline.error.tenderUrl"));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        String keptUrl = status == ProcurementStatus.TENDER_PUBLISHED ? url : before.tenderUrl();
        Instant now = clock.instant();
        repository.updateStatus(before.id(), status, blankToNull(reason), keptUrl, now);
        audit.updated(
                ENTITY,
                before.reference(),
                statusState(before.status(), before.statusReason(), before.tenderUrl()),
                statusState(status, blankToNull(reason), keptUrl));
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("status", before.status().name(), status.name()));
        if (!Objects.equals(before.tenderUrl(), keptUrl)) {
            changes.add(new FieldChange("tenderUrl", before.tenderUrl(), keptUrl));
        }
        Recorded after =
                recordChange(before.id(), now, ProcurementChange.Kind.STATUS, true, blankToNull(reason), changes);
        events.publishEvent(new ProcurementChanged(after.snapshot(), changes, true, blankToNull(reason)));
        return after.procurement();
    }

    @Transactional
    @Override
    public long restoreStatus(
            String reference,
            ProcurementStatus current,
            ProcurementStatus back,
            @Nullable String backReason,
            @Nullable String backTenderUrl,
            String reason) {
        PlannedProcurement before = require(reference);
        if (before.status() != current || !back.isPublic() || back == current) {
            throw new Rejected(new Violation(
                    "status",
                    "pipeline.error.status.transition",
                    before.status().name(),
                    back.name()));
        }
        List<Violation> violations = checkReason(reason, true);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        String keptReason = blankToNull(backReason);
        String keptUrl = blankToNull(backTenderUrl);
        Instant now = clock.instant();
        repository.updateStatus(before.id(), back, keptReason, keptUrl, now);
        audit.updated(
                ENTITY,
                before.reference(),
                statusState(before.status(), before.statusReason(), before.tenderUrl()),
                statusState(back, keptReason, keptUrl));
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("status", before.status().name(), back.name()));
        if (!Objects.equals(before.tenderUrl(), keptUrl)) {
            changes.add(new FieldChange("tenderUrl", before.tenderUrl(), keptUrl));
        }
        Recorded after = recordChange(before.id(), now, ProcurementChange.Kind.STATUS, true, reason.trim(), changes);
        // a plain status change even when the entry goes back to TENDER_PUBLISHED: the tender is not news again
        events.publishEvent(new ProcurementChanged(
                after.snapshot(),
                changes,
                java.util.EnumSet.of(ProcurementChanged.Kind.STATUS_CHANGED),
                true,
                reason.trim()));
        return after.snapshot().changeId();
    }

    @Transactional(readOnly = true)
    @Override
    public long latestStatusChange(String reference) {
        return statusChanges(reference).stream().reduce((a, b) -> b).orElseThrow();
    }

    @Transactional(readOnly = true)
    @Override
    public List<Long> statusChangesAfter(String reference, long changeId) {
        return statusChanges(reference).stream().filter(id -> id > changeId).toList();
    }

    private List<Long> statusChanges(String reference) {
        return history(reference).stream()
                .filter(c -> c.kind() != ProcurementChange.Kind.CHANGED)
                .map(ProcurementChange::id)
                .toList();
    }

    private record Recorded(PlannedProcurement procurement, ProcurementSnapshot snapshot) {}

    private Recorded recordChange(
            long id,
            Instant now,
            ProcurementChange.Kind kind,
            boolean material,
            String reason,
            List<FieldChange> changes) {
        if (kind == ProcurementChange.Kind.PUBLISHED) {
            repository.touchPublished(id, now);
        } else {
            repository.markChanged(id, now);
        }
        PlannedProcurement current = repository.findById(id).orElseThrow();
        long changeId = repository.insertChange(id, now, kind, material, reason, changes, current);
        return new Recorded(current, snapshot(current, changeId));
    }

    static ProcurementSnapshot snapshot(PlannedProcurement p, long changeId) {
        ProcurementDetails d = p.details();
        return new ProcurementSnapshot(
                changeId,
                p.reference(),
                d.title(),
                d.description(),
                d.cpvCodes(),
                p.buyingUnitCode(),
                p.buyingUnitName(),
                d.value().min(),
                d.value().max(),
                d.procedure(),
                p.status(),
                d.expectedPublication(),
                d.expectedPublication().from(),
                d.smeSuitable(),
                d.consortiaOpen(),
                d.lots().stream().map(Lot::title).toList(),
                p.tenderUrl(),
                p.version());
    }

    private PlannedProcurement require(String reference) {
        return find(reference).orElseThrow(() -> new ProcurementNotFound(reference));
    }

    /** CPV codes as 8 digits (a check digit is accepted and dropped); trimmed texts. */
    private static ProcurementDetails normalize(ProcurementDetails d) {
        List<String> cpv = d.cpvCodes().stream()
                .map(code -> CpvCode.tryParse(code).map(CpvCode::value).orElse(code == null ? "" : code.trim()))
                .collect(Collectors.toList());
        List<Lot> lots = d.lots().stream()
                .map(lot -> new Lot(
                        lot.number(),
                        lot.title() == null ? null : lot.title().trim(),
                        lot.cpvCode() == null || lot.cpvCode().isBlank()
                                ? null
                                : CpvCode.tryParse(lot.cpvCode())
                                        .map(CpvCode::value)
                                        .orElse(lot.cpvCode().trim()),
                        lot.valueDkk(),
                        lot.smeSuitable()))
                .toList();
        return new ProcurementDetails(
                trim(d.title()),
                trim(d.description()),
                d.buyingUnitId(),
                trim(d.contactName()),
                trim(d.contactEmail()),
                trim(d.contactPhone()),
                cpv,
                d.nutsCode() == null ? null : d.nutsCode().trim().toUpperCase(),
                d.contractType(),
                d.value(),
                d.procedure(),
                d.expectedPublication(),
                d.contractStart(),
                d.durationMonths(),
                trim(d.optionsDescription()),
                d.smeSuitable(),
                d.consortiaOpen(),
                d.innovationWanted(),
                d.marketDialoguePlanned(),
                d.sustainabilityClauses(),
                d.socialClauses(),
                lots);
    }

    private static List<Violation> checkReason(String reason, boolean required) {
        if (reason == null || reason.isBlank()) {
            return required ? List.of(new Violation("reason", "pipeline.error.reason.required")) : List.of();
        }
        return reason.length() > 500 ? List.of(new Violation("reason", "pipeline.error.tooLong", 500)) : List.of();
    }

    private static java.util.Map<String, Object> statusState(ProcurementStatus status, String reason, String url) {
        java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("status", status);
        state.put("statusReason", reason);
        state.put("tenderUrl", url);
        return state;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
