package dk.samspil.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.platform.Roles;
import dk.samspil.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agreement on the demo seed: the budget's totals, the bad input (an expense in a closed period, a
 * target in the wrong unit, a meeting without a period) refused in Danish with nothing stored, the live indicators,
 * and the status pack as a PDF read back with PDFBox.
 */
@AutoConfigureMockMvc
class AgreementTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgreementSeed seed;

    @Autowired
    AgreementService agreements;

    @Autowired
    FocusService focus;

    @Autowired
    StatusMeetings meetings;

    @Autowired
    StatusPack packs;

    @Autowired
    PackPdf pdf;

    @Autowired
    ProjectService projects;

    private long period;

    @BeforeEach
    void seeded() {
        period = seed.seed();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private long area(String name) {
        return jdbc.sql("SELECT id FROM agreement_focus_area WHERE name = :n ORDER BY id LIMIT 1")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private FocusService.Indicator indicator(IndicatorKind kind) {
        return focus.indicators().stream()
                .filter(i -> i.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theBudgetAddsTheBaseAmountPerYearTheExtraMillionAndTheYearlyService() throws Exception {
        AgreementService.Budget budget =
                agreements.budget(agreements.find(period).orElseThrow());

        // 2 × 9,984,000 + 1,000,000 + 2 × 100,000
        assertThat(budget.total()).isEqualByComparingTo("21168000");
        assertThat(budget.totalOre()).isEqualTo(2_116_800_000L);
        assertThat(budget.planned()).isEqualByComparingTo("175000");
        assertThat(budget.quarters()).hasSize(8);
        mvc.perform(get("/intern/aftale/perioder/" + period)
                        .with(user("leder@example.dk").roles(Roles.CONSULTANT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("21.168.000 kr.")))
                .andExpect(content().string(containsString("9.984.000 kr.")));
    }

    @Test
    void anExpenseInAClosedPeriodIsRefusedInDanishAndNothingIsStored() throws Exception {
        long closed = agreements.create(
                new PeriodForm(
                        "Lukket " + UUID.randomUUID(),
                        "Slagelse Kommune",
                        "SEC",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        "9.984.000"),
                "test");
        agreements.close(closed, "test");
        long before = count("agreement_budget_line");

        mvc.perform(post("/intern/aftale/perioder/" + closed + "/budget")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da")
                        .param("kind", "EXPENSE")
                        .param("focusAreaId", String.valueOf(area("Energinetværket")))
                        .param("date", "2024-05-01")
                        .param("description", "Mødelokale")
                        .param("amount", "2.500"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("er lukket, så der kan ikke registreres udgifter")));

        assertThat(count("agreement_budget_line")).isEqualTo(before);
    }

    @Test
    void aTargetInAUnitThatDoesNotFitItsIndicatorIsRefused() throws Exception {
        FocusService.Indicator share = indicator(IndicatorKind.INQUIRIES_WITHIN_DEADLINE);
        BigDecimal before = focus.targets(period).get(share.id());

        mvc.perform(post("/intern/aftale/indikatorer/" + share.id() + "/maal")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da")
                        .param("periodId", String.valueOf(period))
                        .param("value", "40")
                        .param("unit", "COUNT"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enheden passer ikke til indikatoren")));

        assertThat(focus.targets(period).get(share.id())).isEqualByComparingTo(before);
    }

    @Test
    void aMeetingWithoutAPeriodIsRefused() throws Exception {
        long before = count("agreement_meeting");

        mvc.perform(post("/intern/aftale/moeder/ny")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da")
                        .param("heldOn", "2027-03-01")
                        .param("title", "Ekstra statusmøde"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Et statusmøde skal høre til en periode")));

        assertThat(count("agreement_meeting")).isEqualTo(before);
    }

    @Test
    void readersReadButOnlyManagementEdits() throws Exception {
        mvc.perform(get("/intern/aftale").with(user("k@example.dk").roles(Roles.PROCUREMENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Erhvervsfremme")));
        mvc.perform(post("/intern/aftale/perioder/" + period + "/luk")
                        .with(csrf())
                        .with(user("k@example.dk").roles(Roles.CONSULTANT, Roles.PROCUREMENT, Roles.ADMIN)))
                .andExpect(status().isForbidden());
        assertThat(agreements.find(period).orElseThrow().closed()).isFalse();
    }

    /** The words in order, however the PDF's table cells wrap them. */
    private static String words(String text) {
        return String.join(
                "\\s+",
                java.util.Arrays.stream(text.split(" "))
                        .map(java.util.regex.Pattern::quote)
                        .toList());
    }

    @Test
    void thePackAsPdfShowsTheIndicatorsValuesWithAnEmbeddedFont() throws Exception {
        FocusService.Indicator manual = indicator(IndicatorKind.MANUAL);
        focus.enterValue(manual, new ValueForm(LocalDate.of(2026, 10, 1), "7"));
        StatusMeetings.Meeting november = meetings.meetings().stream()
                .filter(m -> m.periodId() == period && m.heldOn().equals(LocalDate.of(2026, 11, 19)))
                .findFirst()
                .orElseThrow();
        StatusPack.Pack pack = packs.pack(november);
        StatusPack.IndicatorRow entries = pack.indicators().stream()
                .filter(r -> r.status().indicator().kind() == IndicatorKind.ENTRIES_PUBLISHED)
                .findFirst()
                .orElseThrow();

        byte[] bytes = pdf.pdf(pack, Locale.forLanguageTag("da"));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Statuspakke: Statusmøde november 2026", "Indikatorer mod mål");
            assertThat(text).containsPattern(words("Omtaler i landsdækkende medier – 7 12"));
            assertThat(text)
                    .containsPattern(words("Kommende indkøb offentliggjort "
                            + entries.sinceLast().toBigInteger() + " "
                            + entries.status().value().toBigInteger() + " 40"));
            assertThat(text).contains("19. november 2026");
            assertThat(text).contains("21.168.000 kr.");
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.getName()).contains("DejaVu");
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            });
        }
    }

    @Test
    void aConsultantProposesAnIdeaAndManagementMovesItToAProject() throws Exception {
        String title = "Fælles energitjek " + UUID.randomUUID();
        mvc.perform(post("/intern/aftale/ideer/ny")
                        .with(csrf())
                        .with(user("konsulent@example.dk").roles(Roles.CONSULTANT))
                        .param("ideaFocusAreaId", String.valueOf(area("Energinetværket")))
                        .param("ideaTitle", title)
                        .param("ideaDescription", "Kommunen og erhvervscentret tilbyder energitjek sammen."))
                .andExpect(status().is3xxRedirection());
        ProjectService.Idea idea = projects.ideas().stream()
                .filter(i -> i.title().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(idea.status()).isEqualTo("PROPOSED");
        assertThat(idea.proposedBy()).isEqualTo("konsulent@example.dk");
        mvc.perform(post("/intern/aftale/ideer/" + idea.id() + "/projekt")
                        .with(csrf())
                        .with(user("konsulent@example.dk").roles(Roles.CONSULTANT)))
                .andExpect(status().isForbidden());

        mvc.perform(post("/intern/aftale/ideer/" + idea.id() + "/projekt")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT)))
                .andExpect(status().is3xxRedirection());

        ProjectService.Idea moved = projects.idea(idea.id()).orElseThrow();
        assertThat(moved.status()).isEqualTo("MOVED");
        assertThat(projects.projects())
                .anySatisfy(p -> {
                    assertThat(p.id()).isEqualTo(moved.projectId());
                    assertThat(p.name()).isEqualTo(title);
                    assertThat(p.focusArea()).isEqualTo("Energinetværket");
                })
                .extracting(ProjectService.Project::name)
                .contains("Fuld Skrald", "Grøn Erhvervsudvikling");
    }
}
