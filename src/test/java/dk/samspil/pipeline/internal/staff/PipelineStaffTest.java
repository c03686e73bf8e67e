package dk.samspil.pipeline.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.pipeline.ContractType;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementChange;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@AutoConfigureMockMvc
class PipelineStaffTest extends IntegrationTest {

    private static final int NEXT_YEAR = LocalDate.now().getYear() + 1;

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcurementService procurements;

    static RequestPostProcessor officer() {
        return user("indkoeber@test.dk").roles("PROCUREMENT");
    }

    static String reference() {
        return "ST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A complete, valid form for a new entry, as an officer sends it; {@code overrides} are name, value pairs. */
    static MockHttpServletRequestBuilder newEntry(String reference, String title, String... overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("reference", reference);
        params.put("title", title);
        params.put("description", "Udskiftning af tagpap.\n\nArbejdet sker i etaper.");
        params.put("contactName", "Jens Jensen");
        params.put("contactEmail", "jens@slagelse.dk");
        params.put("contactPhone", "58 57 36 00");
        params.put("mainCpv", "45000000-7");
        params.put("additionalCpv", "45261210");
        params.put("nutsCode", "DK022");
        params.put("contractType", "WORKS");
        params.put("valueKind", "EXACT");
        params.put("valueExact", "1.500.000");
        params.put("procedure", "EU_TENDER");
        params.put("expectedPublication", NEXT_YEAR + "-Q2");
        params.put("contractStart", "01.10." + NEXT_YEAR);
        params.put("durationMonths", "24");
        params.put("smeSuitable", "true");
        params.put("lots[0].title", "Tage på plejecentre");
        params.put("lots[0].cpvCode", "45261210");
        params.put("lots[0].value", "500.000");
        params.put("lots[0].smeSuitable", "true");
        params.put("lots[1].title", "");
        params.put("lots[1].cpvCode", "");
        params.put("lots[1].value", "");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/intern/indkoeb/ny").with(csrf());
        params.forEach(request::param);
        return request;
    }

    PlannedProcurement draft(String reference, String title) {
        return procurements.createDraft(
                reference,
                new ProcurementDetails(
                        title,
                        "Beskrivelse",
                        null,
                        "Jens Jensen",
                        "jens@slagelse.dk",
                        null,
                        List.of("45261210"),
                        null,
                        ContractType.WORKS,
                        EstimatedValue.range(new BigDecimal("3000000"), new BigDecimal("4000000")),
                        ProcurementProcedure.EU_TENDER,
                        ExpectedPeriod.ofMonth(NEXT_YEAR, 3),
                        null,
                        null,
                        null,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        List.of(new Lot(1, "Tagrenovering", "45261210", new BigDecimal("2000000"), true))));
    }

    @Test
    void officerCreatesADraftWithDanishAmountsCheckDigitAndALot() throws Exception {
        String ref = reference();

        mvc.perform(newEntry(ref, "Renovering af tage på plejecentre").with(officer()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/intern/indkoeb/" + ref))
                .andExpect(flash().attribute("notice", "pipeline.staff.notice.created"));

        PlannedProcurement created = procurements.find(ref).orElseThrow();
        assertThat(created.status()).isEqualTo(ProcurementStatus.DRAFT);
        assertThat(created.details().cpvCodes()).containsExactly("45000000", "45261210");
        assertThat(created.details().value()).isEqualTo(EstimatedValue.exact(new BigDecimal("1500000")));
        assertThat(created.details().contractStart()).isEqualTo(LocalDate.of(NEXT_YEAR, 10, 1));
        assertThat(created.details().lots()).singleElement().satisfies(lot -> {
            assertThat(lot.number()).isEqualTo(1);
            assertThat(lot.valueDkk()).isEqualByComparingTo("500000");
            assertThat(lot.smeSuitable()).isTrue();
        });
        assertThat(created.details().smeSuitable()).isTrue();
        assertThat(created.details().consortiaOpen()).isFalse();

        mvc.perform(get("/intern/indkoeb/" + ref).with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1.500.000 kr.")))
                .andExpect(content().string(containsString("2. kvartal " + NEXT_YEAR)))
                .andExpect(content().string(containsString("<li>45000000 Bygge- og anlægsarbejder</li>")))
                .andExpect(content().string(containsString("45000000 Bygge- og anlægsarbejder › 45200000")))
                .andExpect(content().string(containsString("Tagdækning")));
    }

    @Test
    void theListShowsDraftsWithTheirPeriodAndFiltersByTextAndStatus() throws Exception {
        String ref = reference();
        draft(ref, "Listeindkøb " + ref);

        mvc.perform(get("/intern/indkoeb").param("q", ref.toLowerCase()).with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Listeindkøb " + ref)))
                .andExpect(content().string(containsString("marts " + NEXT_YEAR)))
                .andExpect(content().string(containsString("Kladde")));
        mvc.perform(get("/intern/indkoeb")
                        .param("q", ref)
                        .param("status", "PUBLISHED")
                        .with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Listeindkøb " + ref))));
        mvc.perform(get("/intern/indkoeb")
                        .param("q", "'%\"_\\")
                        .param("status", "NONSENSE")
                        .param("page", "x")
                        .param("sort", "changed")
                        .with(officer()))
                .andExpect(status().isOk());
    }

    @Test
    void editingAPublishedEntryWithAReasonIsLoggedInItsHistory() throws Exception {
        String ref = reference();
        draft(ref, "Tage på skoler");
        procurements.publish(ref);

        mvc.perform(get("/intern/indkoeb/" + ref + "/rediger").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Begrundelse for ændringen, vises offentligt")))
                .andExpect(content().string(containsString("value=\"3.000.000\"")));

        mvc.perform(post("/intern/indkoeb/" + ref + "/rediger")
                        .with(officer())
                        .with(csrf())
                        .param("title", "Tage på skoler og daginstitutioner")
                        .param("description", "Beskrivelse")
                        .param("contactName", "Jens Jensen")
                        .param("contactEmail", "jens@slagelse.dk")
                        .param("mainCpv", "45261210")
                        .param("contractType", "WORKS")
                        .param("valueKind", "RANGE")
                        .param("valueMin", "3.000.000")
                        .param("valueMax", "4.000.000")
                        .param("procedure", "EU_TENDER")
                        .param("expectedPublication", NEXT_YEAR + "-03")
                        .param("lots[0].title", "Tagrenovering")
                        .param("lots[0].cpvCode", "45261210")
                        .param("lots[0].value", "2.000.000")
                        .param("lots[0].smeSuitable", "true")
                        .param("reason", "Daginstitutionerne er kommet med"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/intern/indkoeb/" + ref));

        List<ProcurementChange> history = procurements.history(ref);
        assertThat(history).last().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ProcurementChange.Kind.CHANGED);
            assertThat(change.reason()).isEqualTo("Daginstitutionerne er kommet med");
            assertThat(change.changes()).extracting(c -> c.field()).containsExactly("title");
        });
        mvc.perform(get("/intern/indkoeb/" + ref).with(officer()))
                .andExpect(content().string(containsString("Daginstitutionerne er kommet med")))
                .andExpect(content().string(containsString("Tage på skoler og daginstitutioner")));
    }

    @Test
    void unknownCpvIsRejectedOnItsFieldAndNothingIsStored() throws Exception {
        String ref = reference();
        mvc.perform(newEntry(ref, "Ukendt CPV", "additionalCpv", "45261210, 99999999")
                        .with(officer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("CPV-koden 99999999 findes ikke")))
                .andExpect(content().string(containsString("href=\"#additionalCpv\"")))
                .andExpect(content().string(containsString("value=\"Ukendt CPV\"")));
        assertThat(procurements.find(ref)).isEmpty();
    }

    @Test
    void reversedRangeIsRejected() throws Exception {
        String ref = reference();
        mvc.perform(newEntry(
                                ref,
                                "Omvendt interval",
                                "valueKind",
                                "RANGE",
                                "valueMin",
                                "5.000.000",
                                "valueMax",
                                "1.000.000")
                        .with(officer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(containsString("Fra-beløbet skal være mindre end eller lig med til-beløbet")));
        assertThat(procurements.find(ref)).isEmpty();
    }

    @Test
    void aNewEntryCannotExpectItsTenderInThePast() throws Exception {
        String ref = reference();
        mvc.perform(newEntry(ref, "Fortidigt udbud", "expectedPublication", "2020-03", "contractStart", "")
                        .with(officer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Tidspunktet for udbuddet ligger i fortiden")));
        assertThat(procurements.find(ref)).isEmpty();
    }

    @Test
    void unreadablePeriodAmountAndTooLongTitleAndBadEmailAreRejectedInDanish() throws Exception {
        String ref = reference();
        mvc.perform(newEntry(ref, "x".repeat(201), "contactEmail", "ikke en e-mail")
                        .with(officer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv højst 200 tegn.")))
                .andExpect(content().string(containsString("Skriv en gyldig e-mailadresse")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("class=\"alert alert-error\"")));
        mvc.perform(newEntry(ref, "Forkert periode", "expectedPublication", "marts 2027")
                        .with(officer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        content().string(containsString("Skriv en måned som 2027-03 eller et kvartal som 2027-Q2.")));
        mvc.perform(newEntry(ref, "Forkert beløb", "valueExact", "halvanden mio")
                        .with(officer()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv beløbet i kroner, fx 1.500.000 eller 1,5 mio.")));
        assertThat(procurements.find(ref)).isEmpty();
        // Amounts as people write them are read by the one parser (Numbers.amount).
        mvc.perform(newEntry(ref, "Rigtigt beløb", "valueExact", "1,5 mio. kr.").with(officer()))
                .andExpect(status().is3xxRedirection());
        assertThat(procurements.find(ref))
                .hasValueSatisfying(
                        entry -> assertThat(entry.details().value().min()).isEqualByComparingTo("1500000"));
    }

    @Test
    void addingALotRowShowsTheFormAgainWithoutStoring() throws Exception {
        String ref = reference();
        mvc.perform(newEntry(ref, "Med flere delaftaler", "addLot", "1").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"lots[2].title\"")))
                .andExpect(content().string(containsString("name=\"lots[0].cpvCode\" value=\"45261210\"")))
                .andExpect(content().string(not(containsString("alert-error"))));
        assertThat(procurements.find(ref)).isEmpty();
    }

    @Test
    void officerPublishesADraft() throws Exception {
        String ref = reference();
        draft(ref, "Til offentliggørelse");

        mvc.perform(post("/intern/indkoeb/" + ref + "/publicer").with(officer()).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/intern/indkoeb/" + ref))
                .andExpect(flash().attribute("notice", "pipeline.staff.notice.published"));

        assertThat(procurements.find(ref).orElseThrow().status()).isEqualTo(ProcurementStatus.PUBLISHED);
        mvc.perform(get("/intern/indkoeb/" + ref).with(officer()))
                .andExpect(content().string(containsString("/kommende-indkob/" + ref)))
                .andExpect(content().string(containsString("Offentliggjort")));
        mvc.perform(post("/intern/indkoeb/" + ref + "/publicer").with(officer()).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Indkøbet er allerede offentliggjort.")));
    }

    @Test
    void postponingNeedsAReasonAndATenderNeedsItsAddress() throws Exception {
        String ref = reference();
        draft(ref, "Skifter status");
        procurements.publish(ref);

        mvc.perform(get("/intern/indkoeb/" + ref + "/status").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Udskudt")))
                .andExpect(content().string(not(containsString("value=\"AWARDED\""))));
        mvc.perform(post("/intern/indkoeb/" + ref + "/status")
                        .with(officer())
                        .with(csrf())
                        .param("status", "POSTPONED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en kort begrundelse, som vises offentligt.")));
        mvc.perform(post("/intern/indkoeb/" + ref + "/status")
                        .with(officer())
                        .with(csrf())
                        .param("status", "TENDER_PUBLISHED"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv adressen på udbuddet")));
        assertThat(procurements.find(ref).orElseThrow().status()).isEqualTo(ProcurementStatus.PUBLISHED);

        mvc.perform(post("/intern/indkoeb/" + ref + "/status")
                        .with(officer())
                        .with(csrf())
                        .param("status", "POSTPONED")
                        .param("reason", "Afventer budget"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/intern/indkoeb/" + ref));
        PlannedProcurement postponed = procurements.find(ref).orElseThrow();
        assertThat(postponed.status()).isEqualTo(ProcurementStatus.POSTPONED);
        assertThat(postponed.statusReason()).isEqualTo("Afventer budget");
        mvc.perform(get("/intern/indkoeb/" + ref).with(officer()))
                .andExpect(content().string(containsString("Afventer budget")))
                .andExpect(content().string(containsString("Forventet</span> → <span>Udskudt")));
    }

    @Test
    void copyingMakesANewDraftAndOpensItsForm() throws Exception {
        String ref = reference();
        String copyRef = reference();
        draft(ref, "Kopieres");

        mvc.perform(post("/intern/indkoeb/" + ref + "/kopier")
                        .with(officer())
                        .with(csrf())
                        .param("newReference", copyRef))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/intern/indkoeb/" + copyRef + "/rediger"));
        PlannedProcurement copy = procurements.find(copyRef).orElseThrow();
        assertThat(copy.status()).isEqualTo(ProcurementStatus.DRAFT);
        assertThat(copy.details().title()).isEqualTo("Kopieres");

        mvc.perform(post("/intern/indkoeb/" + ref + "/kopier")
                        .with(officer())
                        .with(csrf())
                        .param("newReference", copyRef))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Referencenummeret " + copyRef + " er allerede brugt")));
    }

    @Test
    void cpvSearchAnswersHtmxWithAFragmentAndBrowsersWithAPage() throws Exception {
        mvc.perform(get("/intern/cpv/sog")
                        .param("q", "tag")
                        .param("field", "mainCpv")
                        .header("HX-Request", "true")
                        .with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tagdækning")))
                .andExpect(content().string(containsString("data-cpv-target=\"mainCpv\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/intern/cpv/sog").param("q", "tagdækning").with(officer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1")))
                .andExpect(content().string(containsString("45261210")));
        mvc.perform(get("/intern/cpv/sog")
                        .param("q", "'%\"".repeat(2000))
                        .header("HX-Request", "true")
                        .with(officer()))
                .andExpect(status().isOk());
    }

    @Test
    void unknownReferenceIsNotFound() throws Exception {
        mvc.perform(get("/intern/indkoeb/FINDES-IKKE-" + UUID.randomUUID()).with(officer()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/intern/indkoeb/FINDES-IKKE/publicer").with(officer()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void consultantsMayNotSeeTheStaffPages() throws Exception {
        RequestPostProcessor consultant = user("konsulent@test.dk").roles("CONSULTANT");
        mvc.perform(get("/intern/indkoeb").with(consultant)).andExpect(status().isForbidden());
        mvc.perform(get("/intern/indkoeb/ny").with(consultant)).andExpect(status().isForbidden());
        mvc.perform(get("/intern/cpv/sog").param("q", "tag").with(consultant)).andExpect(status().isForbidden());
        String ref = reference();
        mvc.perform(newEntry(ref, "Konsulentens indkøb").with(consultant)).andExpect(status().isForbidden());
        assertThat(procurements.find(ref)).isEmpty();
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/intern/indkoeb")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/intern/indkoeb/ny")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void administratorsMayUseTheStaffPages() throws Exception {
        mvc.perform(get("/intern/indkoeb/ny").with(user("admin@test.dk").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opret planlagt indkøb")));
    }
}
