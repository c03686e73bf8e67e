package dk.samspil.pipeline.internal.publicsite;

import static dk.samspil.pipeline.PublicEntries.details;
import static dk.samspil.pipeline.PublicEntries.dkk;
import static dk.samspil.pipeline.PublicEntries.nextYear;
import static dk.samspil.pipeline.PublicEntries.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.codelists.CpvCatalogue;
import dk.samspil.codelists.CpvCode;
import dk.samspil.pipeline.EstimatedValue;
import dk.samspil.pipeline.ExpectedPeriod;
import dk.samspil.pipeline.Lot;
import dk.samspil.pipeline.PlannedProcurement;
import dk.samspil.pipeline.ProcurementDetails;
import dk.samspil.pipeline.ProcurementProcedure;
import dk.samspil.pipeline.ProcurementService;
import dk.samspil.pipeline.ProcurementStatus;
import dk.samspil.pipeline.PublicEntries;
import dk.samspil.support.Http;
import dk.samspil.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
@WithMockUser(username = "indkoeber@test.dk", roles = "PROCUREMENT")
class PublicPipelinePagesTest extends IntegrationTest {

    static final String WORD = PublicEntries.uniqueWord();
    static final String ROOFS = PublicEntries.uniqueReference("ROOF");
    static final String CLEANING = PublicEntries.uniqueReference("CLEAN");
    static final String DRAFT = PublicEntries.uniqueReference("DRAFT");
    static final String PAGING = PublicEntries.uniqueWord();
    static boolean seeded;

    @Autowired
    MockMvc mvc;

    @Autowired
    ProcurementService service;

    @Autowired
    CpvCatalogue cpv;

    @LocalServerPort
    int port;

    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        service.createDraft(
                ROOFS,
                details(
                        "Tagrenoveringer på skoler " + WORD,
                        "Tagene på tre skoler skal skiftes.\n\n<script>alert(1)</script> & mere.",
                        null,
                        "45261210",
                        EstimatedValue.exact(dkk(1_500_000)),
                        ProcurementProcedure.EU_TENDER,
                        ExpectedPeriod.ofQuarter(nextYear(), 2),
                        true,
                        false,
                        List.of(new Lot(1, "Skole nord " + WORD, "45261210", dkk(700_000), true))));
        service.publish(ROOFS);
        PlannedProcurement roofs = service.find(ROOFS).orElseThrow();
        ProcurementDetails d = roofs.details();
        service.update(
                ROOFS,
                new ProcurementDetails(
                        d.title(),
                        d.description(),
                        d.buyingUnitId(),
                        d.contactName(),
                        d.contactEmail(),
                        d.contactPhone(),
                        d.cpvCodes(),
                        d.nutsCode(),
                        d.contractType(),
                        d.value(),
                        d.procedure(),
                        ExpectedPeriod.ofQuarter(nextYear(), 3),
                        d.contractStart(),
                        d.durationMonths(),
                        d.optionsDescription(),
                        d.smeSuitable(),
                        d.consortiaOpen(),
                        d.innovationWanted(),
                        d.marketDialoguePlanned(),
                        d.sustainabilityClauses(),
                        d.socialClauses(),
                        d.lots()),
                "Skolerne ønsker sommerferien");
        service.changeStatus(ROOFS, ProcurementStatus.POSTPONED, "Afventer budget " + WORD, null);
        service.createDraft(
                CLEANING,
                details(
                        "Rengøring af rådhuset " + WORD,
                        "Daglig rengøring.",
                        null,
                        "90910000",
                        EstimatedValue.unknown(),
                        ProcurementProcedure.NATIONAL,
                        ExpectedPeriod.ofMonth(nextYear(), 3),
                        false,
                        true,
                        List.of()));
        service.publish(CLEANING);
        service.createDraft(DRAFT, simple("Kladde " + WORD, "45261210", ExpectedPeriod.ofQuarter(nextYear(), 2)));
        for (int i = 1; i <= 25; i++) {
            String reference = PublicEntries.uniqueReference("PAGE");
            service.createDraft(
                    reference, simple("Papir " + PAGING + " " + i, "30192000", ExpectedPeriod.ofMonth(nextYear(), 5)));
            service.publish(reference);
        }
        seeded = true;
    }

    @Test
    void listShowsPublishedEntriesWithTheirFacts() throws Exception {
        mvc.perform(get("/kommende-indkob?q=" + WORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Søg i kommende indkøb")))
                .andExpect(content().string(containsString("href=\"/kommende-indkob/" + ROOFS + "\"")))
                .andExpect(content().string(containsString(ROOFS)))
                .andExpect(content().string(containsString("3. kvartal " + nextYear())))
                .andExpect(content().string(containsString("marts " + nextYear())))
                .andExpect(content().string(containsString("1.500.000 kr.")))
                .andExpect(content().string(containsString("Endnu ikke kendt")))
                .andExpect(content().string(containsString("Udskudt")))
                .andExpect(content().string(containsString("Egnet for SMV")))
                .andExpect(content().string(containsString("Åben for konsortier")))
                .andExpect(content().string(containsString("Senest ændret ")))
                .andExpect(content().string(containsString("2 indkøb")))
                .andExpect(content().string(containsString("href=\"/kommende-indkob/tidslinje\"")))
                .andExpect(content().string(containsString("href=\"/feeds/kommende-indkob.ics\"")))
                .andExpect(content().string(not(containsString(DRAFT))));
    }

    @Test
    void resultsShowTheMatchedWordsMarkedAShortDescriptionAndFilterCounts() {
        Http http = new Http(port);
        HttpResponse<String> found = http.get("/kommende-indkob?q=skole+" + WORD);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body())
                .contains("Tagrenoveringer på <mark>skoler</mark> <mark>" + WORD + "</mark>")
                .contains("Tagene på tre <mark>skoler</mark> skal skiftes.")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>alert(1)")
                .doesNotContain(CLEANING)
                .contains(">45 Bygge- og anlægsarbejder (1)</option>")
                .contains("3. kvartal " + nextYear() + " (1)</option>")
                .doesNotContain("<option value=\"90\"")
                .contains("href=\"/varsling?ord=skole%20" + WORD + "\"");
        assertThat(http.get("/kommende-indkob?q=" + WORD + "&cpv=45").body())
                .contains(">45 Bygge- og anlægsarbejder (1)</option>")
                .contains("<option value=\"90\"")
                .contains("href=\"/varsling?ord=" + WORD + "&amp;cpv=45000000\"");
    }

    @Test
    void theSameResultsAsATable() throws Exception {
        mvc.perform(get("/kommende-indkob?q=" + WORD + "&visning=tabel"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<caption class=\"sr-only\">Søgeresultater som tabel</caption>")))
                .andExpect(content().string(containsString("href=\"/kommende-indkob/" + ROOFS + "\"")))
                .andExpect(content().string(containsString("href=\"/kommende-indkob?q=" + WORD + "\"")))
                .andExpect(content().string(not(containsString("samspil-result-snippet"))));
        mvc.perform(get("/kommende-indkob?visning=tabel&q=" + WORD))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/kommende-indkob?q=" + WORD + "&visning=tabel"));
    }

    @Test
    void filtersLiveInTheUrlInOneCanonicalForm() throws Exception {
        mvc.perform(get("/kommende-indkob?konsortier=ja&q=" + WORD
                        + "&cpv=&enhed=&kvartal=&vaerdi=UNKNOWN&udbudsform=&sortering=EXPECTED"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/kommende-indkob?q=" + WORD + "&vaerdi=UNKNOWN&konsortier=ja"));
        mvc.perform(get("/kommende-indkob?q=" + WORD + "&vaerdi=UNKNOWN&konsortier=ja"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(CLEANING)))
                .andExpect(content().string(not(containsString(ROOFS))))
                .andExpect(content().string(containsString("value=\"UNKNOWN\" selected")));
        mvc.perform(get("/kommende-indkob?q=" + WORD + "&cpv=45"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ROOFS)))
                .andExpect(content().string(not(containsString(CLEANING))));
        mvc.perform(get("/kommende-indkob?q=" + WORD + "&vaerdi=NOPE&udbudsform=x&cpv=4%25&side=abc&sortering=zz"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/kommende-indkob?q=" + WORD));
    }

    @Test
    void pagesLinkToEachOtherWithStableUrls() throws Exception {
        mvc.perform(get("/kommende-indkob?q=" + PAGING))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("25 indkøb")))
                .andExpect(content().string(containsString("aria-label=\"Sider\"")))
                .andExpect(content().string(containsString("href=\"/kommende-indkob?q=" + PAGING + "&amp;side=2\"")));
        mvc.perform(get("/kommende-indkob?q=" + PAGING + "&side=2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Viser 21–25")))
                .andExpect(content().string(containsString("aria-current=\"page\"")));
    }

    @Test
    void anyInputAnswersNormally() throws Exception {
        for (String q : List.of("\"", "%", "'", "<b>", "x".repeat(5_000))) {
            String location = mvc.perform(get("/kommende-indkob").param("q", q))
                    .andExpect(status().isFound())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            mvc.perform(get(URI.create(location))).andExpect(status().isOk());
        }
        mvc.perform(get(URI.create("/kommende-indkob?q=%27%22%25")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"&#39;&#34;%\"")));
        // the search form is a compiled template (jte): it escapes like Thymeleaf, markup never passes through
        mvc.perform(get(URI.create("/kommende-indkob?q=%3Cb%3Ex%3C%2Fb%3E")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"&lt;b>x&lt;/b>\"")))
                .andExpect(content().string(not(containsString("<b>x</b>"))));
    }

    @Test
    void detailShowsEverythingWithHistory() throws Exception {
        String label = cpv.label(CpvCode.parse("45261210"), Locale.forLanguageTag("da"))
                .orElseThrow();
        mvc.perform(get("/kommende-indkob/" + ROOFS))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Tagrenoveringer på skoler " + WORD + "</h1>")))
                .andExpect(content().string(containsString("<p>Tagene på tre skoler skal skiftes.</p>")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; &amp; mere.")))
                .andExpect(content().string(containsString("Afventer budget " + WORD)))
                .andExpect(content().string(containsString("mailto:jens@slagelse.dk")))
                .andExpect(content().string(containsString("tel:58573600")))
                .andExpect(content().string(containsString(label)))
                .andExpect(content().string(containsString("ekskl. moms")))
                .andExpect(content().string(containsString("Under EU&#39;s tærskelværdi")))
                .andExpect(content().string(containsString("Skole nord " + WORD)))
                .andExpect(content().string(containsString("700.000 kr.")))
                .andExpect(content().string(containsString("Skolerne ønsker sommerferien")))
                .andExpect(content()
                        .string(containsString("Forventet offentliggørelse af udbud: 2. kvartal " + nextYear()
                                + " → 3. kvartal " + nextYear())))
                .andExpect(content().string(containsString("Status: Forventet → Udskudt")))
                .andExpect(content().string(containsString("class=\"breadcrumbs__list-item\" aria-current=\"page\"")));
    }

    @Test
    void draftsAndUnknownReferencesAreNotFound() throws Exception {
        mvc.perform(get("/kommende-indkob/" + DRAFT)).andExpect(status().isNotFound());
        mvc.perform(get("/kommende-indkob/" + DRAFT).with(user("x@y.dk").roles("PROCUREMENT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/kommende-indkob/NO-SUCH-" + WORD)).andExpect(status().isNotFound());
        mvc.perform(get(URI.create("/kommende-indkob/%27%22"))).andExpect(status().isNotFound());
        // the firewall refuses an encoded percent sign in a path before the page is asked
        mvc.perform(get(URI.create("/kommende-indkob/%25"))).andExpect(status().is4xxClientError());
    }

    @Test
    void anonymousVisitorsGetNoSessionAndSeeAPublicationAtOnceDespiteTheCache() {
        Http http = new Http(port);
        String word = PublicEntries.uniqueWord();
        HttpResponse<String> before = http.get("/kommende-indkob?q=" + word);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(before.body()).contains("0 indkøb").doesNotContain("name=\"_csrf\"");
        assertThat(http.get("/kommende-indkob?q=" + word).body()).isEqualTo(before.body());

        String reference = PublicEntries.uniqueReference("NEW");
        service.createDraft(reference, simple("Nyt indkøb " + word, "30192000", ExpectedPeriod.ofMonth(nextYear(), 6)));
        service.publish(reference);
        assertThat(http.get("/kommende-indkob?q=" + word).body())
                .contains(reference)
                .contains("1 indkøb");
    }

    @Test
    void timelineGroupsEntriesByQuarter() throws Exception {
        mvc.perform(get("/kommende-indkob/tidslinje"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2>1. kvartal " + nextYear() + "</h2>")))
                .andExpect(content().string(containsString("<h2>3. kvartal " + nextYear() + "</h2>")))
                .andExpect(content().string(containsString("Rengøring af rådhuset " + WORD)))
                .andExpect(content().string(containsString("Tagrenoveringer på skoler " + WORD)))
                .andExpect(content().string(not(containsString("Kladde " + WORD))));
    }
}
