package dk.samspil.companies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finding companies: Danish full-text search with the shared text analysis (inflections, compound parts, æ/ø/å
 * folded) over names, secondary names, industry text, tags and notes' titles; the filters; saved segments through the
 * page and {@link CompanySegments}; CSV and XLSX exports with their content, audited.
 */
@AutoConfigureMockMvc
class CompanySearchTest extends IntegrationTest {

    private static final RequestPostProcessor CONSULTANT =
            user("soeg-konsulent@sec.dk").roles("CONSULTANT");
    private static final RequestPostProcessor CASEWORKER =
            user("soeg-sagsbehandler@slagelse.dk").roles("CASEWORKER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CompanySegments segments;

    /** A made-up word no other test's company has, so the searches here see only this test's companies. */
    private static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private String company(
            String name, String industryCode, String industryText, String municipality, String postalCode)
            throws Exception {
        String cvr = CvrNumbers.random();
        mvc.perform(post("/intern/virksomheder/ny")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("cvr", cvr)
                        .param("name", name)
                        .param("address", "Jernbanegade 12")
                        .param("postalCode", postalCode)
                        .param("city", "Slagelse")
                        .param("municipalityCode", municipality)
                        .param("industryCode", industryCode)
                        .param("industryText", industryText))
                .andExpect(status().is3xxRedirection());
        return cvr;
    }

    private String search(String q) throws Exception {
        return mvc.perform(get("/intern/virksomheder").param("q", q).with(CONSULTANT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void danishSearchFindsInflectedFormsCompoundPartsAndFoldedLettersInNamesIndustryTagsAndNoteTitles()
            throws Exception {
        String word = uniqueWord();
        String cvr = company(word + " Vinduesrengøring ApS", "812200", "Rådgivning om bygninger", "330", "4200");
        String link = "/intern/virksomheder/" + cvr;

        assertThat(search(word)).contains(link);
        assertThat(search(word + " rengøring")).as("a compound's last part").contains(link);
        assertThat(search(word.toUpperCase() + " RENGOERING"))
                .as("æ/ø/å folded, any case")
                .contains(link);
        assertThat(search(word + " vinduer"))
                .as("another inflection of the first part")
                .contains(link);
        assertThat(search(word + " bygningerne"))
                .as("an inflection of the industry text")
                .contains(link);
        assertThat(search(word + " raadgivning")).as("å written aa").contains(link);
        assertThat(search(word + " maskiner")).as("every word must be found").doesNotContain(link);

        mvc.perform(post(link + "/tags")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("tags", " Grøn  Omstilling, eksport,EKSPORT "))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT array_to_string(tags, '|') FROM company WHERE cvr = :cvr")
                        .param("cvr", cvr)
                        .query(String.class)
                        .single())
                .as("tags normalised, once each")
                .isEqualTo("grøn omstilling|eksport");
        assertThat(search(word + " eksporten")).as("a tag's word").contains(link);
        mvc.perform(get("/intern/virksomheder")
                        .param("tags", "grøn omstilling")
                        .param("q", word)
                        .with(CONSULTANT))
                .andExpect(content().string(containsString(link)));

        mvc.perform(post(link + "/besoeg")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("visitDate", LocalDate.now().toString())
                        .param("title", "Drøftelse af solceller på taget")
                        .param("notes", "Gode muligheder.")
                        .param("sharedWith", "SEC"))
                .andExpect(status().is3xxRedirection());
        assertThat(search(word + " solcellerne")).as("a note's title").contains(link);
        assertThat(search(word + " muligheder")).as("not the note's text").doesNotContain(link);
    }

    @Test
    void theFiltersNarrowByIndustrySizeAreaTagsVisitsAndInterestInACpvArea() throws Exception {
        String word = uniqueWord();
        String builder = company(word + " Byg ApS", "412000", "Opførelse af bygninger", "330", "4200");
        String cleaner = company(word + " Rent ApS", "812100", "Rengøring", "360", "4800");
        jdbc.sql("UPDATE company SET employee_band = 'ANTAL_10_19' WHERE cvr = :cvr")
                .param("cvr", builder)
                .update();
        jdbc.sql("UPDATE company SET employee_band = 'ANTAL_2_4' WHERE cvr = :cvr")
                .param("cvr", cleaner)
                .update();

        assertThat(list("q", word)).contains(builder, cleaner);
        assertThat(list("q", word, "industry", "41")).contains(builder).doesNotContain(cleaner);
        assertThat(list("q", word, "employeeBand", "ANTAL_2_4"))
                .contains(cleaner)
                .doesNotContain(builder);
        assertThat(list("q", word, "municipalityCode", "360")).contains(cleaner).doesNotContain(builder);
        assertThat(list("q", word, "postalCode", "4200")).contains(builder).doesNotContain(cleaner);

        mvc.perform(post("/intern/virksomheder/" + cleaner + "/tags")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("tags", "klynge"))
                .andExpect(status().is3xxRedirection());
        assertThat(list("q", word, "tags", "Klynge")).contains(cleaner).doesNotContain(builder);

        mvc.perform(post("/intern/virksomheder/" + builder + "/besoeg")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("visitDate", LocalDate.now().minusMonths(2).toString())
                        .param("title", "Besøg")
                        .param("notes", "Om lærlinge.")
                        .param("sharedWith", "SEC"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/intern/virksomheder/" + cleaner + "/besoeg")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("visitDate", LocalDate.now().minusMonths(14).toString())
                        .param("title", "Besøg")
                        .param("notes", "Om rengøring.")
                        .param("sharedWith", "ALL"))
                .andExpect(status().is3xxRedirection());
        assertThat(list("q", word, "visitedMonths", "6")).contains(builder).doesNotContain(cleaner);
        assertThat(list("q", word, "visitedMonths", "24")).contains(builder, cleaner);
        String caseworkerView = mvc.perform(get("/intern/virksomheder")
                        .param("q", word)
                        .param("visitedMonths", "24")
                        .with(CASEWORKER))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(caseworkerView)
                .as("a visit the case worker may not read does not count for them")
                .contains(cleaner)
                .doesNotContain(builder);

        long subscriber = jdbc.sql("""
                        INSERT INTO alert_subscriber (email, name, company_cvr, created_at)
                        VALUES (:email, 'Byg', :cvr, now()) RETURNING id""")
                .param("email", "byg-" + builder + "@example.dk")
                .param("cvr", builder)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, cpv_codes, notify_on, frequency, status,
                                                        created_at, confirmed_at)
                        VALUES (:subscriber, 'CRITERIA', '{45261210}', '{NEW_ENTRY}', 'DAILY', 'ACTIVE', now(), now())""").param("subscriber", subscriber).update();
        assertThat(list("q", word, "cpv", "45000000"))
                .as("an alert inside the area")
                .contains(builder)
                .doesNotContain(cleaner);
        assertThat(list("q", word, "cpv", "45261210-0"))
                .as("an alert on the very code")
                .contains(builder);
        assertThat(list("q", word, "cpv", "90900000")).doesNotContain(builder, cleaner);
    }

    @Test
    void badFiltersAreRefusedInDanish() throws Exception {
        mvc.perform(get("/intern/virksomheder").param("industry", "4x").with(CONSULTANT))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv begyndelsen af branchekoden med 1 til 6 cifre")));
        mvc.perform(get("/intern/virksomheder").param("visitedMonths", "0").with(CONSULTANT))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv et helt antal måneder fra 1 til 120.")));
        mvc.perform(get("/intern/virksomheder").param("visitedMonths", "seks").with(CONSULTANT))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv et helt antal måneder fra 1 til 120.")));
        mvc.perform(get("/intern/virksomheder")
                        .param("cpv", "4500")
                        .param("municipalityCode", "33")
                        .with(CONSULTANT))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv kommunekoden med 3 cifre")));
    }

    @Test
    void aSavedSegmentFollowsTheRegisterAndIsExportedAsCsvAndXlsxWithAnAuditEntry() throws Exception {
        String word = uniqueWord();
        String first = company(word + " Smedje ApS", "251100", "Fremstilling af metalkonstruktioner", "330", "4200");
        String name = "Smedjer " + word;

        mvc.perform(post("/intern/virksomheder/segmenter")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("name", " ")
                        .param("q", word))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv et navn til segmentet.")));
        mvc.perform(post("/intern/virksomheder/segmenter")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("name", name))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Afgræns listen med en søgning eller et filter")));
        mvc.perform(post("/intern/virksomheder/segmenter")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("name", name)
                        .param("q", word)
                        .param("industry", "25"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/intern/virksomheder/segmenter"));
        mvc.perform(post("/intern/virksomheder/segmenter")
                        .with(csrf())
                        .with(CONSULTANT)
                        .param("name", name.toUpperCase())
                        .param("q", word))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Der er allerede et segment med det navn.")));
        mvc.perform(post("/intern/virksomheder/segmenter")
                        .with(csrf())
                        .with(CASEWORKER)
                        .param("name", "x")
                        .param("q", word))
                .andExpect(status().isForbidden());

        CompanySegments.Segment segment = segments.all().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(segment.companies()).isEqualTo(1);
        assertThat(segments.cvrs(segment.id())).containsExactly(first);
        assertThat(segments.find(UUID.randomUUID())).isEmpty();
        assertThat(segments.cvrs(UUID.randomUUID())).isEmpty();

        String second = company(word + " Maskinsmedje A/S", "256200", "Maskinforarbejdning", "330", "4200");
        assertThat(segments.cvrs(segment.id()))
                .as("the segment follows the register")
                .containsExactlyInAnyOrder(first, second);
        assertThat(segments.find(segment.id()).orElseThrow().companies()).isEqualTo(2);

        mvc.perform(get("/intern/virksomheder/segmenter").with(CONSULTANT))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content()
                        .string(containsString(
                                "/intern/virksomheder/segmenter/" + segment.id() + "/eksport?format=CSV")));
        mvc.perform(get("/intern/virksomheder/segmenter/" + segment.id()).with(CONSULTANT))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/intern/virksomheder?q=" + word + "&industry=25"));

        long audits = exportAudits();
        byte[] csv = mvc.perform(get("/intern/virksomheder/segmenter/" + segment.id() + "/eksport")
                        .param("format", "CSV")
                        .with(CONSULTANT))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFCVR-nummer;Navn;Adresse;Postnummer;By;Kommunekode;Branchekode;Branche;Ansatte")
                .contains(first + ";" + word + " Smedje ApS;Jernbanegade 12;4200;Slagelse;330;251100;"
                        + "Fremstilling af metalkonstruktioner;")
                .contains(second);
        byte[] xlsx = mvc.perform(get("/intern/virksomheder/eksport")
                        .param("q", word)
                        .param("industry", "2511")
                        .param("format", "XLSX")
                        .with(CONSULTANT))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Virksomheder");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("CVR-nummer");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(first);
        }
        assertThat(exportAudits()).as("every export is audited").isEqualTo(audits + 2);
        mvc.perform(get("/intern/virksomheder/eksport").param("q", word).with(CASEWORKER))
                .andExpect(status().isForbidden());

        mvc.perform(post("/intern/virksomheder/segmenter/" + segment.id() + "/slet")
                        .with(csrf())
                        .with(CONSULTANT))
                .andExpect(status().is3xxRedirection());
        assertThat(segments.find(segment.id())).isEmpty();
        mvc.perform(get("/intern/virksomheder/segmenter").with(CONSULTANT))
                .andExpect(content().string(not(containsString(name))));
    }

    private long exportAudits() {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'company_export'")
                .query(Long.class)
                .single();
    }

    private String list(String... params) throws Exception {
        var request = get("/intern/virksomheder").with(CONSULTANT);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
