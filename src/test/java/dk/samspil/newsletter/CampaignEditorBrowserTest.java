package dk.samspil.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samspil.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

/**
 * The campaign editor with an image: a file that only calls itself a PNG is refused in Danish with the text kept, a
 * real image is uploaded, its snippet pasted into the text, and the preview shows the image with its alternative
 * text. The pages are checked with axe-core and photographed at 390 and 1280 px.
 */
@TestPropertySource(properties = "samspil.demo.enabled=true")
class CampaignEditorBrowserTest extends BrowserTest {

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Test
    void staffUploadAnImagePasteItsSnippetAndSeeItInThePreview() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Path fake = Files.createTempFile("falsk-", ".png");
        Files.writeString(fake, "<svg onload=alert(1)></svg>");
        Path real = Files.createTempFile("havn-", ".png");
        Files.write(real, PNG);

        loginAs("consultant@demo.samspil.dk", "demo-consultant-2026");
        open("/intern/nyhedsbreve");
        driver.findElement(By.cssSelector("main a[href='/intern/nyhedsbreve/kampagner/ny']"))
                .click();
        waitFor(By.id("markdown"));
        driver.findElement(By.id("subject")).sendKeys("Billeder fra havnen " + tag);
        driver.findElement(By.id("markdown")).sendKeys("# Havnen\n\nSe billedet:\n\n");

        driver.findElement(By.id("image")).sendKeys(fake.toAbsolutePath().toString());
        driver.findElement(By.id("imageAlt")).sendKeys("Et falsk billede");
        uploadButton().click();
        awaitText(By.id("error-summary"), "Filen er ikke et billede i PNG, JPEG, GIF eller WebP.");
        assertThat(driver.findElement(By.id("markdown")).getAttribute("value")).contains("Se billedet:");
        checkPage("newsletter-editor-image-refused");

        driver.findElement(By.id("image")).sendKeys(real.toAbsolutePath().toString());
        WebElement alt = driver.findElement(By.id("imageAlt"));
        alt.clear();
        alt.sendKeys("Havnen i Korsør " + tag);
        uploadButton().click();
        String snippet = waitFor(By.cssSelector("#image-uploaded code")).getText();
        assertThat(snippet).matches("!\\[Havnen i Korsør " + tag + "\\]\\(/nyhedsbrev/billeder/[0-9a-f-]{36}\\)");
        assertThat(driver.findElement(By.id("imageAlt")).getAttribute("value"))
                .as("emptied for the next image")
                .isEmpty();
        assertThat(driver.findElement(By.id("subject")).getAttribute("value")).isEqualTo("Billeder fra havnen " + tag);
        checkPage("newsletter-editor-image-uploaded");
        assertActionsLevel();

        driver.findElement(By.id("markdown")).sendKeys(snippet);
        driver.findElement(By.xpath("//button[@name='preview']")).click();
        WebElement image = waitFor(By.cssSelector("article.samspil-newsletter img"));
        assertThat(image.getAttribute("alt")).isEqualTo("Havnen i Korsør " + tag);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(page -> Long.valueOf(1)
                        .equals(driver.executeScript(
                                "return document.querySelector('article.samspil-newsletter img').naturalWidth")));
        checkPage("newsletter-editor-image-preview");
    }

    private WebElement uploadButton() {
        return driver.findElement(By.xpath("//main//button[normalize-space()='Upload billedet']"));
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }
}
