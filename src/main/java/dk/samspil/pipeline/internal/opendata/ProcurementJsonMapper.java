package dk.samspil.pipeline.internal.opendata;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.platform.DanishFormats;
import org.springframework.stereotype.Component;

/** Turns planned procurements into their JSON API form. */
@Component
class ProcurementJsonMapper {

    private final CpvCatalogue cpv;
    private final OrganisationService organisation;
    private final OpenDataLinks links;

    ProcurementJsonMapper(CpvCatalogue cpv, OrganisationService organisation, OpenDataLinks links) {
        this.cpv = cpv;
        this.organisation = organisation;
        this.links = links;
    }

    ProcurementJson json(PlannedProcurement p) {
        return json(p, organisation.municipality().map(Municipality::nutsCode).orElse(null));
    }

    /** @param defaultNuts the municipality's NUTS code: the place of performance when the entry names none */
    ProcurementJson json(PlannedProcurement p, String defaultNuts) {
        ProcurementDetails d = p.details();
        return new ProcurementJson(
                p.reference(),
                d.title(),
                d.description(),
                p.buyingUnitCode() == null && p.buyingUnitName() == null
                        ? null
                        : new ProcurementJson.BuyingUnitJson(p.buyingUnitCode(), p.buyingUnitName()),
                new ProcurementJson.ContactJson(d.contactName(), d.contactEmail(), d.contactPhone()),
                d.cpvCodes().stream()
                        .map(code -> new ProcurementJson.CpvJson(
                                code,
                                CpvCode.tryParse(code)
                                        .flatMap(c -> cpv.label(c, DanishFormats.DANISH))
                                        .orElse(null)))
                        .toList(),
                d.nutsCode() != null ? d.nutsCode() : defaultNuts,
                d.contractType().name(),
                new ProcurementJson.ValueJson(
                        d.value().kind().name(), d.value().min(), d.value().max()),
                p.aboveEuThreshold(),
                d.procedure().name(),
                d.expectedPublication().code(),
                d.contractStart(),
                d.durationMonths(),
                d.optionsDescription(),
                d.lots().stream()
                        .map(l -> new ProcurementJson.LotJson(
                                l.number(), l.title(), l.cpvCode(), l.valueDkk(), l.smeSuitable()))
                        .toList(),
                new ProcurementJson.FlagsJson(
                        d.smeSuitable(),
                        d.consortiaOpen(),
                        d.innovationWanted(),
                        d.marketDialoguePlanned(),
                        d.sustainabilityClauses(),
                        d.socialClauses()),
                p.status().name(),
                p.statusReason(),
                p.tenderUrl(),
                p.version(),
                p.publishedAt(),
                p.lastChangedAt(),
                links.detailPage(p.reference()));
    }
}
