package org.chorus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chorus.app.DatasetFiles;
import org.chorus.app.IndexRequest;
import org.chorus.app.Indexing;
import org.chorus.app.Progress;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Annotate view in a real browser: posts labelled by keyboard alone land in the labels
 * file as the keys said, a retrain shows cross-validated figures, and the whole index is
 * labelled with the new model.
 */
class AnnotateBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void labelsPostsByKeyboardRetrainsAndLabelsTheIndex() throws Exception {
    Path dir = Files.createTempDirectory("chorus-annotate-browser");
    List<String> lines = Files.readAllLines(BundledIndex.POSTS).subList(0, 800);
    Path posts = Files.write(dir.resolve("posts.jsonl"), lines);
    new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(posts)), dir.resolve("index"),
        1, 32), Progress.NONE);
    // An earlier session's answers: 60 posts, so that cross-validation has accounts to fold.
    Path labels = dir.resolve("labels.jsonl");
    Map<String, List<String>> gold = new HashMap<>();
    List<String> earlier = new ArrayList<>();
    for (String l : lines) {
      JsonNode n = JSON.readTree(l);
      List<String> ls = new ArrayList<>();
      n.path("labels").forEach(x -> {
        if (x.asText().equals("support_police") || x.asText().equals("protesters_violent")) {
          ls.add(x.asText());
        }
      });
      gold.put(n.get("id").asText(), ls);
      if (earlier.size() < 60) {
        earlier.add(JSON.writeValueAsString(Map.of("id", n.get("id").asText(), "labels", ls,
            "source", "human", "annotator", "earlier")));
      }
    }
    Files.write(labels, earlier);

    try (Browser browser = Browser.over(dir.resolve("index"), labels)) {
      browser.open("/annotate");
      assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
      List<WebElement> keys = browser.all("#annotate-keys .key");
      assertEquals(List.of("protesters_violent", "support_police"),
          keys.stream().map(k -> k.getAttribute("data-narrative")).toList());
      List<WebElement> shown = browser.all("#annotate-posts .annotate-post");
      assertEquals(10, shown.size());
      List<String> ids = shown.stream().map(p -> p.getAttribute("data-id")).toList();

      Actions keyboard = new Actions(browser.driver());
      // Post 1: both narratives, then un-toggle the second: protesters_violent only.
      keyboard.sendKeys("1").sendKeys("2").sendKeys("2").sendKeys(Keys.ENTER).perform();
      waitSaved(browser, 1);
      keyboard.sendKeys("n").perform();          // post 2: none applies
      waitSaved(browser, 2);
      keyboard.sendKeys("2").sendKeys(Keys.ENTER).perform();  // post 3: support_police
      waitSaved(browser, 3);

      List<String> written = Files.readAllLines(labels).subList(60, 63);
      assertEquals(List.of(ids.get(0), ids.get(1), ids.get(2)),
          written.stream().map(AnnotateBrowserTest::id).toList());
      assertEquals(List.of(List.of("protesters_violent"), List.of(), List.of("support_police")),
          written.stream().map(AnnotateBrowserTest::labelsOf).toList());

      browser.driver().findElement(By.id("annotate-train")).click();
      new WebDriverWait(browser.driver(), Browser.WAIT).until(ExpectedConditions
          .presenceOfElementLocated(By.cssSelector("#annotate-macro-f1")));
      String figures = browser.driver().findElement(By.id("annotate-macro-f1")).getText();
      assertTrue(figures.startsWith("Cross-validated macro-F1 0."), figures);
      assertTrue(browser.all("#annotate-classes tbody tr").size() >= 2);
      assertTrue(Files.exists(dir.resolve("labels.jsonl.model")), "the retrained model");

      browser.driver().findElement(By.id("annotate-label-index")).click();
      new WebDriverWait(browser.driver(), Browser.WAIT).until(ExpectedConditions
          .textMatches(By.id("annotate-index-result"), java.util.regex.Pattern.compile(
              "800 posts labelled")));
      assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
    }
  }

  private static void waitSaved(Browser browser, int n) {
    new WebDriverWait(browser.driver(), Browser.WAIT).until(d ->
        d.findElements(By.cssSelector("#annotate-posts .annotate-post.saved")).size() == n);
  }

  private static String id(String line) {
    try {
      return JSON.readTree(line).get("id").asText();
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }

  private static List<String> labelsOf(String line) {
    try {
      List<String> out = new ArrayList<>();
      JSON.readTree(line).get("labels").forEach(x -> out.add(x.asText()));
      return out;
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
