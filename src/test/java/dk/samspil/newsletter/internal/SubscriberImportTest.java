package dk.samspil.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samspil.platform.MailSuppressions;
import dk.samspil.support.CvrNumbers;
import dk.samspil.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The CSV import of people into a list: the preview says per row what would happen and writes nothing; the import
 * adds every row with its legal basis and source in the consent history (method IMPORT), or nothing when a row is
 * refused; files are judged by their content, not their name; bad rows get a Danish reason each.
 */
@AutoConfigureMockMvc
class SubscriberImportTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    NewsletterLists lists;

    @Autowired
    NewsletterSubscriptions subscriptions;

    @Autowired
    MailSuppressions suppressions;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final String consultant = "konsulent-" + UUID.randomUUID() + "@test.dk";

    @Test
    void thePreviewWritesNothingAndTheImportAddsEveryRowWithItsLegalBasisAndSource() throws Exception {
        long list = list();
        String member = unique("medlem");
        subscriptions.addByStaff(list, member, null, "CONSENT", "Papirblanket", "c@test.dk");
        String anne = unique("anne");
        String bo = unique("bo");
        String cvr = CvrNumbers.random();
        String unicode = "info-" + UUID.randomUUID().toString().substring(0, 6) + "@æblegården.dk";
        String file = "E-mail;CVR-nummer;Grundlag;Kilde\r\n"
                + anne + ";;samtykke;Tilmeldt på standen ved Erhvervsmessen 2026\r\n"
                + bo.toUpperCase() + ";" + cvr + ";Kundeforhold;Kunde siden 2019\r\n"
                + member + ";;samtykke;Papirblanket\r\n"
                + bo + ";" + cvr + ";kundeforhold;Kunde siden 2019\r\n"
                + unicode + ";;samtykke;Messe\r\n";

        String preview = previewOf(list, file.getBytes(StandardCharsets.UTF_8), "medlemmer.pdf");
        assertThat(preview)
                .as("a CSV file named .pdf is read by its content")
                .contains("3 sættes på listen, 2 ændrer intet, 0 er afvist")
                .contains("Står allerede på listen.")
                .contains("Samme som linje 3. Personen sættes på listen én gang.")
                .contains("Importér 3 personer");
        assertThat(memberCount(list)).as("the preview writes nothing").isEqualTo(1);

        String previewPath = previewPath(list, file.getBytes(StandardCharsets.UTF_8), "medlemmer.csv");
        MvcResult done =
                mvc.perform(post(previewPath).with(consultant()).with(csrf())).andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/intern/nyhedsbreve/lister/" + list);
        assertThat(done.getFlashMap().get("imported")).isEqualTo(3);

        assertThat(memberCount(list)).isEqualTo(4);
        long boId = person(bo);
        assertThat(jdbc.sql("SELECT legal_basis FROM newsletter_subscription WHERE subscriber_id = :p AND list_id = :l")
                        .param("p", boId)
                        .param("l", list)
                        .query(String.class)
                        .single())
                .isEqualTo("CUSTOMER");
        assertThat(jdbc.sql("SELECT company_cvr FROM alert_subscriber WHERE id = :p")
                        .param("p", boId)
                        .query(String.class)
                        .single())
                .isEqualTo(cvr);
        assertThat(subscriptions.consentHistory(person(anne)))
                .extracting(c -> c.action() + " " + c.method() + " " + c.source())
                .containsExactly(
                        "GIVEN IMPORT Tilmeldt på standen ved Erhvervsmessen 2026 (" + consultant + ", medlemmer.csv)",
                        "CONFIRMED IMPORT Tilmeldt på standen ved Erhvervsmessen 2026 (" + consultant
                                + ", medlemmer.csv)");
        assertThat(subscriptions.consentHistory(person(member)))
                .as("a person already on the list gets no new consent records")
                .hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE lower(recipient) IN (lower(:a), lower(:b))")
                        .param("a", anne)
                        .param("b", bo)
                        .query(Long.class)
                        .single())
                .as("an import sends no mail")
                .isZero();

        // the kept file is gone once imported
        assertThat(mvc.perform(get(previewPath).with(consultant()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void refusedRowsEachGetADanishReasonAndBlockTheWholeImport() throws Exception {
        long list = list();
        String left = unique("afmeldt");
        subscriptions.addByStaff(list, left, null, "CONSENT", "Messe", "c@test.dk");
        subscriptions.unsubscribe(person(left), list, NewsletterSubscriptions.Method.UNSUBSCRIBE_PAGE, 0, null);
        String blocked = unique("spaerret");
        suppressions.suppress(blocked, MailSuppressions.Reason.HARD_BOUNCE, "5.1.1");
        String twice = unique("to-gange");
        String fine = unique("fin");
        String file = "Email,CVR number,Legal basis,Source\n"
                + fine + ",,consent,Fair 2026\n"
                + "ikke-en-adresse,,consent,Messe\n"
                + twice + ",,samtykke,Messe\n"
                + twice + ",,kundeforhold,Messe\n"
                + unique("uden") + ",,,Messe\n"
                + unique("maaske") + ",,måske,Messe\n"
                + unique("kilde") + ",,samtykke,\n"
                + unique("cvr") + ",12345678,samtykke,Messe\n"
                + unique("formel") + ",,samtykke,=SUM(A1:A9)\n"
                + left + ",,samtykke,Messe\n"
                + blocked + ",,samtykke,Messe\n";

        String previewPath = previewPath(list, file.getBytes(StandardCharsets.UTF_8), "liste.csv");
        String preview = body(mvc.perform(get(previewPath).with(consultant())).andReturn());
        assertThat(preview)
                .contains("1 sættes på listen, 0 ændrer intet, 10 er afvist")
                .contains("ikke-en-adresse er ikke en gyldig e-mailadresse.")
                .contains("Adressen står også i linje 5 med et andet grundlag")
                .contains("Adressen står også i linje 4 med et andet grundlag")
                .contains("Grundlaget mangler. Skriv samtykke eller kundeforhold.")
                .contains("kendes ikke. Skriv samtykke eller kundeforhold.")
                .contains("Kilden mangler.")
                .contains("Kontrolcifferet passer ikke")
                .contains("ligner en formel")
                .contains("Personen har selv afmeldt sig listen.")
                .contains("Adressen er spærret")
                .contains("Filen kan ikke importeres, så længe der er afviste linjer.")
                .doesNotContain("Importér 1 personer");

        MvcResult refused =
                mvc.perform(post(previewPath).with(consultant()).with(csrf())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(refused)).contains("Filen er ikke importeret");
        assertThat(memberCount(list))
                .as("all or nothing: not even the good row")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM alert_subscriber WHERE lower(email) = lower(:e)")
                        .param("e", fine)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void filesAreJudgedByTheirContentAndRefusedInDanish() throws Exception {
        long list = list();
        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        assertRefused(list, pdf, "liste.csv", 422, "Filen er ikke en CSV-fil.");
        byte[] latin1 = "E-mail;Grundlag;Kilde\nsøren@firma.dk;samtykke;Messe i Næstved\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(list, latin1, "liste.csv", 422, "Filen er ikke UTF-8 (første fejl i linje 2)");
        assertRefused(
                list,
                "E-mail;CVR-nummer\nanne@firma.dk;\n".getBytes(StandardCharsets.UTF_8),
                "liste.csv",
                422,
                "Filen mangler kolonnerne Grundlag, Kilde.");
        assertRefused(
                list,
                "E-mail;Grundlag;Kilde\n".getBytes(StandardCharsets.UTF_8),
                "liste.csv",
                422,
                "Filen har kun første linje.");
        assertRefused(list, new byte[0], "liste.csv", 400, "Vælg en CSV-fil at uploade.");
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'x');
        assertRefused(list, huge, "liste.csv", 413, "Filen er for stor.");
        assertThat(jdbc.sql("SELECT count(*) FROM import_batch WHERE purpose = :p")
                        .param("p", "newsletter.subscribers:" + list)
                        .query(Long.class)
                        .single())
                .as("no refused file is kept")
                .isZero();

        // another user's preview, and a list that does not exist
        String previewPath = previewPath(
                list, ("E-mail;Grundlag;Kilde\n" + unique("x") + ";samtykke;Messe\n").getBytes(), "liste.csv");
        assertThat(mvc.perform(get(previewPath).with(user("andre@test.dk").roles("CONSULTANT")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/intern/nyhedsbreve/lister/999999999/import")
                                .with(consultant()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anUploadFarOverTheLimitIsTurnedAwayBeforeItIsReadAndOtherFormsOfTheListAreLeftAlone() throws Exception {
        long list = list();
        String importPath = "/intern/nyhedsbreve/lister/" + list + "/import";
        HttpResponse<String> over = postBytes(importPath, 4 * 1024 * 1024);
        assertThat(over.statusCode()).isEqualTo(303);
        assertThat(over.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(importPath + "?fejl=stor"));
        MvcResult page =
                mvc.perform(get(importPath + "?fejl=stor").with(consultant())).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(413);
        assertThat(body(page)).contains("Filen er for stor. Upload en fil på højst 2 MB");

        // the list's other POSTs are not this filter's business
        HttpResponse<String> member = postBytes("/intern/nyhedsbreve/lister/" + list + "/abonnenter", 4 * 1024 * 1024);
        assertThat(member.statusCode()).isNotEqualTo(303);
    }

    private HttpResponse<String> postBytes(String path, int size) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[size]))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void assertRefused(long list, byte[] content, String name, int status, String message) throws Exception {
        MvcResult result = upload(list, content, name);
        assertThat(result.getResponse().getStatus()).as(message).isEqualTo(status);
        assertThat(body(result)).contains(message).contains("aria-invalid=\"true\"");
    }

    private String previewOf(long list, byte[] content, String name) throws Exception {
        MvcResult page = mvc.perform(get(previewPath(list, content, name)).with(consultant()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        return body(page);
    }

    private String previewPath(long list, byte[] content, String name) throws Exception {
        MvcResult result = upload(list, content, name);
        assertThat(result.getResponse().getStatus()).as(body(result)).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/intern/nyhedsbreve/lister/" + list + "/import/");
        return location;
    }

    private MvcResult upload(long list, byte[] content, String name) throws Exception {
        return mvc.perform(multipart("/intern/nyhedsbreve/lister/" + list + "/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .with(consultant())
                        .with(csrf()))
                .andReturn();
    }

    private RequestPostProcessor consultant() {
        return user(consultant).roles("CONSULTANT");
    }

    private long list() {
        return lists.create(new NewsletterLists.NewList(
                "Import " + UUID.randomUUID(), "Netværkets nyt.", MailingList.Visibility.INTERNAL, false, true));
    }

    private long memberCount(long list) {
        return jdbc.sql("SELECT count(*) FROM newsletter_subscription WHERE list_id = :l AND status = 'ACTIVE'")
                .param("l", list)
                .query(Long.class)
                .single();
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM alert_subscriber WHERE lower(email) = lower(:e)")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
    }
}
