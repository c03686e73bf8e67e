package dk.samspil.tendernews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public tender page: the municipality's notices and those of buyers an administrator added, found by Danish
 * words (stemmed and folded, as the pipeline's search does) or a CPV code, each leading to its pipeline entry.
 */
@AutoConfigureMockMvc
class PublicNoticesTest extends IntegrationTest {

    private static final String TITLE =
            "Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NoticeImporter importer;

    @Autowired
    NoticeLinks links;

    @Autowired
    ProcurementService procurements;

    private String cvr;

    @BeforeEach
    void municipalityWithCvr() {
        jdbc.sql("INSERT INTO municipality (id, name) VALUES (1, 'Testkommune') ON CONFLICT (id) DO NOTHING")
                .update();
        cvr = jdbc.sql("SELECT cvr FROM municipality WHERE id = 1")
                .query(String.class)
                .optional()
                .orElse(null);
        if (cvr == null) {
            cvr = "29189919";
            jdbc.sql("UPDATE municipality SET cvr = :cvr WHERE id = 1")
                    .param("cvr", cvr)
                    .update();
        }
    }

    private ImportOutcome notice(String buyer, String title) {
        String text = new String(
                NoticeLinkTest.contract(
                        UUID.randomUUID().toString(), UUID.randomUUID().toString()),
                StandardCharsets.UTF_8);
        return importer.importNotice(
                text.replace("<cbc:CompanyID>EU-PO</cbc:CompanyID>", "<cbc:CompanyID>" + buyer + "</cbc:CompanyID>")
                        .replace(TITLE, title)
                        .getBytes(StandardCharsets.UTF_8),
                NoticeSource.FEED);
    }

    private String publicPage(String query) throws Exception {
        return mvc.perform(get("/udbud").param("q", query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theMunicipalitysNoticesAndAddedBuyersAreFoundByDanishWordsAndLeadToTheirEntry() throws Exception {
        String word = PublicEntries.uniqueWord();
        String own = "Rengøring af rådhuse " + word;
        String neighbour = "Rengøring af skoler " + word;
        String neighbourCvr = String.valueOf(10_000_000 + new java.util.Random().nextInt(89_999_999));
        ImportOutcome ownNotice = notice("DK" + cvr, own);
        notice(neighbourCvr, neighbour);
        String reference = PublicEntries.uniqueReference("PU");
        procurements.createDraft(
                reference,
                PublicEntries.simple(
                        "Rengøring " + word, "90910000", ExpectedPeriod.ofQuarter(PublicEntries.nextYear(), 2)));
        procurements.publish(reference);
        links.linkByHand(ownNotice.rowId(), reference);

        String found = publicPage("rengoering " + word);
        assertThat(found).contains(own).doesNotContain(neighbour).contains("/kommende-indkob/" + reference);
        assertThat(publicPage("rådhus " + word)).contains(own);
        assertThat(publicPage("skolerne " + word)).contains("id=\"no-notices\"");

        mvc.perform(post("/intern/udbud/koebere")
                        .param("orgNumber", "ikke et nummer")
                        .param("name", "Nabokommune")
                        .with(user("admin@kommune.dk").roles(Roles.ADMIN))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/intern/udbud/koebere")
                        .param("orgNumber", "DK " + neighbourCvr)
                        .param("name", "Nabokommune " + word)
                        .with(user("admin@kommune.dk").roles(Roles.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(publicPage("rengøring " + word)).contains(own).contains(neighbour);
        assertThat(publicPage("skolerne " + word)).contains(neighbour).doesNotContain(own);
        assertThat(publicPage("7223")).contains(own);

        mvc.perform(post("/intern/udbud/koebere/" + neighbourCvr + "/fjern")
                        .with(user("admin@kommune.dk").roles(Roles.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(publicPage("rengøring " + word)).doesNotContain(neighbour);
    }
}
