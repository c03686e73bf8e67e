package dk.samspil.companies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A company's search terms: its facts' words with their folded stems and compound parts, kept with its tags when they
 * change, and worked out at start-up for companies from before the terms existed.
 */
class CompanySearchTermsTest extends IntegrationTest {

    @Autowired
    CompanyService companies;

    @Autowired
    CompanySearch search;

    @Autowired
    JdbcClient jdbc;

    private List<String> terms(String cvr) {
        String[] terms = jdbc.sql("SELECT coalesce(search_terms, '{}') FROM company WHERE cvr = :cvr")
                .param("cvr", cvr)
                .query((rs, n) -> (String[]) rs.getArray(1).getArray())
                .single();
        return Arrays.asList(terms);
    }

    @Test
    void termsHoldFoldedStemsAndCompoundPartsAndAreFilledInForOldCompanies() {
        String cvr = CvrNumbers.random();
        Company company = companies.create(new CompanyData(
                cvr, "Tømrerfirmaet Høj & Søn ApS", null, null, null, null, null, "Tagdækning og tagrenovering", null));
        assertThat(terms(cvr)).contains("toemrerfirmaet", "hoej", "tagdaekning", "tagrenovering", "renovering");

        search.setTags(company, "Grøn omstilling");
        assertThat(terms(cvr)).contains("groen", "omstilling", "tagrenovering");

        jdbc.sql("UPDATE company SET search_terms = NULL WHERE cvr = :cvr")
                .param("cvr", cvr)
                .update();
        assertThat(jdbc.sql("SELECT search_terms IS NULL FROM company WHERE cvr = :cvr")
                        .param("cvr", cvr)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        search.backfill();
        assertThat(terms(cvr)).as("worked out again, tags included").contains("hoej", "groen", "tagrenovering");
    }
}
