package nl.ijw.gateway.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.ijw.gateway.GatewayTest;
import nl.ijw.gateway.Voorbeelden;
import nl.ijw.gateway.bericht.BerichtType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console in a real headless Chromium: an operator signs in, finds a dead letter, looks at why it
 * is there, re-drives it after confirming, and follows the message to its delivery. Each main screen
 * is saved as a screenshot under target/screenshots.
 */
class ConsoleBrowserTest extends GatewayTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCHERMAFDRUKKEN = Path.of("target", "screenshots");

    @LocalServerPort
    private int poort;

    private WebDriver browser;
    private WebDriverWait wacht;
    private Path profiel;

    @BeforeEach
    void startBrowser() throws IOException {
        boolean aanwezig = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(aanwezig, "Chromium en ChromeDriver ontbreken (apt-get install chromium chromium-driver)");
        }
        assertThat(aanwezig).as("Chromium en ChromeDriver (.ci/run installeert ze)").isTrue();
        profiel = Files.createTempDirectory("ijw-chromium");
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        // Without the background-networking flags Chromium keeps calling out of the closed network.
        opties.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profiel, "--window-size=1366,900", "--lang=nl-NL");
        ChromeDriverService dienst = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(dienst, opties);
        wacht = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCHERMAFDRUKKEN);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profiel != null) {
            try (var paden = Files.walk(profiel)) {
                paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void schermafdruk(String naam) throws IOException {
        Files.write(SCHERMAFDRUKKEN.resolve(naam + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private WebElement zichtbaar(By waar) {
        return wacht.until(ExpectedConditions.visibilityOfElementLocated(waar));
    }

    /** A JW307 whose processing failed on every attempt, as the gateway dead-letters it. */
    private String doodGelopen(byte[] stop) {
        return broker.alsVerwerkingsfout(stop, UUID.randomUUID().toString(),
                java.util.Map.of("ijw_berichttype", "JW307", "ijw_afzender", "12345678", "ijw_ontvanger", "0193"));
    }

    @Test
    void anOperatorFindsADeadLetterReDrivesItAndSeesItDelivered() throws IOException {
        byte[] stop = Voorbeelden.bytes(BerichtType.JW307);
        String oud = doodGelopen(stop);
        // Some traffic for the overview.
        broker.stuur(Voorbeelden.bytes(BerichtType.JW305));
        broker.stuur("<geen iJw".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        browser.get("http://127.0.0.1:" + poort + "/beheer/");
        zichtbaar(By.id("gebruikersnaam")).sendKeys(BEHEERDER);
        browser.findElement(By.id("wachtwoord")).sendKeys(WACHTWOORD);
        wacht.until(d -> !d.findElement(By.id("csrf")).getAttribute("value").isEmpty());
        schermafdruk("inloggen");
        browser.findElement(By.id("aanmelden")).click();

        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wie"), BEHEERDER));
        wacht.until(d -> d.findElements(By.cssSelector("#wachtrijen tbody tr")).size() > 0);
        assertThat(browser.findElement(By.id("wachtrijen")).getText()).contains("ijw.dlq");
        schermafdruk("overzicht");

        browser.findElement(By.cssSelector("button[data-scherm='dodeletters']")).click();
        new Select(zichtbaar(By.name("reden"))).selectByVisibleText("VERWERKINGSFOUT");
        browser.findElement(By.cssSelector("#dlqFilter button[type='submit']")).click();
        By rij = By.cssSelector("#dlqLijst tr[data-bericht='" + oud + "']");
        // The list is drawn again when the filtered answer arrives: every step finds the row anew.
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(rij, "VERWERKINGSFOUT"));
        String regel = wacht.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(rij).getText());
        assertThat(regel).contains("VERWERKINGSFOUT", "JW307", "12345678");
        wacht.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(rij).findElement(By.xpath(".//button[text()='Details']")).click();
            return true;
        });
        WebElement details = zichtbaar(By.id("dlqDetails"));
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dlqDetails"), "journaal tijdelijk niet bereikbaar"));
        assertThat(details.getText()).contains("Het bericht is nu geldig");
        assertThat(zichtbaar(By.id("dlqInhoud")).getText()).contains("<Bericht");
        schermafdruk("dode-letter");

        wacht.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(rij).findElement(By.cssSelector("button.opnieuw")).click();
            return true;
        });
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("bevestigVraag"), "opnieuw aanbieden?"));
        schermafdruk("bevestigen");
        browser.findElement(By.id("bevestigJa")).click();

        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("melding"), "Opnieuw aangeboden als bericht"));
        Matcher nieuw = Pattern.compile("bericht ([0-9a-f-]{36})").matcher(browser.findElement(By.id("melding")).getText());
        assertThat(nieuw.find()).isTrue();
        var afgeleverd = broker.ontvang("ijw.out.0193", nieuw.group(1), "JW307");
        assertThat(afgeleverd).as("de stop, na opnieuw aanbieden afgeleverd aan de gemeente").isNotNull();
        assertThat(afgeleverd.inhoud()).isEqualTo(stop);
        wacht.until(ExpectedConditions.invisibilityOfElementLocated(rij));

        browser.findElement(By.cssSelector("button[data-scherm='berichten']")).click();
        zichtbaar(By.cssSelector("#zoekFilter input[name='identificatie']")).sendKeys(Voorbeelden.identificatie(stop));
        browser.findElement(By.cssSelector("#zoekFilter button[type='submit']")).click();
        zichtbaar(By.cssSelector("#zoekLijst tr[data-id='" + nieuw.group(1) + "']")).click();
        WebElement keten = zichtbaar(By.id("keten"));
        wacht.until(d -> d.findElement(By.id("keten")).getText().contains("JW308"));
        assertThat(keten.getText()).contains("JW307", "DOORGESTUURD", "JW308");
        assertThat(browser.findElement(By.id("bericht")).getText()).contains("Tracking-id", nieuw.group(1), "12345678 → 0193");
        schermafdruk("bericht");
    }

    @Test
    void aReaderSeesDeadLettersButNoButtonsThatChangeThem() throws IOException {
        String oud = doodGelopen(Voorbeelden.bytes(BerichtType.JW307));
        browser.get("http://127.0.0.1:" + poort + "/beheer/inloggen.html");
        zichtbaar(By.id("gebruikersnaam")).sendKeys(LEZER);
        browser.findElement(By.id("wachtwoord")).sendKeys(WACHTWOORD);
        wacht.until(d -> !d.findElement(By.id("csrf")).getAttribute("value").isEmpty());
        browser.findElement(By.id("aanmelden")).click();
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wie"), LEZER));

        browser.findElement(By.cssSelector("button[data-scherm='dodeletters']")).click();
        By rij = By.cssSelector("#dlqLijst tr[data-bericht='" + oud + "']");
        zichtbaar(rij);

        java.util.List<WebElement> knoppen = wacht.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(rij).findElements(By.cssSelector("button.opnieuw, button.verwijder")));
        assertThat(knoppen).isEmpty();
        assertThat(browser.findElement(By.id("bulk")).isDisplayed()).isFalse();
        wacht.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(rij).findElement(By.xpath(".//button[text()='Details']")).click();
            return true;
        });
        wacht.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dlqDetails"), "Alleen beheerders zien de inhoud"));
    }
}
