package dk.samspil.talent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import dk.samspil.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The gaps of issue 18 closed: moderation is one form-bound path; asking for changes mails the company a signed link
 * to edit its opportunity and send it back; institutions (kept by consultants) see the opportunities in their fields,
 * post, edit and close project wishes that companies answer, and get a weekly digest that never carries the same
 * opportunity twice; the outcome figures download as CSV and XLSX; the front page shows the newest opportunities.
 */
@AutoConfigureMockMvc
class TalentGapsTest extends IntegrationTest {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final Pattern EDIT_LINK = Pattern.compile("https?://[^/\\s]+(/studiejob/opslag/ret\\?token=\\S+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, SMTP_PORT);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    InstitutionService institutions;

    private final RequestPostProcessor consultant =
            user("talent-konsulent@sec.dk").roles("CONSULTANT");

    private String cvr;

    @BeforeEach
    void company() {
        cvr = CvrNumbers.random();
        jdbc.sql("INSERT INTO company (cvr, name, created_at, updated_at) VALUES (:cvr, 'Gap ApS', :now, :now)")
                .param("cvr", cvr)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private long opportunity(String status, String title, String field, String contact) {
        return jdbc.sql("""
                        INSERT INTO talent_opportunity (company_cvr, company_name, company_known, kind, title,
                            description, fields, place, period_start, period_end, paid, deadline, contact_name,
                            contact_email, status, created_at, published_at)
                        VALUES (:cvr, 'Gap ApS', true, 'INTERNSHIP', :title, 'Praktik på lageret', ARRAY[:field],
                            'Slagelse', :start, :end, false, :deadline, 'Kim', :contact, :status, :now,
                            CASE WHEN :status = 'PUBLISHED' THEN CAST(:now AS TIMESTAMPTZ) END)
                        RETURNING id""")
                .param("cvr", cvr)
                .param("title", title)
                .param("field", field)
                .param("start", LocalDate.now(clock).plusDays(30))
                .param("end", LocalDate.now(clock).plusDays(90))
                .param("deadline", LocalDate.now(clock).plusDays(20))
                .param("contact", contact)
                .param("status", status)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM talent_opportunity WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The mail to {@code email} whose subject starts with {@code subject}, once {@code count} have come. */
    private static MimeMessage mail(String email, int count, String subject) {
        MimeMessage[] received = TestSmtp.awaitMails(greenMail, email, count);
        return Arrays.stream(received)
                .filter(m -> {
                    try {
                        return m.getSubject().startsWith(subject);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail '" + subject + "' to " + email));
    }

    // ---- 1. moderation: one path, bound to a form record

    @Test
    void moderationIsOnePathAndAMissingMessageChangesNothing() throws Exception {
        long id = opportunity("PENDING", unique("Moderation"), "IT", "mod-" + UUID.randomUUID() + "@example.dk");

        mvc.perform(post("/intern/talent/" + id + "/behandl")
                        .with(csrf())
                        .with(consultant)
                        .param("decision", "REJECT")
                        .param("message", "  "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv en begrundelse for afvisningen.")));
        mvc.perform(post("/intern/talent/" + id + "/behandl")
                        .with(csrf())
                        .with(consultant)
                        .param("decision", "MAYBE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg, om opslaget skal godkendes")));
        assertThat(statusOf(id)).isEqualTo("PENDING");

        mvc.perform(post("/intern/talent/" + id + "/behandl")
                        .with(csrf())
                        .with(consultant)
                        .param("decision", "APPROVE"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("PUBLISHED");

        mvc.perform(post("/intern/talent/" + id + "/afslut")
                        .with(csrf())
                        .with(consultant)
                        .param("outcome", "SOMETHING"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg, hvad der kom ud af opslaget.")));
        mvc.perform(post("/intern/talent/" + id + "/afslut")
                        .with(csrf())
                        .with(consultant)
                        .param("outcome", "INTERNSHIP"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("CLOSED");
    }

    // ---- 2. the company's edit link after "ask for changes"

    @Test
    void askingForChangesMailsALinkToEditAndResubmit() throws Exception {
        String contact = "ret-" + UUID.randomUUID() + "@example.dk";
        String title = unique("Praktik uden betaling");
        long id = opportunity("PENDING", title, "IT", contact);

        mvc.perform(post("/intern/talent/" + id + "/behandl")
                        .with(csrf())
                        .with(consultant)
                        .param("decision", "CHANGES")
                        .param("message", "Skriv timetallet."))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("CHANGES_REQUESTED");

        String text = TestSmtp.text(mail(contact, 1, "Ret venligst jeres opslag"));
        assertThat(text).contains("Skriv timetallet.");
        Matcher matcher = EDIT_LINK.matcher(text);
        assertThat(matcher.find()).as("an edit link in " + text).isTrue();
        String link = matcher.group(1);
        String token = java.net.URLDecoder.decode(link.substring(link.indexOf("token=") + 6), StandardCharsets.UTF_8);

        mvc.perform(get("/studiejob/opslag/ret").param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ret jeres opslag")))
                .andExpect(content().string(containsString("Skriv timetallet.")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")))
                .andExpect(content()
                        .string(containsString("value=\"" + LocalDate.now(clock).plusDays(20) + "\"")));
        mvc.perform(get("/studiejob/opslag/ret").param("token", token + "x"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Linket virker ikke")));

        String edited = unique("Praktik med 15 timer");
        mvc.perform(editPost(token, edited, LocalDate.now(clock).minusDays(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ansøgningsfristen er overskredet")));
        assertThat(statusOf(id)).isEqualTo("CHANGES_REQUESTED");

        mvc.perform(editPost(token, edited, LocalDate.now(clock).plusDays(14)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opslaget er sendt til godkendelse igen")));
        assertThat(statusOf(id)).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT title || '|' || hours_per_week || '|' || company_cvr FROM talent_opportunity"
                                + " WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .as("the form's values, the company unchanged")
                .isEqualTo(edited + "|15|" + cvr);

        mvc.perform(get("/studiejob/opslag/ret").param("token", token))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Linket virker ikke")));
    }

    private MockHttpServletRequestBuilder editPost(String token, String title, LocalDate deadline) {
        return post("/studiejob/opslag/ret")
                .with(csrf())
                .param("token", token)
                .param("cvr", CvrNumbers.random())
                .param("contactName", "Kim Nielsen")
                .param("contactEmail", "kim@example.dk")
                .param("kind", "INTERNSHIP")
                .param("title", title)
                .param("description", "Praktik på lageret, 15 timer om ugen.")
                .param("fields", "IT")
                .param("place", "Slagelse")
                .param("hoursPerWeek", "15")
                .param("periodStart", LocalDate.now(clock).plusDays(30).toString())
                .param("periodEnd", LocalDate.now(clock).plusDays(90).toString())
                .param("deadline", deadline.toString());
    }

    // ---- 3. institutions

    private long institution(String field, String... members) {
        long id = jdbc.sql("""
                        INSERT INTO talent_institution (name, fields, created_at)
                        VALUES (:name, ARRAY[:field], now()) RETURNING id""")
                .param("name", unique("Testskolen"))
                .param("field", field)
                .query(Long.class)
                .single();
        for (String member : members) {
            jdbc.sql("INSERT INTO talent_institution_member (institution_id, email) VALUES (:id, :email)")
                    .param("id", id)
                    .param("email", member)
                    .update();
        }
        return id;
    }

    @Test
    void consultantsKeepTheInstitutionsAndBadInputChangesNothing() throws Exception {
        jdbc.sql("DELETE FROM talent_institution WHERE name = 'Campus Vejle'").update();
        String member = "campus-" + UUID.randomUUID() + "@example.dk";
        String taken = "taget-" + UUID.randomUUID() + "@example.dk";
        institution("IT", taken);

        mvc.perform(post("/intern/talent/institutioner/ny")
                        .with(csrf())
                        .with(consultant)
                        .param("name", "Ukendt Skole")
                        .param("fields", "IT")
                        .param("members", member))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Vælg en institution fra listen.")));
        mvc.perform(post("/intern/talent/institutioner/ny")
                        .with(csrf())
                        .with(consultant)
                        .param("name", "Campus Vejle")
                        .param("fields", "IT")
                        .param("members", member + "\nikke-en-adresse"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("ikke-en-adresse er ikke en gyldig e-mailadresse")));
        mvc.perform(post("/intern/talent/institutioner/ny")
                        .with(csrf())
                        .with(consultant)
                        .param("name", "Campus Vejle")
                        .param("fields", "IT")
                        .param("members", member + "\n" + taken.toUpperCase()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("hører allerede til en anden institution")));
        assertThat(institutions.institutions()).noneMatch(i -> i.name().equals("Campus Vejle"));

        mvc.perform(post("/intern/talent/institutioner/ny")
                        .with(csrf())
                        .with(consultant)
                        .param("name", "Campus Vejle")
                        .param("fields", "IT", "BUSINESS")
                        .param("members", member.toUpperCase() + ", " + member))
                .andExpect(status().is3xxRedirection());
        Institution saved = institutions.ofMember(member).orElseThrow();
        assertThat(saved.name()).isEqualTo("Campus Vejle");
        assertThat(saved.fields()).containsExactly("IT", "BUSINESS");
        assertThat(saved.members()).containsExactly(member);

        mvc.perform(get("/intern/talent/institutioner").with(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Campus Vejle")));
        mvc.perform(post("/intern/talent/institutioner/" + saved.id())
                        .with(csrf())
                        .with(consultant)
                        .param("name", "Campus Vejle")
                        .param("fields", "FOOD")
                        .param("members", member))
                .andExpect(status().is3xxRedirection());
        assertThat(institutions.ofMember(member).orElseThrow().fields()).containsExactly("FOOD");
        jdbc.sql("DELETE FROM talent_institution WHERE name = 'Campus Vejle'").update();
    }

    @Test
    void anInstitutionSeesItsFieldsPostsEditsAndClosesWishesThatCompaniesAnswer() throws Exception {
        String member = "skole-" + UUID.randomUUID() + "@example.dk";
        institution("TOURISM", member);
        RequestPostProcessor asMember = user(member).roles("INSTITUTION");
        String inField = unique("Turismepraktik");
        String elsewhere = unique("Byggepraktik");
        opportunity("PUBLISHED", inField, "TOURISM", "t@example.dk");
        opportunity("PUBLISHED", elsewhere, "CONSTRUCTION", "b@example.dk");

        mvc.perform(get("/intern/uddannelse").with(asMember))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(inField)))
                .andExpect(content().string(not(containsString(elsewhere))))
                .andExpect(content().string(containsString("/studiejob?fag=TOURISM")))
                .andExpect(content().string(not(containsString("//studiejob"))));
        mvc.perform(get("/intern/uddannelse").with(user("fremmed@example.dk").roles("INSTITUTION")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("ikke knyttet til en uddannelsesinstitution")));

        String title = unique("10-ugers projekt om oplevelsesøkonomi");
        mvc.perform(post("/intern/uddannelse/projektoensker/ny")
                        .with(csrf())
                        .with(asMember)
                        .param("title", title)
                        .param("description", "Vores studerende søger en virksomhed.")
                        .param("fields", "TOURISM")
                        .param("weeks", "10")
                        .param("periodStart", LocalDate.now(clock).minusDays(1).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Projektets start ligger i fortiden")));
        mvc.perform(post("/intern/uddannelse/projektoensker/ny")
                        .with(csrf())
                        .with(asMember)
                        .param("title", title)
                        .param("description", "Vores studerende søger en virksomhed.")
                        .param("fields", "TOURISM")
                        .param("weeks", "10")
                        .param("periodStart", LocalDate.now(clock).plusDays(40).toString()))
                .andExpect(status().is3xxRedirection());
        long wish = jdbc.sql("SELECT id FROM talent_wish WHERE title = :title")
                .param("title", title)
                .query(Long.class)
                .single();

        String other = "anden-" + UUID.randomUUID() + "@example.dk";
        institution("TOURISM", other);
        mvc.perform(get("/intern/uddannelse/projektoensker/" + wish)
                        .with(user(other).roles("INSTITUTION")))
                .andExpect(status().isNotFound());

        String edited = title + " (forår)";
        mvc.perform(post("/intern/uddannelse/projektoensker/" + wish)
                        .with(csrf())
                        .with(asMember)
                        .param("title", edited)
                        .param("description", "Vores studerende søger en virksomhed i foråret.")
                        .param("fields", "TOURISM")
                        .param("weeks", "12")
                        .param("periodStart", LocalDate.now(clock).plusDays(40).toString()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/studiejob/projektoensker"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(edited)));
        String company = "firma-" + UUID.randomUUID() + "@example.dk";
        mvc.perform(answer(wish, company))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Svaret er sendt")));
        mvc.perform(answer(wish, company.toUpperCase()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("allerede svaret")));
        String mailText = TestSmtp.text(mail(member, 1, "Svar på jeres projektønske"));
        assertThat(mailText).contains("Oplevelser ApS", "Vi har plads til tre studerende.", company);

        mvc.perform(get("/intern/uddannelse/projektoensker/" + wish).with(asMember))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Oplevelser ApS")));
        mvc.perform(post("/intern/uddannelse/projektoensker/" + wish + "/luk")
                        .with(csrf())
                        .with(asMember))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/studiejob/projektoensker/" + wish)).andExpect(status().isNotFound());
        mvc.perform(answer(wish, "sen-" + company)).andExpect(status().isNotFound());
        assertThat(institutions.answers(wish)).hasSize(1);
    }

    private MockHttpServletRequestBuilder answer(long wish, String email) {
        return post("/studiejob/projektoensker/" + wish + "/svar")
                .with(csrf())
                .param("companyName", "Oplevelser ApS")
                .param("contactName", "Mette Madsen")
                .param("email", email)
                .param("message", "Vi har plads til tre studerende.");
    }

    @Test
    void theWeeklyDigestNeverCarriesTheSameOpportunityTwice() throws Exception {
        String member = "digest-" + UUID.randomUUID() + "@example.dk";
        institution("FOOD", member);
        String first = unique("Fødevarepraktik");
        opportunity("PUBLISHED", first, "FOOD", "f@example.dk");
        opportunity("PENDING", unique("Ikke offentligt"), "FOOD", "f@example.dk");
        Instant moment = clock.instant().plusSeconds(60);

        institutions.sendDigests(moment);
        String text = TestSmtp.text(mail(member, 1, "Nye opslag til jeres studerende"));
        assertThat(text).contains(first).doesNotContain("Ikke offentligt");

        institutions.sendDigests(moment);
        institutions.sendDigests(moment.plusSeconds(3600));
        assertThat(digests(member)).as("nothing new: no second mail").isEqualTo(1);

        String second = unique("Mejeripraktik");
        long later = opportunity("PUBLISHED", second, "FOOD", "f@example.dk");
        jdbc.sql("UPDATE talent_opportunity SET published_at = :at WHERE id = :id")
                .param("at", Timestamp.from(moment.plus(Duration.ofDays(1))))
                .param("id", later)
                .update();
        institutions.sendDigests(moment.plus(Duration.ofDays(7)));
        assertThat(digests(member)).isEqualTo(2);
        String next = jdbc.sql("""
                        SELECT body_text FROM outbox_message WHERE recipient = :r AND category = 'talent.digest'
                        ORDER BY id DESC LIMIT 1""").param("r", member).query(String.class).single();
        assertThat(next).contains(second).doesNotContain(first);
    }

    private long digests(String member) {
        return jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :r AND category = 'talent.digest'")
                .param("r", member)
                .query(Long.class)
                .single();
    }

    // ---- 4. the figures as files

    @Test
    void theFiguresDownloadAsCsvAndXlsx() throws Exception {
        long id = opportunity("PUBLISHED", unique("Tal"), "HEALTH", "h@example.dk");
        jdbc.sql("UPDATE talent_opportunity SET status = 'CLOSED', outcome = 'JOB', closed_at = now() WHERE id = :id")
                .param("id", id)
                .update();
        RequestPostProcessor management = user("talent-ledelse@sec.dk").roles("MANAGEMENT");

        byte[] csv = mvc.perform(get("/intern/talent/tal.csv").with(management))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("talentbroen-tal.csv")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFOpdelt efter;Værdi;Ansat;Afsluttet med resultat\r\n");
        assertThat(text).containsPattern("Fagområde;Sundhed;\\d+;[1-9]\\d*\r\n");
        assertThat(text).contains("Kvartal;");

        byte[] xlsx = mvc.perform(get("/intern/talent/tal.xlsx").with(management))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Opdelt efter");
            boolean health = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0
                        && "Sundhed".equals(row.getCell(1).getStringCellValue())
                        && row.getCell(3).getNumericCellValue() >= 1) {
                    health = true;
                }
            }
            assertThat(health).as("the health row with a closed opportunity").isTrue();
        }
        mvc.perform(get("/intern/talent/tal.csv")
                        .with(user("sagsbehandler@sec.dk").roles("CASEWORKER")))
                .andExpect(status().isForbidden());
    }

    // ---- 5. the front page

    @Test
    void theFrontPageShowsTheNewestOpportunities() throws Exception {
        String title = unique("Nyeste studiejob");
        long id = opportunity("PUBLISHED", title, "IT", "n@example.dk");
        jdbc.sql("UPDATE talent_opportunity SET published_at = now() + interval '1 day' WHERE id = :id")
                .param("id", id)
                .update();
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nye studiejob, praktikpladser og projekter")))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("href=\"/studiejob/" + id + "\"")))
                .andExpect(content().string(containsString("href=\"/studiejob\"")));
    }
}
