package org.chorus.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chorus.app.Investigation;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A workbench over one index and a headless Debian chromium driving it, for tests that assert
 * on what the page shows. The system's chromedriver is named explicitly, so Selenium Manager
 * never downloads a driver or a browser: the tests run offline, on the binaries
 * {@code scripts/install-browser.sh} installs.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHORUS_CHROMIUM",
      "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHORUS_CHROMEDRIVER",
      "/usr/bin/chromedriver"));
  static final Path INSTALL_SCRIPT = BundledIndex.ROOT.resolve("scripts/install-browser.sh");
  /** Generous: the machines these run on are shared, and a page waits on the server. */
  static final Duration WAIT = Duration.ofSeconds(30);

  private final Investigation investigation;
  private final Workbench workbench;
  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private Browser(Investigation investigation, Workbench workbench, ChromeDriverService service,
      ChromeDriver driver) {
    this.investigation = investigation;
    this.workbench = workbench;
    this.service = service;
    this.driver = driver;
  }

  /** A workbench over the bundled corpus, as {@code chorus demo} leaves it. */
  static Browser overBundledIndex() throws IOException {
    return over(BundledIndex.path());
  }

  /** A workbench on a free port over the index in {@code dir}, and a browser to read it. */
  static Browser over(Path dir) throws IOException {
    return over(dir, null);
  }

  /** {@link #over(Path)} with annotation on, answers going to {@code labels} (null: off). */
  static Browser over(Path dir, Path labels) throws IOException {
    ensureInstalled();
    Investigation investigation = Investigation.open(dir);
    Workbench workbench = null;
    ChromeDriverService service = null;
    try {
      workbench = Workbench.start(investigation, new Workbench.Options("127.0.0.1", 0, null,
          labels));
      service = new ChromeDriverService.Builder()
          .usingDriverExecutable(CHROMEDRIVER.toFile())
          .usingAnyFreePort()
          .withLogOutput(OutputStream.nullOutputStream())
          .build();
      return new Browser(investigation, workbench, service, new ChromeDriver(service, options()));
    } catch (RuntimeException e) {
      if (service != null) service.stop();
      if (workbench != null) workbench.close();
      investigation.close();
      throw e;
    }
  }

  private static ChromeOptions options() {
    // Selenium's own chatter (CDP version warnings) is not the test's output.
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
        "--no-first-run", "--disable-extensions");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return options;
  }

  /**
   * Installs chromium and its driver through the project's script when they are missing and
   * this runs as root; skips the test, saying why, only when they are missing and it cannot.
   */
  static synchronized void ensureInstalled() {
    if (installed()) return;
    if (!isRoot()) {
      String why = CHROMIUM + " or " + CHROMEDRIVER + " is missing and this user cannot install"
          + " them: run " + INSTALL_SCRIPT + " as root (or with sudo)";
      System.err.println("browser tests skipped: " + why);
      Assumptions.abort(why);
    }
    int status;
    try {
      status = new ProcessBuilder(INSTALL_SCRIPT.toString()).inheritIO().start().waitFor();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("could not run " + INSTALL_SCRIPT + ": " + e, e);
    }
    if (status != 0 || !installed()) {
      throw new IllegalStateException(INSTALL_SCRIPT + " failed (exit " + status + "): the"
          + " browser tests need " + CHROMIUM + " and " + CHROMEDRIVER);
    }
  }

  private static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  private static boolean isRoot() {
    try {
      Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
      String uid = new String(p.getInputStream().readAllBytes()).strip();
      return p.waitFor() == 0 && uid.equals("0");
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  WebDriver driver() {
    return driver;
  }

  Workbench workbench() {
    return workbench;
  }

  /** Opens {@code pathAndQuery} (already encoded) and waits until the view has loaded. */
  void open(String pathAndQuery) {
    driver.get(workbench.url().resolve(pathAndQuery).toString());
    waitReady();
  }

  /** Waits until the page says its view finished loading ({@code body[data-ready=true]}). */
  void waitReady() {
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("body[data-ready=true]")));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** The browser console's errors since the last call (CSP refusals show up here too). */
  List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) errors.add(e.getMessage());
    }
    return errors;
  }

  void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      service.stop();
      workbench.close();
      investigation.close();
    }
  }
}
