package dk.samspil.organisation.internal;

import dk.samspil.organisation.Municipality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the municipality for the layout's header and footer; {@code null} until it is configured. */
@ControllerAdvice
class MunicipalityModelAdvice {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityModelAdvice.class);

    private final LayoutMunicipality municipality;

    MunicipalityModelAdvice(LayoutMunicipality municipality) {
        this.municipality = municipality;
    }

    @ModelAttribute("municipality")
    Municipality municipality() {
        try {
            return municipality.get().orElse(null);
        } catch (DataAccessException e) {
            // The error page must still render when the database is down; the layout then shows the app name.
            log.warn("Could not read the municipality for the layout: {}", e.getMessage());
            return null;
        }
    }
}
