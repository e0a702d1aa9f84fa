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
  private static WebFixture web;
  private static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Browsers.installed(), "Debian's chromium and chromium-driver are not installed");
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
    driver = Browsers.chromium(1280, 2400);
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
    Browsers.firstSignIn(driver, "watcher", created.oneTimePassword(), "defi browser password");

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
