package dk.samspil.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.platform.Roles;
import dk.samspil.support.BrowserTest;
import dk.samspil.support.idp.SingleSignOnTestSettings;
import dk.samspil.support.idp.TestIdentityProvider;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on in Chromium: an administrator maps the provider's group to a role at {@code /admin/grupper}, then a
 * member of that group clicks "Log ind med Testkommune" on the login page, logs in on the provider's own form and
 * comes back to Samspil logged in with the role. Samspil is reached as {@code 127.0.0.1}: the provider accepts any
 * port of a loopback address as the client's redirect URI. Every page is checked with axe-core and photographed at
 * 390 and 1280 px.
 */
class SingleSignOnBrowserTest extends BrowserTest {

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        SingleSignOnTestSettings.register(registry);
    }

    @Autowired
    StaffUserService users;

    @Autowired
    StaffUserRepository repository;

    @Test
    void aGroupMemberLogsInThroughTheIdentityProvidersFormAndComesBackSignedIn() {
        String group = "SG-Indkøb-" + UUID.randomUUID().toString().substring(0, 8);
        StaffUser admin = IdentityTestUsers.create(users, Roles.ADMIN);
        TestIdentityProvider idp = TestIdentityProvider.get();
        String username = "sigrid-" + UUID.randomUUID().toString().substring(0, 8);
        idp.putUser(username, username + "@slagelse.dk", "Sigrid Ærø Sørensen", List.of(group));

        go("/login");
        driver.findElement(By.name("username")).sendKeys(admin.email());
        driver.findElement(By.name("password")).sendKeys(IdentityTestUsers.PASSWORD);
        driver.findElement(By.xpath("//input[@name='username']/ancestor::form//button[@type='submit']"))
                .click();
        awaitUrl(url -> !url.contains("/login"));
        go("/admin");
        driver.findElement(By.linkText("Grupper og roller ved fælles login")).click();
        awaitText(By.tagName("h1"), "Grupper og roller ved fælles login");
        driver.findElement(By.cssSelector("main form[action='/admin/grupper'] button[type=submit]"))
                .click();
        awaitText(By.cssSelector(".alert-error"), "Der er fejl i formularen");
        assertAccessible();
        driver.findElement(By.id("group")).sendKeys(group);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("role"))).selectByValue(Roles.PROCUREMENT);
        driver.findElement(By.cssSelector("main form[action='/admin/grupper'] button[type=submit]"))
                .click();
        awaitText(By.id("group-roles"), group);
        assertAccessible();
        photograph("sso-admin-groups");
        clickLogOut();
        awaitUrl(url -> url.contains("/login?logout"));

        go("/login");
        assertAccessible();
        photograph("sso-login");
        driver.findElement(By.linkText("Log ind med Testkommune")).click();
        awaitUrl(url -> url.startsWith(idp.issuer() + "/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();

        awaitUrl(url -> url.equals(app("/")));
        go("/intern/indkoeb");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Adgang nægtet");
        assertThat(repository
                        .findByEmail(username + "@slagelse.dk")
                        .orElseThrow()
                        .roles())
                .containsExactly(Roles.PROCUREMENT);
        go("/konto");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(username + "@slagelse.dk");

        idp.setGroups(username, List.of());
        idp.allowPostLogoutRedirect(app("/login?logout"));
        clickLogOut();
        awaitUrl(url -> url.startsWith(app("/login?logout")));
        driver.findElement(By.linkText("Log ind med Testkommune")).click();
        awaitUrl(url -> url.startsWith(idp.issuer() + "/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        awaitText(By.tagName("h1"), "Du blev ikke logget ind");
        assertAccessible();
        photograph("sso-refused");
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void go(String path) {
        driver.get(app(path));
    }

    private void awaitUrl(java.util.function.Predicate<String> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(page -> condition.test(page.getCurrentUrl()));
    }

    /** Screenshots at a phone's and a laptop's width, with no sideways scrolling at either. */
    private void photograph(String name) {
        screenshot(name + "-1280");
        resizeWindow(390, 844);
        assertThat(sidewaysOverflow()).as("%s scrolls sideways at 390 px", name).isLessThanOrEqualTo(0);
        screenshot(name + "-390");
        resizeWindow(1280, 1024);
    }

    private void clickLogOut() {
        driver.findElements(By.cssSelector("form[action='/logout'] button")).stream()
                .filter(org.openqa.selenium.WebElement::isDisplayed)
                .findFirst()
                .orElseThrow()
                .click();
    }
}
