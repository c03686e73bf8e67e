package dk.samspil.newsletter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samspil.alerts.Subscribers;
import dk.samspil.newsletter.ModuleLists;
import dk.samspil.platform.Rejected;
import dk.samspil.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lists owned by another module: created once per owner, members added and removed as the owner's data changes, a
 * person's own unsubscribe respected when the owner adds them again, and every change in the consent log.
 */
class ModuleListsTest extends IntegrationTest {

    @Autowired
    ModuleLists moduleLists;

    @Autowired
    NewsletterSubscriptions subscriptions;

    @Autowired
    Subscribers subscribers;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theOwnersListIsCreatedOnceAndKeptInStepWithItsMembers() {
        String owner = "test:" + UUID.randomUUID();
        long list = moduleLists.ensureList(owner, "Medlemmer " + owner, "Mails til netværkets medlemmer.", false);
        assertThat(moduleLists.ensureList(owner, "Et andet navn", "Andet.", true))
                .isEqualTo(list);
        assertThat(jdbc.sql("SELECT visibility FROM newsletter_list WHERE id = :id")
                        .param("id", list)
                        .query(String.class)
                        .single())
                .isEqualTo("INTERNAL");

        String email = "medlem-" + UUID.randomUUID() + "@firma.dk";
        moduleLists.addMember(list, email, "Mette Medlem", "networks: medlem fra 1. januar");
        moduleLists.addMember(list, email, "Mette Medlem", "networks: medlem fra 1. januar");
        assertThat(moduleLists.isActiveMember(list, email.toUpperCase())).isTrue();
        assertThat(moduleLists.activeMembers(list)).singleElement().satisfies(member -> {
            assertThat(member.email()).isEqualTo(email);
            assertThat(member.name()).isEqualTo("Mette Medlem");
            assertThat(member.unsubscribeUrl()).contains("/nyhedsbrev/afmeld?token=");
            assertThat(member.unsubscribeHeaders()).containsKeys("List-Unsubscribe", "List-Id");
        });

        moduleLists.removeMember(list, email, "networks: udmeldt");
        moduleLists.removeMember(list, email, "networks: udmeldt");
        assertThat(moduleLists.isActiveMember(list, email)).isFalse();
        assertThat(moduleLists.activeMembers(list)).isEmpty();

        // left and joined again: back on the list
        moduleLists.addMember(list, email, null, "networks: genindmeldt");
        assertThat(moduleLists.isActiveMember(list, email)).isTrue();

        // the person unsubscribes themselves: the owner's next add leaves them off
        long person = subscribers.findByEmail(email).orElseThrow().id();
        subscriptions.unsubscribe(person, list, NewsletterSubscriptions.Method.ONE_CLICK, 0, null);
        moduleLists.addMember(list, email, null, "networks: synkronisering");
        assertThat(moduleLists.isActiveMember(list, email)).isFalse();

        assertThat(jdbc.sql("""
                        SELECT action || ':' || method FROM newsletter_consent
                        WHERE list_id = :list ORDER BY at, id""").param("list", list).query(String.class).list())
                .containsExactly(
                        "GIVEN:STAFF",
                        "CONFIRMED:STAFF",
                        "WITHDRAWN:STAFF",
                        "GIVEN:STAFF",
                        "CONFIRMED:STAFF",
                        "WITHDRAWN:ONE_CLICK");
    }

    @Test
    void badAddressesAndSignUpsToAnInternalListAreRefusedAndChangeNothing() {
        long list =
                moduleLists.ensureList("test:" + UUID.randomUUID(), "Intern " + UUID.randomUUID(), "Intern.", false);
        assertThatThrownBy(() -> moduleLists.addMember(list, "ikke-en-adresse", null, "test"))
                .isInstanceOf(Rejected.class);
        assertThatThrownBy(() -> moduleLists.signUp(list, "ny-" + UUID.randomUUID() + "@firma.dk", null, "/test"))
                .isInstanceOf(Rejected.class);
        assertThat(jdbc.sql("SELECT count(*) FROM newsletter_subscription WHERE list_id = :list")
                        .param("list", list)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aPublicListsSignUpWaitsForTheConfirmationLink() {
        long list = moduleLists.ensureList(
                "test:" + UUID.randomUUID(), "Udbudsnyt " + UUID.randomUUID(), "Nye udbud hver uge.", true);
        String email = "ny-" + UUID.randomUUID() + "@firma.dk";
        moduleLists.signUp(list, email, "Niels", "/udbud/nyhedsmail");
        assertThat(moduleLists.isActiveMember(list, email)).isFalse();
        assertThat(jdbc.sql("""
                        SELECT s.status FROM newsletter_subscription s JOIN alert_subscriber p ON p.id = s.subscriber_id
                        WHERE s.list_id = :list AND lower(p.email) = lower(:email)""")
                        .param("list", list)
                        .param("email", email)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }
}
