package org.sovereign.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sovereign.app.DemoDefi;
import org.sovereign.app.Pillars;
import org.sovereign.app.ScreeningLists;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;
import org.sovereign.supervision.aml.ListsWatchlist;
import org.sovereign.supervision.defi.testchain.EvmHome;
import org.sovereign.supervision.screening.SanctionsLists;

/**
 * The DeFi platform page in a real browser: the value-locked, reserves and oracle charts draw
 * (ECharts renders a canvas for each) and the alerts table lists the incident. A screenshot is kept
 * in {@code target/} for a person to look at.
 */
class DefiBrowserTest {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static WebFixture web;
  private static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
        "Debian's chromium and chromium-driver are not installed");
    assumeTrue(EvmHome.find(Path.of("")).isPresent(), "anvil not installed: run bin/evm-setup");
    var watchlist =
        new ListsWatchlist(
            SanctionsLists.load(
                ScreeningLists.bundled(Files.createTempDirectory("browser-defi-lists"))));
    web =
        new WebFixture(
            Clock.systemUTC(),
            chain -> Pillars.all(chain, watchlist),
            runtime -> DemoDefi.start(runtime, Path.of("")));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,2400",
        "--user-data-dir=" + Files.createTempDirectory("sovereign-chromium"));
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (web != null) {
      web.close();
    }
  }

  @Test
  void platformPage_shouldDrawItsChartsAndListTheIncident() throws Exception {
    var created =
        web.services()
            .accounts()
            .create(Actor.SYSTEM, "watcher", "DeFi Supervisor", EnumSet.of(Role.SUPERVISOR));
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    driver.get(web.url("/supervision/defi"));
    wait.until(ExpectedConditions.urlContains("/login"));
    driver.findElement(By.id("username")).sendKeys("watcher");
    driver.findElement(By.id("password")).sendKeys(created.oneTimePassword());
    driver.findElement(By.cssSelector("form[action='/login'] button")).click();
    wait.until(ExpectedConditions.urlContains("/account/password"));
    driver.findElement(By.id("current_password")).sendKeys(created.oneTimePassword());
    driver.findElement(By.id("new_password")).sendKeys("defi browser password");
    driver.findElement(By.id("confirm_password")).sendKeys("defi browser password");
    driver.findElement(By.cssSelector("form[action='/account/password'] button")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));

    long deadline = System.currentTimeMillis() + 60_000;
    do {
      driver.get(web.url("/supervision/defi"));
      wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Indus Swap DAO LLC")))
          .click();
      wait.until(ExpectedConditions.urlContains("/supervision/defi/"));
    } while (System.currentTimeMillis() < deadline
        && !driver.getPageSource().contains("DEFI-07-PAUSE"));

    for (String chart : new String[] {"tvl-chart", "reserves-chart", "oracle-chart"}) {
      wait.until(
          ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + chart + " canvas")));
    }
    assertThat(driver.findElements(By.cssSelector("#defi-alerts tbody tr"))).hasSizeGreaterThan(8);
    Path shot = Path.of("target", "defi-platform.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
