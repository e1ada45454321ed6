package org.chorus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.chorus.index.PostIndex;
import org.chorus.index.TestPosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query is bounded: each limit refuses with a message that names it, and nothing crashes. */
class QueryLimitsTest {
  @TempDir static Path tmp;
  static PostIndex index;

  @BeforeAll
  static void build() throws IOException {
    index = PostIndex.open(TestPosts.buildIndex(tmp.resolve("idx"), TestPosts.posts(200)));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static String refusal(String query) {
    QueryLimitException e = assertThrows(QueryLimitException.class,
        () -> new PostSearcher(index).search(SearchRequest.builder(query).build()));
    assertTrue(e.getMessage().length() < 200, "the message does not echo the query: "
        + e.getMessage().length());
    return e.getMessage();
  }

  @Test
  void deepNestingIsRefusedBeforeTheParserRecurses() {
    String deep = "(".repeat(3000) + "police" + ")".repeat(3000);
    assertTrue(refusal(deep).contains("more than 32 deep"));
    String quoted = "\"" + "(".repeat(100) + "\"";
    assertThrows(QuerySyntaxException.class, () -> PostQueryParser.parseQuery(quoted + " ("),
        "parentheses inside quotes do not count; the lone one is a syntax error");
  }

  @Test
  void longPhrasesWideSlopAndManyExpansionsAreRefused() {
    assertTrue(refusal("\"" + "police violent ".repeat(200) + "\"").contains("at most 256"));
    assertTrue(refusal("\"police violent\"~100").contains("~20"));
    assertTrue(refusal("police~ ".repeat(40)).contains("more than 32 wildcard"));
    assertTrue(refusal("police ".repeat(1100)).contains("1024"));
  }

  @Test
  void withinTheLimitsQueriesRun() throws IOException {
    PostSearcher searcher = new PostSearcher(index);
    String nested = "(".repeat(32) + "violent" + ")".repeat(32);
    assertEquals(searcher.search(SearchRequest.builder("violent").build()).total(),
        searcher.search(SearchRequest.builder(nested).build()).total());
    searcher.search(SearchRequest.builder("\"police violent\"~20 viol~ pol*").build());
  }

  @Test
  void aSearchPastItsTimeLimitIsStoppedAndSaysSo() {
    PostSearcher hurried = new PostSearcher(index,
        QueryLimits.DEFAULT.withTimeout(Duration.ofNanos(1)));
    QueryLimitException e = assertThrows(QueryLimitException.class,
        () -> hurried.search(SearchRequest.builder("*").build()));
    assertTrue(e.getMessage().contains("time limit"), e.getMessage());
  }

  @Test
  void deepPagesAreRefusedBeforeAnyHitIsRanked() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.builder("*").page(999_999_999).size(10).build());
    assertTrue(e.getMessage().contains("past hit 10000"), e.getMessage());
    assertEquals(10_000, SearchRequest.builder("*").page(1000).size(10).build().page() * 10);
  }
}
