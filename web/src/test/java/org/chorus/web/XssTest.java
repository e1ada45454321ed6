package org.chorus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chorus.app.DatasetFiles;
import org.chorus.app.IndexRequest;
import org.chorus.app.Indexing;
import org.chorus.app.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * Post text is hostile: an index whose texts, account names, hashtags and URLs are XSS
 * payloads, opened in a real browser. Nothing may run, no element may come from the data, and
 * every text must read exactly as written.
 */
class XssTest {
  /** Sets {@code window.__xss} if it ever runs as script or markup. */
  static final String SET = "window.__xss=1";
  static final String HOSTILE_ACCOUNT = "<img src=x onerror=" + SET + ">";
  static final String HOSTILE_TAG = "<b>bold</b>";
  // Every text holds "payload", so one search finds them all.
  static final List<String[]> POSTS = List.of(
      // id, account, screen name, text, hashtag, url
      new String[] {"x1", "a1", "scripter", "payload <script>" + SET + "</script>", null, null},
      new String[] {"x2", "a2", "imager", "payload <img src=x onerror=\"" + SET + "\">", null,
          null},
      new String[] {"x3", "a3", "linker", "payload javascript:" + SET, null,
          "javascript:" + SET},
      new String[] {"x4", "a4", "closer", "payload </textarea><svg onload=" + SET + ">", null,
          null},
      new String[] {"x5", "a5", "\u202Eesrever", "payload \u202Edesrever si txet siht", null,
          null},
      new String[] {"x6", "a6", "framer", "payload \"><iframe src=javascript:" + SET + ">", null,
          "\"><iframe src=javascript:" + SET + ">"},
      new String[] {"x7", "a7", "tagger", "payload #" + HOSTILE_TAG + " tagged", HOSTILE_TAG,
          null},
      new String[] {"x8", HOSTILE_ACCOUNT, HOSTILE_ACCOUNT,
          "payload copied word for word by two accounts <img src=x onerror=" + SET + ">", null,
          null},
      new String[] {"x9", "a9", "copier",
          "payload copied word for word by two accounts <img src=x onerror=" + SET + ">", null,
          null});

  private static Browser browser;

  @BeforeAll
  static void start(@TempDir Path dir) throws IOException {
    Path posts = dir.resolve("hostile.jsonl");
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    int minute = 0;
    for (String[] p : POSTS) {
      ObjectNode post = json.createObjectNode().put("id", p[0]).put("account", p[1])
          .put("screen_name", p[2]).put("time", String.format("2020-01-01T10:%02d:00Z", minute++))
          .put("lang", "en").put("text", p[3]);
      if (p[4] != null) post.putArray("hashtags").add(p[4]);
      if (p[5] != null) post.putArray("urls").add(p[5]);
      lines.add(json.writeValueAsString(post));
    }
    Files.write(posts, lines);
    Path index = dir.resolve("index");
    new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(posts)), index, 1, 16),
        Progress.NONE);
    browser = Browser.over(index);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) browser.close();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void searchShowsEveryPayloadAsTextAndRunsNone() {
    for (String view : new String[] {"/search?q=payload", "/search?q=*&size=50",
        "/search?hashtag=" + enc(HOSTILE_TAG), "/search?account=" + enc(HOSTILE_ACCOUNT)}) {
      browser.open(view);
      assertInert(view);
    }
    browser.open("/search?q=payload&size=50");
    Set<String> shown = new HashSet<>();
    for (WebElement hit : browser.all("#hits .hit .hit-text")) {
      shown.add((String) browser.script("return arguments[0].textContent", hit));
    }
    Set<String> written = new HashSet<>();
    for (String[] p : POSTS) written.add(p[3]);
    assertEquals(written, shown, "each hit's text reads exactly as written");
    List<String> accounts = new ArrayList<>();
    for (WebElement a : browser.all("#hits .hit .hit-account")) {
      accounts.add((String) browser.script("return arguments[0].textContent", a));
    }
    assertTrue(accounts.contains(HOSTILE_ACCOUNT), "the hostile name shows as text: " + accounts);
    List<String> facetValues = new ArrayList<>();
    for (WebElement f : browser.all("#facets .facet[data-facet][data-value]")) {
      facetValues.add(f.getAttribute("data-value"));
    }
    assertTrue(facetValues.contains(HOSTILE_TAG), "the hashtag facet keeps it as data: "
        + facetValues);
  }

  @Test
  void theHostileAccountsViewRunsNothing() {
    browser.open("/account/" + enc(HOSTILE_ACCOUNT));
    assertInert("account view");
  }

  @Test
  void copiesAndNetworkViewsRunNothing() {
    for (String view : new String[] {"/copies?post=x8", "/copies?q=payload",
        "/network?q=payload", "/narratives?q=payload"}) {
      browser.open(view);
      assertInert(view);
    }
  }

  /** Nothing ran, nothing from the data became an element, no link runs script. */
  private static void assertInert(String view) {
    assertEquals("undefined", browser.script("return typeof window.__xss"), view + " ran script");
    Long injected = (Long) browser.script(
        "return document.querySelectorAll('#view script, #view img[src=x], #view svg[onload],"
            + " #view iframe, #view textarea ~ svg').length"
            // the hashtag payload's <b>bold</b>; the page's own <b> hold figures
            + " + [...document.querySelectorAll('#view b')].filter(e =>"
            + " e.textContent === 'bold').length"
            + " + [...document.querySelectorAll('#view *')].filter(e =>"
            + " [...e.attributes].some(a => a.name.startsWith('on'))).length");
    assertEquals(0L, injected, view + ": an element or handler came from the data");
    for (WebElement a : browser.all("a[href]")) {
      String href = a.getAttribute("href").strip().toLowerCase();
      assertFalse(href.startsWith("javascript:") || href.startsWith("data:"),
          view + " links to " + href);
      if (!href.startsWith(browser.workbench().url().toString())) {
        assertTrue(href.startsWith("http:") || href.startsWith("https:"), view + ": " + href);
        assertEquals("noopener noreferrer", a.getAttribute("rel"), view + ": " + href);
      }
    }
    // Markup that slipped through would meet the policy: its refusal is a console error.
    for (String error : browser.consoleErrors()) {
      assertFalse(error.contains("Content Security Policy"), view + ": " + error);
    }
  }
}
