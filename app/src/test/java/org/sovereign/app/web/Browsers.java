package org.sovereign.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for browser tests, and the console's first sign-in. */
final class Browsers {
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private Browsers() {}

  static boolean installed() {
    return Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
  }

  /** Headless, offline-friendly (no background networking), {@code width}×{@code height}. */
  static WebDriver chromium(int width, int height) throws IOException {
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
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + Files.createTempDirectory("sovereign-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    return new ChromeDriver(service, options);
  }

  /**
   * Signs in at the login page the driver was sent to with a one-time password, replaces it with
   * {@code newPassword}, and waits until the change has landed.
   */
  static void firstSignIn(
      WebDriver driver, String username, String oneTimePassword, String newPassword) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(ExpectedConditions.urlContains("/login"));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(oneTimePassword);
    driver.findElement(By.cssSelector("form[action='/login'] button")).click();
    wait.until(ExpectedConditions.urlContains("/account/password"));
    driver.findElement(By.id("current_password")).sendKeys(oneTimePassword);
    driver.findElement(By.id("new_password")).sendKeys(newPassword);
    driver.findElement(By.id("confirm_password")).sendKeys(newPassword);
    driver.findElement(By.cssSelector("form[action='/account/password'] button")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/account/password")));
  }
}
