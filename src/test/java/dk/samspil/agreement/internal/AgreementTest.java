package dk.samspil.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

    private static final String AMOUNT_INVALID = "Skriv et beløb i kroner på 0 eller derover";

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

    /** The table with {@code id} on a page, from its opening tag to its end. */
    private static String table(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("table " + id).isPositive();
        return html.substring(start, html.indexOf("</table>", start));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The unit stands once in each amount column's header; the cells hold right-aligned numbers only. */
    private static void amountsWithoutUnit(String table, String... headers) {
        assertThat(table).contains(headers);
        assertThat(table.replace("(kr.)", "")).doesNotContain("kr.");
        assertThat(table).contains("<td class=\"align-text-right\"");
    }

    @Test
    void everyAgreementTableNamesTheAmountsUnitOnceInItsHeader() throws Exception {
        projects.create(new ProjectForm(
                null, "Fælles messe " + UUID.randomUUID(), "", "", "1234567,5", ProjectForm.Status.PLANNED, ""));
        String projectTable = table(page("/intern/aftale/projekter"), "projects");
        amountsWithoutUnit(projectTable, "Budget (kr.)</th>");
        assertThat(projectTable).contains(">1.234.567,50</td>");

        String periodPage = page("/intern/aftale/perioder/" + period);
        amountsWithoutUnit(table(periodPage, "budget-areas"), ">1. kvartal 2026 (kr.)</th>", ">I alt (kr.)</th>");
        amountsWithoutUnit(table(periodPage, "expenses"), ">Beløb (kr.)</th>");

        long november = meetings.meetings().stream()
                .filter(m -> m.periodId() == period && m.heldOn().equals(LocalDate.of(2026, 11, 19)))
                .findFirst()
                .orElseThrow()
                .id();
        amountsWithoutUnit(
                table(page("/intern/aftale/moeder/" + november + "/pakke"), "pack-budget-table"),
                ">Planlagt (kr.)</th>",
                ">Brugt (kr.)</th>");

        String english = mvc.perform(get("/intern/aftale/perioder/" + period)
                        .param("lang", "en")
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(table(english, "expenses")).contains(">Amount (DKK)</th>").doesNotContain("DKK 2");
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
            assertThat(text).containsPattern(words("Indsatsområde Planlagt (kr.) Brugt (kr.)"));
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

    private record ActivityRow(long id, long areaId, String owner, String status) {}

    private ActivityRow activity(long id) {
        return jdbc.sql("SELECT id, focus_area_id, owner, status FROM agreement_activity WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ActivityRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .single();
    }

    private long audits(String entityType, long id) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = :t AND entity_id = :id")
                .param("t", entityType)
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single();
    }

    @Test
    void aBadChangeOfAnActivityIsRefusedInDanishAndNothingIsStored() throws Exception {
        long id = jdbc.sql("SELECT min(id) FROM agreement_activity")
                .query(Long.class)
                .single();
        ActivityRow before = activity(id);
        long audited = audits("agreement_activity", id);

        mvc.perform(post("/intern/aftale/aktiviteter/" + id + "/rediger")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da")
                        .param("activityTitle", activityTitle(id))
                        .param("activityStatus", "DONE")
                        .param("activityOwner", "Ny ansvarlig")
                        .param("activityStartsOn", "2027-03-01")
                        .param("activityEndsOn", "2027-02-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Slutdatoen skal ligge efter startdatoen.")));
        mvc.perform(post("/intern/aftale/aktiviteter/" + id + "/rediger")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da")
                        .param("activityTitle", activityTitle(id))
                        .param("activityStatus", "DONE")
                        .param("activityOwner", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv hvem der er ansvarlig.")));

        assertThat(activity(id)).isEqualTo(before);
        assertThat(audits("agreement_activity", id)).isEqualTo(audited);
    }

    @Test
    void managementMovesAnActivityOnAndTheChangeIsAudited() throws Exception {
        long id = jdbc.sql("SELECT min(id) FROM agreement_activity")
                .query(Long.class)
                .single();
        ActivityRow before = activity(id);
        String next = before.status().equals("DONE") ? "ONGOING" : "DONE";
        String owner = "Erhvervscentrets direktør " + UUID.randomUUID();
        mvc.perform(get("/intern/aftale/fokusomraader/" + before.areaId() + "?aktivitet=" + id)
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"activity-change-form\"")));
        mvc.perform(post("/intern/aftale/aktiviteter/" + id + "/rediger")
                        .with(csrf())
                        .with(user("konsulent@example.dk").roles(Roles.CONSULTANT, Roles.ADMIN))
                        .param("activityTitle", activityTitle(id))
                        .param("activityStatus", "DONE")
                        .param("activityOwner", "Konsulenten"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/intern/aftale/aktiviteter/" + id + "/rediger")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .param("activityTitle", activityTitle(id))
                        .param("activityStatus", next)
                        .param("activityOwner", owner)
                        .param("activityStartsOn", "2026-02-01")
                        .param("activityEndsOn", "2026-06-30"))
                .andExpect(status().is3xxRedirection());

        ActivityRow after = activity(id);
        assertThat(after.status()).isEqualTo(next);
        assertThat(after.owner()).isEqualTo(owner);
        String changes = jdbc.sql("""
                        SELECT changes::text FROM audit_entry
                        WHERE entity_type = 'agreement_activity' AND entity_id = :id AND action = 'UPDATE'
                        ORDER BY id DESC LIMIT 1""")
                .param("id", String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(changes).contains(next, owner, "2026-06-30");
    }

    private ProjectService.Project project(String name) {
        return projects.projects().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private long proposed(String title) {
        return projects.propose(
                new IdeaForm(area("Energinetværket"), title, "Et forslag til et fælles projekt."),
                "konsulent@example.dk");
    }

    @Test
    void aBadChangeOfAProjectAndADeclineWithoutAReasonAreRefusedInDanishAndNothingIsStored() throws Exception {
        ProjectService.Project before = project("Fuld Skrald");
        long idea = proposed("Fælles affaldsrunde " + UUID.randomUUID());
        long auditedProject = audits("agreement_project", before.id());
        long auditedIdea = audits("agreement_idea", idea);

        mvc.perform(post("/intern/aftale/projekter/" + before.id() + "/rediger")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da")
                        .param("projectName", before.name())
                        .param("projectStatus", "FINISHED")
                        .param("projectBudget", "-5.000"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"project-change-form\"")))
                .andExpect(content().string(containsString(AMOUNT_INVALID)));
        mvc.perform(post("/intern/aftale/ideer/" + idea + "/afvis")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da")
                        .param("reason", "  "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv hvorfor idéen afvises.")));

        assertThat(project("Fuld Skrald")).isEqualTo(before);
        assertThat(projects.idea(idea).orElseThrow().status()).isEqualTo("PROPOSED");
        assertThat(audits("agreement_project", before.id())).isEqualTo(auditedProject);
        assertThat(audits("agreement_idea", idea)).isEqualTo(auditedIdea);
    }

    @Test
    void managementChangesAProjectsStatusAndBudgetAndDeclinesAnIdeaWithAReason() throws Exception {
        ProjectService.Project before = project("Grøn Erhvervsudvikling");
        String next = before.status().equals("ONGOING") ? "FINISHED" : "ONGOING";
        long budget = before.budgetOre() / 100 + 12_345;
        mvc.perform(get("/intern/aftale/projekter?projekt=" + before.id())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"project-change-form\"")));

        mvc.perform(post("/intern/aftale/projekter/" + before.id() + "/rediger")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .param("projectName", before.name())
                        .param("projectStatus", next)
                        .param("projectBudget", String.valueOf(budget)))
                .andExpect(status().is3xxRedirection());

        ProjectService.Project after = project("Grøn Erhvervsudvikling");
        assertThat(after.status()).isEqualTo(next);
        assertThat(after.budgetOre()).isEqualTo(budget * 100);
        assertThat(lastChanges("agreement_project", before.id())).contains(next, String.valueOf(budget * 100));

        String title = "Fælles affaldsrunde " + UUID.randomUUID();
        long idea = proposed(title);
        mvc.perform(post("/intern/aftale/ideer/" + idea + "/afvis")
                        .with(csrf())
                        .with(user("konsulent@example.dk").roles(Roles.CONSULTANT, Roles.ADMIN))
                        .param("reason", "Ikke nu."))
                .andExpect(status().isForbidden());
        mvc.perform(post("/intern/aftale/ideer/" + idea + "/afvis")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .param("reason", "Fuld Skrald dækker det allerede."))
                .andExpect(status().is3xxRedirection());

        ProjectService.Idea declined = projects.idea(idea).orElseThrow();
        assertThat(declined.status()).isEqualTo("DECLINED");
        assertThat(declined.declineReason()).isEqualTo("Fuld Skrald dækker det allerede.");
        assertThat(lastChanges("agreement_idea", idea)).contains("DECLINED", "Fuld Skrald dækker det allerede.");
        mvc.perform(get("/intern/aftale/projekter")
                        .with(user("konsulent@example.dk").roles(Roles.CONSULTANT))
                        .header("Accept-Language", "da"))
                .andExpect(content().string(containsString("Begrundelse: Fuld Skrald dækker det allerede.")));
        // a declined idea is not declined again, nor moved to a project
        mvc.perform(post("/intern/aftale/ideer/" + idea + "/afvis")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da")
                        .param("reason", "Igen."))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Idéen er allerede behandlet.")));
        assertThat(projects.idea(idea).orElseThrow().declineReason()).isEqualTo("Fuld Skrald dækker det allerede.");
    }

    private long newActivity(String title) {
        focus.addActivity(
                area("Energinetværket"),
                new ActivityForm(title, "Konsulenten", ActivityForm.Status.PLANNED, null, null));
        return jdbc.sql("SELECT id FROM agreement_activity WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private String activityTitle(long id) {
        return jdbc.sql("SELECT title FROM agreement_activity WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void managementRenamesAnActivityAndAProjectAndTheRenamesAreAudited() throws Exception {
        String title = "Workshop om energi " + UUID.randomUUID();
        long activity = newActivity(title);
        String renamed = "Workshop om varmepumper " + UUID.randomUUID();
        mvc.perform(get("/intern/aftale/fokusomraader/" + area("Energinetværket") + "?aktivitet=" + activity)
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"activityTitle\" value=\"" + title + "\"")));
        mvc.perform(post("/intern/aftale/aktiviteter/" + activity + "/rediger")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .param("activityTitle", "  " + renamed + " ")
                        .param("activityStatus", "ONGOING")
                        .param("activityOwner", "Konsulenten"))
                .andExpect(status().is3xxRedirection());
        assertThat(activityTitle(activity)).isEqualTo(renamed);
        assertThat(lastChanges("agreement_activity", activity)).contains(title, renamed);

        String name = "Energitjek for virksomheder " + UUID.randomUUID();
        long project = projects.create(new ProjectForm(null, name, "", "", "10000", ProjectForm.Status.PLANNED, ""));
        String newName = "Fælles energi- og varmetjek " + UUID.randomUUID();
        mvc.perform(get("/intern/aftale/projekter?projekt=" + project)
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"projectName\" value=\"" + name + "\"")));
        mvc.perform(post("/intern/aftale/projekter/" + project + "/rediger")
                        .with(csrf())
                        .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                        .param("projectName", newName)
                        .param("projectStatus", "PLANNED")
                        .param("projectBudget", "10000"))
                .andExpect(status().is3xxRedirection());
        assertThat(projects.project(project).orElseThrow().name()).isEqualTo(newName);
        assertThat(lastChanges("agreement_project", project)).contains(name, newName);
    }

    @Test
    void anEmptyOrTooLongTitleOrNameIsRefusedInDanishAndNothingIsStored() throws Exception {
        String title = "Netværksmøde " + UUID.randomUUID();
        long activity = newActivity(title);
        long auditedActivity = audits("agreement_activity", activity);
        for (String[] bad : new String[][] {{" ", "Skriv aktiviteten."}, {"x".repeat(301), "Skriv højst 300 tegn."}}) {
            mvc.perform(post("/intern/aftale/aktiviteter/" + activity + "/rediger")
                            .with(csrf())
                            .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                            .header("Accept-Language", "da")
                            .param("activityTitle", bad[0])
                            .param("activityStatus", "DONE")
                            .param("activityOwner", "Konsulenten"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("id=\"activityTitle-error\"")))
                    .andExpect(content().string(containsString(bad[1])));
        }
        assertThat(activityTitle(activity)).isEqualTo(title);
        assertThat(audits("agreement_activity", activity)).isEqualTo(auditedActivity);

        String name = "Fælles kursus " + UUID.randomUUID();
        long project = projects.create(new ProjectForm(null, name, "", "", "500", ProjectForm.Status.PLANNED, ""));
        long auditedProject = audits("agreement_project", project);
        for (String[] bad :
                new String[][] {{"", "Skriv projektets navn."}, {"y".repeat(201), "Skriv højst 200 tegn."}}) {
            mvc.perform(post("/intern/aftale/projekter/" + project + "/rediger")
                            .with(csrf())
                            .with(user("leder@example.dk").roles(Roles.MANAGEMENT))
                            .header("Accept-Language", "da")
                            .param("projectName", bad[0])
                            .param("projectStatus", "ONGOING")
                            .param("projectBudget", "900"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("id=\"projectName-error\"")))
                    .andExpect(content().string(containsString(bad[1])));
        }
        ProjectService.Project kept = projects.project(project).orElseThrow();
        assertThat(kept.name()).isEqualTo(name);
        assertThat(kept.status()).isEqualTo("PLANNED");
        assertThat(audits("agreement_project", project)).isEqualTo(auditedProject);
    }

    private String lastChanges(String entityType, long id) {
        return jdbc.sql("""
                        SELECT changes::text FROM audit_entry
                        WHERE entity_type = :t AND entity_id = :id AND action = 'UPDATE'
                        ORDER BY id DESC LIMIT 1""")
                .param("t", entityType)
                .param("id", String.valueOf(id))
                .query(String.class)
                .single();
    }

    @Test
    void theBudgetDownloadsAsCsvAndXlsxWithTheSameTotalsAsThePage() throws Exception {
        AgreementService.Budget budget =
                agreements.budget(agreements.find(period).orElseThrow());
        mvc.perform(get("/intern/aftale/perioder/" + period)
                        .with(user("k@example.dk").roles(Roles.PROCUREMENT))
                        .header("Accept-Language", "da"))
                .andExpect(content().string(containsString("/intern/aftale/perioder/" + period + "/budget.xlsx")));

        byte[] csv = mvc.perform(get("/intern/aftale/perioder/" + period + "/budget.csv")
                        .with(user("k@example.dk").roles(Roles.PROCUREMENT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        List<String> lines = new String(csv, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .lines()
                .toList();
        assertThat(lines.get(0)).isEqualTo("Type;Indsatsområde;Kvartal;Dato;Beskrivelse;Beløb (kr.)");
        assertThat(lines)
                .contains(
                        "Bevilling;;;;Grundbeløb (2 år);19968000.00",
                        "Sum;;;;Budget i alt;21168000.00",
                        "Sum;;;;Planlagt;" + budget.planned().toPlainString(),
                        "Sum;;;;Tilbage;" + budget.remaining().toPlainString())
                .anySatisfy(line -> assertThat(line).startsWith("Planlagt beløb;"));
        budget.expenses()
                .forEach(e -> assertThat(lines)
                        .anySatisfy(line -> assertThat(line)
                                .startsWith("Udgift;" + e.focusArea() + ";")
                                .contains(e.description())
                                .endsWith(";" + e.amount().toPlainString())));

        byte[] xlsx = mvc.perform(get("/intern/aftale/perioder/" + period + "/budget.xlsx")
                        .with(user("konsulent@example.dk").roles(Roles.CONSULTANT))
                        .header("Accept-Language", "da"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Beløb (kr.)");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Grundbeløb (2 år)");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(19_968_000d);
            org.apache.poi.ss.usermodel.Row total = sheet.getRow(sheet.getLastRowNum() - 3);
            assertThat(total.getCell(4).getStringCellValue()).isEqualTo("Budget i alt");
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(21_168_000d);
        }
        mvc.perform(get("/intern/aftale/perioder/999999999/budget.csv")
                        .with(user("k@example.dk").roles(Roles.PROCUREMENT)))
                .andExpect(status().isNotFound());
    }
}
