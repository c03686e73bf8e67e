package dk.samspil.alerts.internal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A business consultant looks at the numbers, finds a subscriber who called by part of the address and opens the
 * subscriber's page with subscriptions, alerts, mails and consents; every page is axe-clean.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class AlertStaffBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void consultantFindsASubscriberAndSeesWhatWasSent() {
        String part = UUID.randomUUID().toString().substring(0, 8);
        String email = "browser-" + part + "@tagfirma.dk";
        long id = jdbc.sql("""
                        INSERT INTO alert_subscriber (email, name, company_cvr, language, created_at, paused_at, pause_reason)
                        VALUES (:email, 'Tagfirma ApS', '29188548', 'da', now(), now(), 'hard bounce') RETURNING id""").param("email", email).query(Long.class).single();
        long subscription = jdbc.sql("""
                        INSERT INTO alert_subscription (subscriber_id, kind, cpv_codes, keywords, notify_on, frequency,
                            status, created_at, confirmed_at)
                        VALUES (:id, 'CRITERIA', ARRAY['45261210'], ARRAY['tagpap'], ARRAY['NEW_ENTRY'], 'DAILY',
                            'ACTIVE', now(), now()) RETURNING id""").param("id", id).query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO alert_consent (email, email_hash, subscription_id, action, at, client_address,
                            text_version, source)
                        VALUES (:email, 'hash-' || :email, :subscription, 'GIVEN', now(), '10.0.0.1', 'v1', 'WEB')""").param("email", email).param("subscription", subscription).update();
        jdbc.sql("""
                        INSERT INTO alert_delivery (subscriber_id, procurement_reference, kind, change_key, frequency,
                            content, status, skip_reason, created_at)
                        VALUES (:id, 'SK-BROWSER-1', 'NEW_ENTRY', 'new', 'DAILY', '{"title": "Nyt tag på skolen"}',
                            'SKIPPED', 'subscriber paused', now())""").param("id", id).update();

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern/varsling");
        assertThat(awaitText(By.tagName("h1"), "Varsling").getText()).isEqualTo("Varsling – overblik");
        assertAccessible();

        driver.findElement(By.linkText("Find en abonnent")).click();
        awaitText(By.tagName("h1"), "Find en abonnent");
        driver.findElement(By.id("q")).sendKeys(part.toUpperCase());
        driver.findElement(By.xpath("//main//button[@type='submit']")).click();
        WebElement hit = awaitText(By.id("results"), email).findElement(By.linkText(email));
        assertAccessible();

        hit.click();
        awaitText(By.tagName("h1"), email);
        assertThat(driver.findElement(By.id("subscriptions")).getText()).contains("CPV 45261210");
        assertThat(driver.findElement(By.id("deliveries")).getText())
                .contains("Nyt tag på skolen")
                .contains("subscriber paused");
        assertThat(driver.findElement(By.id("sending-paused")).getText()).contains("hard bounce");
        assertAccessible();

        driver.findElement(By.linkText("Slet abonnenten og alle abonnementer")).click();
        awaitText(By.tagName("h1"), "Slet abonnenten");
        checkPage("alerts-staff-erase");
        assertActionsLevel();
    }
}
