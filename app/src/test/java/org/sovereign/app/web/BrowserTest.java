package org.sovereign.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sovereign.platform.accounts.Role;
import org.sovereign.platform.audit.Actor;

/**
 * A real browser (Debian's headless Chromium) signs in with a one-time password, sets its own,
 * walks every console section, verifies the audit chain through htmx and signs out.
 */
class BrowserTest {
  private static WebFixture web;
  private static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Browsers.installed(),
        "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver; .ci/run does)");
    web = new WebFixture();
    driver = Browsers.chromium(1280, 900);
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

  private static WebDriverWait await() {
    // Pages reload under the wait: a node can vanish between finding and reading it.
    return (WebDriverWait)
        new WebDriverWait(driver, Duration.ofSeconds(15))
            .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
            .ignoring(org.openqa.selenium.WebDriverException.class);
  }

  @Test
  void auditor_shouldSignInChangePasswordWalkTheConsoleAndSignOut() {
    var created =
        web.services()
            .accounts()
            .create(
                Actor.SYSTEM, "walker", "Walking Auditor", EnumSet.of(Role.AUDITOR, Role.ADMIN));
    driver.get(web.url("/overview"));
    Browsers.firstSignIn(driver, "walker", created.oneTimePassword(), "browser walk password");

    await().until(ExpectedConditions.urlContains("/overview"));
    assertThat(driver.findElement(By.cssSelector(".flash")).getText())
        .contains("password was changed");
    List<String> sections =
        driver.findElements(By.cssSelector("header nav a")).stream().map(a -> a.getText()).toList();
    assertThat(sections)
        .containsExactly(
            "Overview", "Reserve", "Power", "Supervision", "Audit", "Admin", "Transparency");

    for (String section : List.of("Reserve", "Power", "Supervision", "Transparency", "Admin")) {
      driver.findElement(By.linkText(section)).click();
      await().until(ExpectedConditions.attributeToBe(By.linkText(section), "aria-current", "page"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
    }

    driver.findElement(By.linkText("Admin")).click();
    driver.findElement(By.cssSelector("#orgs-heading ~ details summary")).click();
    driver.findElement(By.id("org-name")).sendKeys("Browser Exchange Ltd");
    driver.findElement(By.cssSelector("form[action='/admin/organisations'] button")).click();
    await()
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//td[text()='Browser Exchange Ltd']")));

    driver.findElement(By.linkText("Audit")).click();
    await()
        .until(
            ExpectedConditions.presenceOfElementLocated(By.cssSelector("#activity-chart canvas")));
    driver.findElement(By.id("verify-button")).click();
    await()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "intact"));

    driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
    await().until(ExpectedConditions.urlContains("/login"));
    driver.get(web.url("/audit"));
    await().until(ExpectedConditions.urlContains("/login"));
  }

  @Test
  void customer_shouldVerifyTheirInclusionProofInTheBrowser() {
    var vasp = org.sovereign.app.supervision.VaspFixture.licensed(web, "Browser Proof Exchange");
    var uploaded =
        vasp.reporter()
            .send(
                "POST",
                "/api/v1/vasps/" + vasp.id() + "/snapshots?cutoff=2026-01-01T00:00:00Z",
                "text/csv",
                "customer_id,BTC\namina-01,150000\nbilal-02,2500\n");
    String snapshot = org.sovereign.app.supervision.VaspFixture.json(uploaded).get("id").asText();
    String proof =
        vasp.reporter().get("/api/v1/snapshots/" + snapshot + "/proof?customer=amina-01").body();

    driver.get(web.url("/transparency/solvency"));
    driver.findElement(By.id("verify-proof")).sendKeys(proof);
    driver.findElement(By.id("verify")).click();
    await()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(By.id("verify-result"), "amina-01"));
    assertThat(driver.findElement(By.id("verify-result")).getText())
        .startsWith("Valid")
        .contains("150000");

    driver.findElement(By.id("verify-proof")).clear();
    driver
        .findElement(By.id("verify-proof"))
        .sendKeys(proof.replace("\"assets\":[\"BTC\"]", "\"assets\":[\"BTC\"] "));
    driver.findElement(By.id("verify-proof")).sendKeys("x");
    driver.findElement(By.id("verify")).click();
    await()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("verify-result"), "Not valid"));
  }
}
