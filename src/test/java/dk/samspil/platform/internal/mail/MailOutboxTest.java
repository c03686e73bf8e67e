package dk.samspil.platform.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.samspil.platform.MailOutbox;
import dk.samspil.platform.OutgoingMail;
import dk.samspil.support.IntegrationTest;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox without a mail server: messages commit with the caller and wait for an administrator to read them. */
@AutoConfigureMockMvc
class MailOutboxTest extends IntegrationTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aMessageRollsBackWithTheCallersChange() {
        String recipient = "fortrudt-" + UUID.randomUUID() + "@example.dk";

        transactions.executeWithoutResult(status -> {
            outbox.enqueue(OutgoingMail.of("identity.setup", recipient, "Velkommen", "Hej"));
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message WHERE recipient = :r")
                        .param("r", recipient)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void enqueueNeedsTheCallersTransaction() {
        assertThatExceptionOfType(IllegalTransactionStateException.class)
                .isThrownBy(() ->
                        outbox.enqueue(OutgoingMail.of("identity.setup", "alene@example.dk", "Velkommen", "Hej")));
    }

    @Test
    void administratorsReadPendingMailInTheOutbox() throws Exception {
        String recipient = "laeser-" + UUID.randomUUID() + "@example.dk";
        long id = transactions.execute(status -> outbox.enqueue(OutgoingMail.of(
                        "alerts.alert",
                        recipient,
                        "Nyt indkøb: Vejsalt",
                        "Slagelse Kommune skal købe vejsalt. <script>alert(2)</script>")
                .withHeader("List-Unsubscribe", "<https://samspil.test/afmeld/x>")));

        mvc.perform(get("/admin/udbakke")
                        .param("recipient", recipient.toUpperCase())
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Der er ikke sat en mailserver op")))
                .andExpect(content().string(Matchers.containsString(recipient)))
                .andExpect(content().string(Matchers.containsString("Nyt indkøb: Vejsalt")))
                .andExpect(content().string(Matchers.containsString("Venter")))
                .andExpect(content().string(Matchers.containsString("/admin/udbakke/" + id)))
                .andExpect(content().string(Matchers.containsString("<td>Varsling</td>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("alerts.alert"))));
        mvc.perform(get("/admin/udbakke")
                        .param("recipient", recipient)
                        .param("status", "SENT")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(Matchers.containsString("<option value=\"SENT\" selected=\"selected\">Sendt</option>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/admin/udbakke/" + id + "\""))));
        mvc.perform(get("/admin/udbakke")
                        .param("recipient", recipient)
                        .param("status", "PENDING")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(content().string(Matchers.containsString("/admin/udbakke/" + id)));

        mvc.perform(get("/admin/udbakke/{id}", id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        Matchers.containsString(
                                                "<pre class=\"samspil-pre\">Slagelse Kommune skal købe vejsalt. &lt;script&gt;alert(2)&lt;/script&gt;</pre>")))
                .andExpect(content().string(Matchers.containsString("List-Unsubscribe")))
                .andExpect(content().string(Matchers.containsString("/admin/udbakke/" + id + "/html")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(2)"))));

        mvc.perform(get("/admin/udbakke/{id}/html", id).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(header().string("Content-Security-Policy", OutboxAdminController.HTML_PREVIEW_POLICY))
                .andExpect(content().string(Matchers.containsString("vejsalt. &lt;script&gt;alert(2)&lt;/script&gt;")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() throws Exception {
        mvc.perform(get("/admin/udbakke").with(user("konsulent").roles("CONSULTANT")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/udbakke/1/html").with(user("konsulent").roles("CONSULTANT")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownMessageIsNotFound() throws Exception {
        mvc.perform(get("/admin/udbakke/{id}", Long.MAX_VALUE)
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/udbakke/abc").with(user("admin").roles("ADMIN")))
                .andExpect(status().isBadRequest());
    }
}
