package dk.samspil.pipeline.internal.opendata;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "OCDS", description = "Open Contracting Data Standard 1.1: the plan as releases and records")
class OcdsController {

    private final OcdsPackages packages;

    OcdsController(OcdsPackages packages) {
        this.packages = packages;
    }

    @Operation(summary = "Release package: one release per publication and per change of a public entry")
    @GetMapping(path = OcdsPackages.RELEASE_PACKAGE, produces = MediaType.APPLICATION_JSON_VALUE)
    Ocds.ReleasePackage releasePackage() {
        return packages.releasePackage();
    }

    @Operation(summary = "Record package: one record per ocid with its releases and the compiled release")
    @GetMapping(path = OcdsPackages.RECORD_PACKAGE, produces = MediaType.APPLICATION_JSON_VALUE)
    Ocds.RecordPackage recordPackage() {
        return packages.recordPackage();
    }
}
