package dk.samspil.pipeline.internal.opendata;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChange;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.internal.opendata.OpenDataQueries.PublishedChange;
import dk.samspil.platform.DanishFormats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the OCDS release and record packages: one release per row of the change log (the publication and every
 * later change), each a full picture of the entry at that moment. The mapping of statuses and change kinds to
 * OCDS codes is described in docs/open-data.md.
 */
@Component
class OcdsPackages {

    static final String RELEASE_PACKAGE = "/api/ocds/release-package";
    static final String RECORD_PACKAGE = "/api/ocds/record-package";
    private static final Locale DANISH = DanishFormats.DANISH;
    /** RFC 3339 with seconds always written, as JSON Schema's date-time format needs. */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final OpenDataQueries queries;
    private final OrganisationService organisation;
    private final CpvCatalogue cpv;
    private final MessageSource messages;
    private final OpenDataLinks links;
    private final Clock clock;

    OcdsPackages(
            OpenDataQueries queries,
            OrganisationService organisation,
            CpvCatalogue cpv,
            MessageSource messages,
            OpenDataLinks links,
            Clock clock) {
        this.queries = queries;
        this.organisation = organisation;
        this.cpv = cpv;
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    Ocds.ReleasePackage releasePackage() {
        Municipality municipality = organisation.municipality().orElse(null);
        List<Ocds.Release> releases =
                queries.changes().stream().map(c -> release(c, municipality)).toList();
        return new Ocds.ReleasePackage(
                links.link(RELEASE_PACKAGE), Ocds.VERSION, Ocds.EXTENSIONS, now(), publisher(municipality), releases);
    }

    Ocds.RecordPackage recordPackage() {
        Municipality municipality = organisation.municipality().orElse(null);
        Map<String, List<Ocds.Release>> byOcid = new LinkedHashMap<>();
        for (PublishedChange change : queries.changes()) {
            Ocds.Release release = release(change, municipality);
            byOcid.computeIfAbsent(release.ocid(), k -> new ArrayList<>()).add(release);
        }
        String releasePackage = links.link(RELEASE_PACKAGE);
        List<Ocds.Record> records = byOcid.entrySet().stream()
                .map(e -> {
                    List<Ocds.Release> releases = e.getValue();
                    Ocds.Release latest = releases.get(releases.size() - 1);
                    return new Ocds.Record(
                            e.getKey(),
                            releases.stream()
                                    .map(r -> new Ocds.LinkedRelease(releasePackage + "#" + r.id(), r.date(), r.tag()))
                                    .toList(),
                            latest.compiled(e.getKey() + "-compiled"));
                })
                .toList();
        return new Ocds.RecordPackage(
                links.link(RECORD_PACKAGE),
                Ocds.VERSION,
                Ocds.EXTENSIONS,
                now(),
                publisher(municipality),
                List.of(releasePackage),
                records);
    }

    private Ocds.Release release(PublishedChange change, Municipality municipality) {
        PlannedProcurement p = change.snapshot();
        ProcurementDetails d = p.details();
        String ocid = OpenDataLinks.ocidPrefix(municipality) + "-" + p.reference();
        Ocds.Party buyer = buyer(municipality, d);
        Ocds.OrganizationReference buyerReference = new Ocds.OrganizationReference(buyer.id(), buyer.name());
        return new Ocds.Release(
                ocid,
                ocid + "-" + change.id(),
                dateTime(change.changedAt()),
                List.of(tag(change)),
                "tender",
                "da",
                List.of(buyer),
                buyerReference,
                planning(d.value()),
                tender(p, buyerReference));
    }

    /**
     * The release tag: the publication is {@code planning}; the release that announces the published tender is
     * {@code tender}; once the tender is out, a cancellation is {@code tenderCancellation} and any other change
     * {@code tenderUpdate}; before that every change is {@code planningUpdate}.
     */
    static String tag(PublishedChange change) {
        if (change.kind() == ProcurementChange.Kind.PUBLISHED) {
            return "planning";
        }
        PlannedProcurement p = change.snapshot();
        boolean tenderJustPublished = change.changes().stream()
                .anyMatch(c -> c.field().equals("status")
                        && ProcurementStatus.TENDER_PUBLISHED.name().equals(c.to()));
        if (tenderJustPublished) {
            return "tender";
        }
        boolean tenderOut = p.tenderUrl() != null;
        if (!tenderOut) {
            return "planningUpdate";
        }
        return p.status() == ProcurementStatus.CANCELLED ? "tenderCancellation" : "tenderUpdate";
    }

    /** OCDS tenderStatus: expected entries are {@code planned}, whatever their place before the tender. */
    static String tenderStatus(ProcurementStatus status) {
        return switch (status) {
            case DRAFT, PUBLISHED, MARKET_DIALOGUE, POSTPONED -> "planned";
            case TENDER_PUBLISHED -> "active";
            case AWARDED -> "complete";
            case CANCELLED -> "cancelled";
        };
    }

    /**
     * OCDS procurementMethod (a closed codelist); joint agreements are left without one, because the joint
     * purchasing body chooses the method.
     */
    static String procurementMethod(ProcurementProcedure procedure) {
        return switch (procedure) {
            case EU_TENDER, NATIONAL, ADVERTISED_BELOW_THRESHOLD -> "open";
            case FRAMEWORK_CALL_OFF -> "selective";
            case NOT_ADVERTISED -> "limited";
            case JOINT_AGREEMENT -> null;
        };
    }

    static String mainProcurementCategory(ContractType type) {
        return switch (type) {
            case WORKS -> "works";
            case SUPPLIES -> "goods";
            case SERVICES, SOCIAL_SERVICES -> "services";
        };
    }

    private Ocds.Tender tender(PlannedProcurement p, Ocds.OrganizationReference buyer) {
        ProcurementDetails d = p.details();
        List<Ocds.Item> items = new ArrayList<>();
        List<String> codes = d.cpvCodes();
        items.add(new Ocds.Item(
                "1",
                d.title(),
                classification(codes.get(0)),
                codes.subList(1, codes.size()).stream()
                        .map(this::classification)
                        .toList(),
                null));
        List<Ocds.Lot> lots = new ArrayList<>();
        for (Lot lot : d.lots()) {
            String lotId = "lot-" + lot.number();
            lots.add(new Ocds.Lot(lotId, lot.title(), Ocds.Value.dkk(lot.valueDkk())));
            if (lot.cpvCode() != null) {
                items.add(new Ocds.Item(lotId + "-1", lot.title(), classification(lot.cpvCode()), List.of(), lotId));
            }
        }
        List<Ocds.Document> documents = new ArrayList<>();
        documents.add(new Ocds.Document(
                "detail-page",
                "plannedProcurementNotice",
                messages.getMessage("pipeline.opendata.detailPage", new Object[] {d.title()}, DANISH),
                links.detailPage(p.reference()),
                "da"));
        if (p.tenderUrl() != null) {
            documents.add(new Ocds.Document(
                    "tender-notice",
                    "tenderNotice",
                    messages.getMessage("pipeline.opendata.tenderNotice", null, DANISH),
                    p.tenderUrl(),
                    "da"));
        }
        LocalDate start = d.contractStart();
        Ocds.Period contractPeriod = start == null
                ? null
                : new Ocds.Period(
                        startOfDay(start),
                        d.durationMonths() == null
                                ? null
                                : endOfDay(start.plusMonths(d.durationMonths()).minusDays(1)));
        return new Ocds.Tender(
                p.reference(),
                d.title(),
                d.description(),
                tenderStatus(p.status()),
                buyer,
                Ocds.Value.dkk(d.value().max()),
                procurementMethod(d.procedure()),
                messages.getMessage("pipeline.procedure." + d.procedure().name(), null, DANISH),
                mainProcurementCategory(d.contractType()),
                items,
                lots,
                new Ocds.Period(startOfDay(d.expectedPublication().from()), null),
                contractPeriod,
                documents);
    }

    private Ocds.Planning planning(EstimatedValue value) {
        if (!value.known()) {
            return null;
        }
        String description = value.kind() == EstimatedValue.Kind.EXACT
                ? messages.getMessage("pipeline.opendata.budget.exact", new Object[] {value.min()}, DANISH)
                : messages.getMessage(
                        "pipeline.opendata.budget.range", new Object[] {value.min(), value.max()}, DANISH);
        return new Ocds.Planning(new Ocds.Budget(description, Ocds.Value.dkk(value.max())));
    }

    private Ocds.Classification classification(String code) {
        String label = CpvCode.tryParse(code).flatMap(c -> cpv.label(c, DANISH)).orElse(null);
        return new Ocds.Classification("CPV", code, label);
    }

    private Ocds.Party buyer(Municipality municipality, ProcurementDetails d) {
        String name = municipalityName(municipality);
        String cvr = municipality == null ? null : municipality.cvr();
        Ocds.Identifier identifier = cvr == null ? null : new Ocds.Identifier("DK-CVR", cvr, name);
        Ocds.Address address = municipality == null
                ? null
                : new Ocds.Address(municipality.address(), municipality.city(), municipality.postalCode(), "Danmark");
        Ocds.ContactPoint contact = new Ocds.ContactPoint(
                d.contactName(),
                d.contactEmail() != null ? d.contactEmail() : municipality == null ? null : municipality.contactEmail(),
                d.contactPhone() != null ? d.contactPhone() : municipality == null ? null : municipality.contactPhone(),
                municipality == null ? null : municipality.website());
        return new Ocds.Party(
                cvr == null ? "buyer" : "DK-CVR-" + cvr,
                name,
                identifier,
                address,
                contact,
                List.of("buyer", "procuringEntity"));
    }

    private Ocds.Publisher publisher(Municipality municipality) {
        String cvr = municipality == null ? null : municipality.cvr();
        return new Ocds.Publisher(
                municipalityName(municipality),
                cvr == null ? null : "DK-CVR",
                cvr,
                municipality == null ? null : municipality.website());
    }

    private String municipalityName(Municipality municipality) {
        return municipality != null
                ? municipality.name()
                : messages.getMessage("pipeline.opendata.municipality.unknown", null, DANISH);
    }

    private String now() {
        return dateTime(clock.instant());
    }

    static String dateTime(Instant instant) {
        return RFC_3339.format(OffsetDateTime.ofInstant(instant, DanishFormats.ZONE));
    }

    private static String startOfDay(LocalDate date) {
        return RFC_3339.format(date.atStartOfDay(DanishFormats.ZONE));
    }

    private static String endOfDay(LocalDate date) {
        return RFC_3339.format(date.atTime(23, 59, 59).atZone(DanishFormats.ZONE));
    }
}
