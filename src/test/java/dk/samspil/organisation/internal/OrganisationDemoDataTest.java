package dk.samspil.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.organisation.OrganisationService;
import dk.samspil.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Runs the demo loader against an unconfigured organisation inside a transaction that is rolled back. */
class OrganisationDemoDataTest extends IntegrationTest {

    @Autowired
    OrganisationAdministration administration;

    @Autowired
    OrganisationService organisation;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void fillsInSlagelseOnceAndLeavesAConfiguredMunicipalityAlone() {
        OrganisationDemoData demo = new OrganisationDemoData(administration, json);
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("DELETE FROM municipality").update();
            jdbc.sql("DELETE FROM business_centre").update();

            demo.run(new DefaultApplicationArguments());
            long units = count("buying_unit");
            long audits = count("audit_entry");
            demo.run(new DefaultApplicationArguments());

            assertThat(count("municipality")).isEqualTo(1);
            assertThat(count("business_centre")).isEqualTo(1);
            assertThat(count("buying_unit")).isEqualTo(units);
            assertThat(count("audit_entry"))
                    .as("the second run changes nothing")
                    .isEqualTo(audits);
            assertThat(organisation.municipality()).hasValueSatisfying(m -> {
                assertThat(m.name()).isEqualTo("Slagelse Kommune");
                assertThat(m.cvr()).isEqualTo("29188548");
                assertThat(m.nutsCode()).isEqualTo("DK022");
            });
            assertThat(organisation.buyingUnit("cae"))
                    .hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Center for Ældre"));
            assertThat(organisation.buyingUnit("Madservice Slagelse")).isPresent();
            assertThat(organisation.businessCentre())
                    .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Slagelse Erhvervscenter A/S"));
        });
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
