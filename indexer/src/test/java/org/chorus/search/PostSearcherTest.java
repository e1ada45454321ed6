package org.chorus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chorus.index.IndexedPost;
import org.chorus.index.NarrativeWriter;
import org.chorus.index.PostIndex;
import org.chorus.index.TestPosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches 50 generated posts: p{i} by acct{i%7}, one an hour from 2019-08-01, cycling through
 * five texts (i%5: 0 EN violence #HongKong, 1 EN peaceful, 2 ZH 暴徒, 3 RU полицией,
 * 4 EN foreign forces), labelled troll (even i) or verified (odd i); i%10==2 narrated.
 */
class PostSearcherTest {
  @TempDir static Path tmp;
  static PostIndex index;
  static PostSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    Path dir = TestPosts.buildIndex(tmp.resolve("idx"), TestPosts.posts(50));
    List<IndexedPost> all = new ArrayList<>();
    try (PostIndex i = PostIndex.open(dir)) {
      i.forEach(all::add);
    }
    try (NarrativeWriter w = NarrativeWriter.open(dir)) {
      for (IndexedPost p : all) {
        if (number(p.post().id()) % 10 == 2) w.set(p, List.of("protesters_violent"));
      }
    }
    index = PostIndex.open(dir);
    searcher = new PostSearcher(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  private static int number(String id) {
    return Integer.parseInt(id.substring(1));
  }

  private static SearchResult search(SearchRequest.Builder b) throws IOException {
    return searcher.search(b.size(100).build());
  }

  private static List<Integer> numbers(SearchResult r) {
    return r.hits().stream().map(h -> number(h.id())).toList();
  }

  @Test
  void violentFindsViolence() throws IOException {
    SearchResult r = search(SearchRequest.builder("violent"));
    assertEquals(10, r.total());
    assertTrue(numbers(r).stream().allMatch(i -> i % 5 == 0));
  }

  @Test
  void chineseAndRussianWordsFindTheirPosts() throws IOException {
    SearchResult zh = search(SearchRequest.builder("暴徒"));
    assertEquals(10, zh.total());
    assertTrue(numbers(zh).stream().allMatch(i -> i % 5 == 2));
    assertEquals(0, search(SearchRequest.builder("暴力")).total());
    // The posts are in traditional characters; a simplified query finds them too.
    assertEquals(10, search(SearchRequest.builder("破坏社会")).total());
    assertTrue(search(SearchRequest.builder("破坏社会")).hits().get(0).snippet().contains("**破壞社會**"));
    SearchResult ru = search(SearchRequest.builder("полиция"));
    assertEquals(10, ru.total());
    assertTrue(numbers(ru).stream().allMatch(i -> i % 5 == 3));
  }

  @Test
  void eachFilterNarrowsTheMatches() throws IOException {
    assertEquals(List.of(3, 10, 17, 24, 31, 38, 45),
        numbers(search(SearchRequest.builder("*").accounts(List.of("acct3"))
            .order(SearchRequest.Order.TIME))));
    assertEquals(14, search(SearchRequest.builder("").accounts(List.of("acct3", "acct4", "zzz"))
        .facets(false)).total());
    assertEquals(10, search(SearchRequest.builder("*").langs(List.of("ZH"))).total());
    assertEquals(10, search(SearchRequest.builder("*").hashtags(List.of("#HongKong"))).total());
    assertEquals(25, search(SearchRequest.builder("*").labels(List.of("troll"))).total());
    assertEquals(5, search(SearchRequest.builder("*").narratives(List.of("protesters_violent"))).total());
    SearchResult window = search(SearchRequest.builder("*")
        .from(TestPosts.post(10).time()).to(TestPosts.post(20).time()).order(SearchRequest.Order.TIME));
    assertEquals(List.of(10, 11, 12, 13, 14, 15, 16, 17, 18, 19), numbers(window));
    // Filters combine: violent posts by troll accounts, English only.
    SearchResult both = search(SearchRequest.builder("violent").labels(List.of("troll"))
        .langs(List.of("en")));
    assertTrue(numbers(both).stream().allMatch(i -> i % 10 == 0));
    assertEquals(5, both.total());
  }

  @Test
  void fieldsCanBeQueriedByName() throws IOException {
    assertEquals(10, search(SearchRequest.builder("hashtag:#HONGKONG")).total());
    assertEquals(10, search(SearchRequest.builder("lang:zh")).total());
    assertEquals(24, search(SearchRequest.builder("time:2019-08-02")).total());
    assertEquals(48, search(SearchRequest.builder("time:[2019-08-01 TO 2019-08-02]")).total());
    assertEquals(5, search(SearchRequest.builder("narrative:protesters_violent")).total());
    assertEquals(40, search(SearchRequest.builder("*:* -lang:zh")).total());
    assertEquals(40, search(SearchRequest.builder("-lang:zh")).total(), "negation alone");
  }

  @Test
  void retweetsAndTheRestAreFoundByFlag() throws IOException {
    assertEquals(List.of(9, 19, 29, 39, 49),
        numbers(search(SearchRequest.builder("retweet:1").order(SearchRequest.Order.TIME))));
    assertEquals(45, search(SearchRequest.builder("retweet:0")).total());
    assertEquals(5, search(SearchRequest.builder("retweet:true AND lang:en")).total());
    assertEquals(5, search(SearchRequest.builder("-retweet:0")).total());
    assertThrows(QuerySyntaxException.class,
        () -> searcher.search(SearchRequest.builder("retweet:maybe").build()));
  }

  @Test
  void linksAreMatchedWhole() throws IOException {
    assertEquals(17, search(SearchRequest.builder("url:\"https://example.com/a\"")).total());
    assertEquals(0, search(SearchRequest.builder("url:\"https://example.com/b\"")).total());
    assertEquals(10, search(SearchRequest.builder("url:\"https://example.com/a\" AND lang:en")).total());
    QuerySyntaxException part = assertThrows(QuerySyntaxException.class,
        () -> searcher.search(SearchRequest.builder("url:https*").build()));
    assertTrue(part.getMessage().contains("whole links only"), part.getMessage());
  }

  @Test
  void facetsCountEveryMatchNotOnlyThePage() throws IOException {
    SearchResult r = searcher.search(SearchRequest.builder("*").size(5).build());
    assertEquals(50, r.total());
    assertEquals(5, r.hits().size());
    Facets f = r.facets();
    assertEquals(List.of(new Count("en", 30), new Count("ru", 10), new Count("zh", 10)),
        f.languages().stream().sorted((a, b) -> a.count() != b.count()
            ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value())).toList());
    assertEquals(new Count("acct0", 8), f.accounts().get(0));
    assertEquals(7, f.accounts().size());
    assertEquals(List.of(new Count("hongkong", 10)), f.hashtags());
    assertEquals(2, f.labels().size());
    assertEquals(List.of(new Count("protesters_violent", 5)), f.narratives());
    assertEquals(List.of(new DayCount(LocalDate.of(2019, 8, 1), 24),
        new DayCount(LocalDate.of(2019, 8, 2), 24), new DayCount(LocalDate.of(2019, 8, 3), 2)),
        f.perDay());
  }

  @Test
  void facetsFollowTheQuery() throws IOException {
    Facets f = search(SearchRequest.builder("暴徒")).facets();
    assertEquals(List.of(new Count("zh", 10)), f.languages());
    assertEquals(List.of(new Count("protesters_violent", 5)), f.narratives());
    assertEquals(10, f.perDay().stream().mapToLong(DayCount::count).sum());
    assertEquals(Facets.NONE, search(SearchRequest.builder("暴徒").facets(false)).facets());
  }

  @Test
  void sortsByRelevanceOrTimeBothWays() throws IOException {
    List<Integer> asc = numbers(search(SearchRequest.builder("*").order(SearchRequest.Order.TIME)));
    List<Integer> desc = numbers(search(SearchRequest.builder("*").order(SearchRequest.Order.TIME_DESC)));
    assertEquals(0, asc.get(0));
    assertEquals(49, desc.get(0));
    for (int i = 1; i < asc.size(); i++) assertTrue(asc.get(i - 1) < asc.get(i));
    List<Integer> reversed = new ArrayList<>(desc);
    java.util.Collections.reverse(reversed);
    assertEquals(asc, reversed);
    assertTrue(Float.isNaN(search(SearchRequest.builder("violent").order(SearchRequest.Order.TIME))
        .hits().get(0).score()));
    SearchResult rel = search(SearchRequest.builder("violent OR peaceful^5"));
    assertEquals(20, rel.total());
    assertEquals(1, number(rel.hits().get(0).id()) % 5, "boosted word ranks first");
    for (int i = 1; i < rel.hits().size(); i++) {
      assertTrue(rel.hits().get(i - 1).score() >= rel.hits().get(i).score());
    }
  }

  @Test
  void pagesSliceTheOrderedHits() throws IOException {
    SearchResult p2 = searcher.search(SearchRequest.builder("*").order(SearchRequest.Order.TIME)
        .page(2).size(10).build());
    assertEquals(50, p2.total());
    assertEquals(List.of(10, 11, 12, 13, 14, 15, 16, 17, 18, 19), numbers(p2));
    SearchResult last = searcher.search(SearchRequest.builder("*").order(SearchRequest.Order.TIME)
        .page(3).size(20).build());
    assertEquals(10, last.hits().size());
    assertEquals(0, searcher.search(SearchRequest.builder("*").page(9).size(10).build()).hits().size());
  }

  @Test
  void snippetsMarkTheMatchedWords() throws IOException {
    Hit h = search(SearchRequest.builder("violent")).hits().get(0);
    assertTrue(h.snippet().contains("**violence**"), h.snippet());
    Hit zh = search(SearchRequest.builder("暴徒")).hits().get(0);
    assertTrue(zh.snippet().contains("**暴徒**"), zh.snippet());
    Hit plain = search(SearchRequest.builder("*").order(SearchRequest.Order.TIME)).hits().get(0);
    assertEquals(TestPosts.post(0).text(), plain.snippet());
    assertEquals("acct0", plain.account());
    assertEquals(List.of("troll"), plain.labels());
  }

  @Test
  void badQueriesSayWhatIsWrong() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
        () -> searcher.search(SearchRequest.builder("violent AND (").build()));
    assertTrue(e.getMessage().startsWith("bad query 'violent AND ('"), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"));
    QuerySyntaxException field = assertThrows(QuerySyntaxException.class,
        () -> searcher.search(SearchRequest.builder("colour:red").build()));
    assertTrue(field.getMessage().contains("unknown field 'colour'"), field.getMessage());
    assertThrows(QuerySyntaxException.class,
        () -> searcher.search(SearchRequest.builder("time:yesterday").build()));
  }

  @Test
  void accountsAreShownByScreenName() throws IOException {
    assertEquals("Name3", AccountNames.displayName(index, "acct3"));
    assertEquals("nobody", AccountNames.displayName(index, "nobody"));
  }

  @Test
  void hashtagsMatchAcrossCaseAndChineseScripts() {
    assertEquals("守护香港", org.chorus.index.PostDocuments.hashtag("#守護香港"));
    assertEquals("hongkong", org.chorus.index.PostDocuments.hashtag("＃HongKong"));
  }

  @Test
  void statsDescribeTheIndex() throws IOException {
    IndexStats s = IndexStats.of(index);
    assertEquals(50, s.posts());
    assertEquals(7, s.accounts());
    assertEquals(TestPosts.post(0).time(), s.first());
    assertEquals(TestPosts.post(49).time(), s.last());
    assertEquals(new Count("en", 30), s.languages().get(0));
    assertEquals(List.of(new Count("troll", 25), new Count("verified", 25)),
        s.labels().stream().sorted((a, b) -> a.value().compareTo(b.value())).toList());
    assertEquals(List.of(new Count("protesters_violent", 5)), s.narratives());
  }
}
