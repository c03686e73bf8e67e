package dk.samspil.pipeline.internal.opendata;

import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.platform.Rejected;
import dk.samspil.platform.Violation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The staff side of the JSON API (bearer API token of a PROCUREMENT or ADMIN user): drafts, edits, life cycle. */
@RestController
@RequestMapping(path = "/api/v1/procurements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Procurements (staff)", description = "Create, edit, publish and move entries; needs an API token")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class StaffApiController {

    /** The service's names of fields the API names differently. */
    private static final Map<String, String> SERVICE_FIELDS =
            Map.of("expectedTenderPublication", "expectedPublication", "estimatedValueDkk", "value");

    private final ProcurementService service;
    private final ProcurementRequests requests;
    private final ProcurementJsonMapper json;

    StaffApiController(ProcurementService service, ProcurementRequests requests, ProcurementJsonMapper json) {
        this.service = service;
        this.requests = requests;
        this.json = json;
    }

    @Operation(summary = "Create a draft")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProcurementJson> create(@RequestBody ProcurementRequest request) {
        ProcurementRequests.Read read = requests.read(request);
        List<Violation> violations = new ArrayList<>(read.violations());
        // a field that could not be read is reported once, not again as "required" by the service
        Set<String> unreadable = read.violations().stream()
                .map(v -> SERVICE_FIELDS.getOrDefault(v.field(), v.field()))
                .collect(Collectors.toSet());
        service.validateNew(request.reference() == null ? "" : request.reference(), read.details()).stream()
                .filter(v -> !unreadable.contains(v.field()))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        PlannedProcurement created = service.createDraft(request.reference(), read.details());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{reference}")
                .buildAndExpand(created.reference())
                .toUri();
        return ResponseEntity.created(location).body(json.json(created));
    }

    @Operation(summary = "Replace the content of an entry; a published entry logs the change with the public reason")
    @PutMapping(path = "/{reference}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProcurementJson update(@PathVariable String reference, @RequestBody ProcurementRequest request) {
        ProcurementRequests.Read read = requests.read(request);
        List<Violation> violations = new ArrayList<>(read.violations());
        if (request.reference() != null
                && !request.reference().isBlank()
                && !request.reference().trim().equalsIgnoreCase(reference.trim())) {
            violations.add(new Violation("reference", "pipeline.api.error.reference.mismatch", reference));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        return json.json(service.update(reference, read.details(), request.reason()));
    }

    @Operation(summary = "Publish a draft")
    @PostMapping("/{reference}/publish")
    ProcurementJson publish(@PathVariable String reference) {
        return json.json(service.publish(reference));
    }

    @Operation(
            summary = "Move a published entry along its life cycle (POSTPONED and CANCELLED need a reason, "
                    + "TENDER_PUBLISHED a tenderUrl)")
    @PostMapping(path = "/{reference}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProcurementJson status(@PathVariable String reference, @RequestBody ProcurementRequest.StatusRequest request) {
        List<Violation> violations = new ArrayList<>();
        ProcurementStatus status = ProcurementRequests.constant(
                ProcurementStatus.class, request.status(), "status", "pipeline.api.error.status", violations);
        if (status == null && violations.isEmpty()) {
            violations.add(new Violation("status", "pipeline.api.error.status", ""));
        }
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
        return json.json(service.changeStatus(reference, status, request.reason(), request.tenderUrl()));
    }
}
