package dk.samspil.organisation.internal;

import dk.samspil.organisation.BusinessCentre;
import dk.samspil.organisation.Municipality;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code samspil.demo.enabled=true}, fills in Slagelse Kommune from {@code demo/organisation.json} when no
 * municipality is configured yet, and the demo's buying units and business centre where they are missing.
 * <p>
 * Demo values that are placeholders, not facts: the OCDS prefix {@code ocds-sl4g3k} (a real one is registered with
 * the Open Contracting Partnership) and the business centre's CVR number, which only passes the modulus-11 check.
 */
@Component
@ConditionalOnBooleanProperty("samspil.demo.enabled")
class OrganisationDemoData implements ApplicationRunner {

    static final String RESOURCE = "demo/organisation.json";

    private static final Logger log = LoggerFactory.getLogger(OrganisationDemoData.class);

    record Data(
            Municipality municipality,
            List<OrganisationAdministration.UnitData> buyingUnits,
            BusinessCentre businessCentre) {}

    private final OrganisationAdministration administration;
    private final JsonMapper json;

    OrganisationDemoData(OrganisationAdministration administration, JsonMapper json) {
        this.administration = administration;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        Data data = read();
        if (administration.initialise(data.municipality(), data.buyingUnits(), data.businessCentre())) {
            log.info(
                    "Demo data: {} with {} buying units",
                    data.municipality().name(),
                    data.buyingUnits().size());
        }
    }

    private Data read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, Data.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
