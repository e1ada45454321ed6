package org.chorus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's workflow on the bundled corpus, in a real browser: search → facet → timeline
 * brush → Back → a hit's copies → a copier's account → the network of the search → an edge's
 * evidence. At each step the page must show what the API answers for the URL it is on, and
 * the console must stay free of errors.
 */
class WorkflowTest {
  /** A query with hits in both languages of the corpus. */
  static final String QUERY = "police OR 警察";
  /** Campaign c0022 of corpus/hk2019/campaigns.jsonl: 117 English copies within 15 minutes. */
  static final String CAMPAIGN = "\"did their job facing violent rioters\"";
  private static final Pattern TOTAL = Pattern.compile("^([\\d,]+) posts");

  private static Browser browser;
  private static Http http;

  @BeforeAll
  static void start() throws IOException {
    browser = Browser.overBundledIndex();
    http = new Http(browser.workbench().url());
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) browser.close();
  }

  @Test
  void searchFacetBrushBackCopiesAccountNetworkEvidence() throws Exception {
    // 1. A typed query: the total, the hits and their marked matches are the API's.
    browser.open("/search");
    assertConsoleClean("the search page");
    search(QUERY);
    assertEquals(QUERY, param("q"));
    JsonNode all = assertSearchShowsApi("the query");
    assertTrue(all.get("total").asLong() > 100, "the query has many hits: " + all.get("total"));
    List<String> marks = texts("#hits .hit .hit-text mark");
    assertFalse(marks.isEmpty(), "matches are marked");
    List<String> apiMarks = new ArrayList<>();
    for (JsonNode hit : all.get("hits")) {
      for (JsonNode s : hit.get("snippet")) if (s.get("match").asBoolean()) apiMarks.add(s.get("text").asText());
    }
    assertEquals(apiMarks, marks, "the <mark>s are the API's matches");
    for (String m : marks) {
      assertTrue("police 警察".contains(m.toLowerCase()), "a mark holds a query word: " + m);
    }
    assertConsoleClean("the query");

    // 2. A language facet: the URL gains it, a chip shows it, the total is the filter's.
    String before = location();
    browser.driver().findElement(By.cssSelector("#facets .facet[data-facet=lang][data-value=en]")).click();
    waitUntil("return new URLSearchParams(location.search).get('lang') === 'en'");
    browser.waitReady();
    assertEquals(QUERY, param("q"), "the query stays");
    assertEquals(1, browser.all("#filters .chip[data-key=lang][data-value=en]").size(), "a chip for lang en");
    JsonNode english = assertSearchShowsApi("the lang facet");
    assertTrue(english.get("total").asLong() < all.get("total").asLong(), "the facet narrows");
    assertFalse(location().equals(before));
    String facetUrl = location();
    assertConsoleClean("the facet");

    // 3. A brushed range on the timeline: from/to in the URL, the range's total.
    JsonNode counts = http.json("/api/timeline" + search() + "&bucket=auto").get("counts");
    assertTrue(counts.size() >= 4, "a timeline of several buckets: " + counts.size());
    String from = counts.get(counts.size() / 4).get("time").asText();
    String to = counts.get(counts.size() * 3 / 4).get("time").asText();
    browser.script("document.getElementById('timeline').dispatchEvent(new CustomEvent('chorus:range',"
        + " {detail: {from: arguments[0], to: arguments[1]}}))", from, to);
    waitUntil("return new URLSearchParams(location.search).has('from')");
    browser.waitReady();
    assertEquals(from, param("from"));
    assertEquals(to, param("to"));
    assertEquals("en", param("lang"), "the facet stays");
    assertEquals(1, browser.all("#filters .chip[data-key=from]").size(), "a chip for from");
    assertEquals(1, browser.all("#filters .chip[data-key=to]").size(), "a chip for to");
    JsonNode ranged = assertSearchShowsApi("the brushed range");
    assertTrue(ranged.get("total").asLong() < english.get("total").asLong(), "the range narrows");
    assertConsoleClean("the brush");

    // 4. Back: the facet's URL and total again.
    browser.driver().navigate().back();
    waitUntil("return location.pathname + location.search === arguments[0]", facetUrl);
    browser.waitReady();
    assertEquals(english.get("total").asLong(), shownTotal(), "Back restores the total");
    assertEquals(0, browser.all("#filters .chip[data-key=from]").size(), "no range after Back");
    assertEquals(ids("#hits .hit"), apiIds(english.get("hits")), "Back restores the hits");
    assertConsoleClean("Back");

    // 5. A campaign's text, then a hit's copies: the table is the API's.
    search(CAMPAIGN);
    assertEquals("en", param("lang"), "the facet stays");
    JsonNode campaign = assertSearchShowsApi("the campaign's text");
    assertTrue(campaign.get("total").asLong() >= 100, "the campaign's posts: " + campaign.get("total"));
    String searchUrl = location();
    String post = campaign.get("hits").get(0).get("id").asText();
    browser.driver().findElement(By.cssSelector("#hits .hit[data-id='" + post + "'] .hit-copies")).click();
    waitUntil("return location.pathname === '/copies'");
    browser.waitReady();
    assertEquals(post, param("post"));
    JsonNode copies = http.json("/api/posts/" + post + "/copies?limit=50");
    assertTrue(copies.get("copies").size() >= 10, "a campaign post has copies: " + copies.get("total"));
    assertEquals(apiIds(copies.get("copies")), ids("#copies .copy"), "the copies are the API's");
    List<String> copyTexts = new ArrayList<>();
    for (JsonNode c : copies.get("copies")) copyTexts.add(c.get("text").asText());
    assertEquals(copyTexts, texts("#copies .copy td.text"), "the copies' texts");
    assertConsoleClean("the copies");

    // 6. The first copy's account: name, posts, heatmap and partners are the API's.
    String account = copies.get("copies").get(0).get("account").asText();
    browser.driver().findElement(By.cssSelector("#copies .copy a")).click();
    waitUntil("return location.pathname === arguments[0]", "/account/" + account);
    browser.waitReady();
    JsonNode profile = http.json("/api/accounts/" + account);
    String name = profile.get("name").isNull() ? account : profile.get("name").asText();
    assertEquals(name, browser.driver().findElement(By.id("account-name")).getText());
    assertEquals(profile.get("posts").asLong(),
        number(browser.driver().findElement(By.id("account-posts")).getText()));
    assertFalse(browser.all("#heatmap canvas").isEmpty(), "the heatmap is drawn");
    JsonNode partners = http.json("/api/accounts/" + account + "/partners?limit=20").get("partners");
    assertTrue(partners.size() > 0, "a campaign account has partners");
    List<String> partnerIds = new ArrayList<>();
    for (JsonNode p : partners) partnerIds.add(p.get("account").asText());
    List<String> shownPartners = new ArrayList<>();
    for (WebElement p : browser.all("#partners .partner")) shownPartners.add(p.getAttribute("data-account"));
    assertEquals(partnerIds, shownPartners, "the partners are the API's");
    assertConsoleClean("the account");

    // 7. Back to the search, its nav link to the network, an edge's evidence.
    browser.driver().navigate().back();
    waitUntil("return location.pathname === '/copies'");
    browser.driver().navigate().back();
    waitUntil("return location.pathname + location.search === arguments[0]", searchUrl);
    browser.waitReady();
    assertEquals(campaign.get("total").asLong(), shownTotal(), "Back restores the campaign search");
    browser.driver().findElement(By.cssSelector("#views a[href^='/network']")).click();
    waitUntil("return location.pathname === '/network'");
    browser.waitReady();
    assertEquals(CAMPAIGN, param("q"), "the nav carries the query");
    assertEquals("en", param("lang"), "the nav carries the facet");
    assertFalse(browser.all("#network canvas").isEmpty(), "the network is drawn");
    JsonNode net = http.json("/api/network" + search());
    assertTrue(net.get("edges").size() > 0, "the campaign's accounts are linked");
    JsonNode edge = net.get("edges").get(0);
    browser.script("document.getElementById('network').dispatchEvent(new CustomEvent('chorus:edge',"
        + " {detail: {source: arguments[0], target: arguments[1], type: arguments[2]}}))",
        edge.get("source").asText(), edge.get("target").asText(), edge.get("type").asText());
    waitUntil("return document.querySelector('#edge-evidence h2') !== null");
    browser.waitReady();
    JsonNode evidence = http.json("/api/network/edge" + search() + "&source=" + enc(edge.get("source").asText())
        + "&target=" + enc(edge.get("target").asText()) + "&type=" + enc(edge.get("type").asText())
        + "&edgeWindow=" + enc(edge.get("window").asText())).get("evidence");
    assertTrue(evidence.size() > 0, "an edge has evidence");
    assertEquals(evidence.size(), browser.all("#edge-evidence .evidence").size(), "a row per piece");
    List<String> evidenceTexts = new ArrayList<>();
    for (JsonNode ev : evidence) {
      evidenceTexts.add(ev.get("sourcePost").get("text").asText());
      evidenceTexts.add(ev.get("targetPost").get("text").asText());
    }
    assertEquals(evidenceTexts, texts("#edge-evidence .evidence .post-text"), "the evidence's posts");
    assertConsoleClean("the edge evidence");
  }

  /** Types {@code query} into the box and submits it; waits for the hits. */
  private static void search(String query) {
    WebElement q = browser.driver().findElement(By.id("q"));
    q.clear();
    q.sendKeys(query);
    browser.driver().findElement(By.id("search-go")).click();
    waitUntil("return new URLSearchParams(location.search).get('q') === arguments[0]", query);
    browser.waitReady();
  }

  /** Asserts the page shows /api/search's total and first page of hits for the page's URL. */
  private static JsonNode assertSearchShowsApi(String step) throws Exception {
    JsonNode api = http.json("/api/search" + search() + "&page=1&size=20");
    assertEquals(api.get("total").asLong(), shownTotal(), step + ": the total");
    assertEquals(apiIds(api.get("hits")), ids("#hits .hit"), step + ": the hits");
    return api;
  }

  private static long shownTotal() {
    String text = browser.driver().findElement(By.id("total")).getText();
    Matcher m = TOTAL.matcher(text);
    assertTrue(m.find(), "#total reads " + text);
    return number(m.group(1));
  }

  private static long number(String shown) {
    return Long.parseLong(shown.replace(",", "").strip());
  }

  private static List<String> apiIds(JsonNode items) {
    List<String> ids = new ArrayList<>();
    for (JsonNode i : items) ids.add(i.get("id").asText());
    return ids;
  }

  private static List<String> ids(String css) {
    List<String> ids = new ArrayList<>();
    for (WebElement e : browser.all(css)) ids.add(e.getAttribute("data-id"));
    return ids;
  }

  @SuppressWarnings("unchecked")
  private static List<String> texts(String css) {
    return (List<String>) browser.script("return [...document.querySelectorAll(arguments[0])]"
        + ".map(e => e.textContent)", css);
  }

  private static String location() {
    return (String) browser.script("return location.pathname + location.search");
  }

  /** The page's query string, "?" included, for asking the API what the page asked. */
  private static String search() {
    String s = (String) browser.script("return location.search");
    return s.isEmpty() ? "?" : s;
  }

  private static String param(String name) {
    return (String) browser.script("return new URLSearchParams(location.search).get(arguments[0])", name);
  }

  private static void waitUntil(String js, Object... args) {
    new WebDriverWait(browser.driver(), Browser.WAIT).until(d -> Boolean.TRUE.equals(browser.script(js, args)));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void assertConsoleClean(String step) {
    List<String> errors = new ArrayList<>(browser.consoleErrors());
    errors.removeIf(e -> e.contains("favicon"));
    assertEquals(List.of(), errors, step + ": console errors");
  }

}
