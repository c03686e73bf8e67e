package dk.samspil.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.organisation.Municipality;
import dk.samspil.organisation.OrganisationService;
import dk.samspil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Every page's header reads the municipality at most once per {@code samspil.organisation.layout-cache-ttl}; a change
 * saved through the administration on this instance shows at once, one made elsewhere (here: straight in the
 * database, as another instance would) only when the time has passed.
 */
@TestPropertySource(properties = "samspil.organisation.layout-cache-ttl=1h")
class LayoutMunicipalityTest extends IntegrationTest {

    @Autowired
    LayoutMunicipality layout;

    @Autowired
    OrganisationAdministration administration;

    @Autowired
    OrganisationService organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSavedChangeShowsAtOnceAndAnotherInstancesChangeWaitsForTheTimeToLive() {
        Municipality current = organisation.municipality().orElseThrow();
        Municipality renamed = withName(current, "Layout Kommune");
        try {
            administration.saveMunicipality(renamed);
            assertThat(layout.get()).map(Municipality::name).contains("Layout Kommune");

            jdbc.sql("UPDATE municipality SET name = 'Anden Instans Kommune' WHERE id = 1")
                    .update();
            assertThat(layout.get())
                    .as("kept for the time to live")
                    .map(Municipality::name)
                    .contains("Layout Kommune");
        } finally {
            administration.saveMunicipality(current);
        }
        assertThat(layout.get()).map(Municipality::name).contains(current.name());
    }

    private static Municipality withName(Municipality m, String name) {
        return new Municipality(
                name,
                m.municipalityCode(),
                m.cvr(),
                m.address(),
                m.postalCode(),
                m.city(),
                m.nutsCode(),
                m.logoUrl(),
                m.ocidPrefix(),
                m.contactEmail(),
                m.contactPhone(),
                m.website(),
                m.referencePrefix());
    }
}
