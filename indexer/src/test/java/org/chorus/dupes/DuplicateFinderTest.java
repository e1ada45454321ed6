package org.chorus.dupes;

import static org.chorus.dupes.TestIndexes.post;
import static org.chorus.dupes.TestIndexes.retweet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.chorus.corpus.Post;
import org.chorus.index.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateFinderTest {
  @TempDir Path dir;

  private static final String A = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10";
  private static final String B = "w1 w2 w3 w4 w5 w6 w7 w8 x1 x2"; // J(A,B) = 8/12
  private static final String C = "w1 w2 w3 w4 w5 w6 x1 x2 y1 y2"; // J(B,C) = 8/12, J(A,C) = 6/14

  private static Duration min(long m) {
    return Duration.ofMinutes(m);
  }

  private List<Cluster> run(List<Post> posts, DuplicateFinder.Options o) throws Exception {
    try (DirectoryReader r = TestIndexes.write(dir, posts)) {
      return new DuplicateFinder(r).find(o);
    }
  }

  private static Set<String> ids(Cluster c) {
    return c.members().stream().map(Cluster.Member::postId).collect(Collectors.toSet());
  }

  @Test
  void findsCopiesWithNoiseAndReportsTheirSimilarity() throws Exception {
    List<Post> posts = List.of(
        post("1", "a", min(0), "Rioters are destroying Hong Kong, the police must act now https://t.co/1"),
        post("2", "b", min(1), "RT @x: rioters are destroying Hong Kong, the police must act NOW! https://t.co/2"),
        post("3", "c", min(2), "Rioters are destroying Hong Kong, the police must act today #HK"),
        post("4", "d", min(3), "Lovely weather for a walk along the harbour this morning"),
        post("5", "d", min(4), "香港警察止暴制亂，支持香港警察 https://t.co/3"),
        post("6", "e", min(5), "@y 香港警察止暴制亂，支持香港警察！"));
    List<Cluster> clusters = run(posts, DuplicateFinder.Options.defaults());
    assertEquals(2, clusters.size());
    Cluster first = clusters.get(0);
    assertEquals(Set.of("1", "2", "3"), ids(first));
    assertEquals(3, first.accounts());
    assertEquals("1", first.representativeId());
    assertEquals(1.0, first.members().get(1).similarity());
    assertEquals(9.0 / 12, first.members().get(2).similarity(), 1e-6);
    assertEquals(Set.of("5", "6"), ids(clusters.get(1)));
    assertEquals(min(2), first.span());
  }

  @Test
  void chainingTrapDoesNotJoinDissimilarTexts() throws Exception {
    // A is the most copied (leader); B ~ A; C ~ B but C !~ A. Connected components would
    // join all seven posts; leader clustering keeps C apart.
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 3; i++) posts.add(post("a" + i, "acctA" + i, min(i), A));
    for (int i = 0; i < 2; i++) posts.add(post("b" + i, "acctB" + i, min(i), B));
    for (int i = 0; i < 2; i++) posts.add(post("c" + i, "acctC" + i, min(i), C));
    List<Cluster> clusters = run(posts, DuplicateFinder.Options.defaults());
    assertEquals(2, clusters.size());
    assertEquals(Set.of("a0", "a1", "a2", "b0", "b1"), ids(clusters.get(0)));
    assertEquals(Set.of("c0", "c1"), ids(clusters.get(1)));
    for (Cluster.Member m : clusters.get(0).members()) {
      assertTrue(m.similarity() >= DuplicateFinder.DEFAULT_THRESHOLD);
    }
  }

  @Test
  void aMiddleLeaderTakesBothSidesBecauseEachIsSimilarToIt() throws Exception {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 3; i++) posts.add(post("b" + i, "acctB" + i, min(i), B));
    posts.add(post("a0", "acctA", min(1), A));
    posts.add(post("c0", "acctC", min(1), C));
    List<Cluster> clusters = run(posts, DuplicateFinder.Options.defaults());
    assertEquals(1, clusters.size());
    assertEquals(5, clusters.get(0).size());
    assertEquals("b0", clusters.get(0).representativeId());
  }

  @Test
  void windowBoundaryIsInclusive() throws Exception {
    Duration w = min(10);
    List<Post> posts = List.of(
        post("1", "a", Duration.ZERO, A),
        post("2", "b", w, A), // exactly one window after the first: counts
        post("3", "c", w.plusMillis(1), A), // one millisecond later: a new burst
        post("4", "d", min(15), A));
    List<Cluster> clusters = run(posts, DuplicateFinder.Options.defaults().withWindow(w));
    assertEquals(2, clusters.size());
    assertEquals(Set.of("1", "2"), ids(clusters.get(0)));
    assertEquals(Set.of("3", "4"), ids(clusters.get(1)));
    assertEquals(w, clusters.get(0).span());
    // without a window it is one cluster of four
    assertEquals(4, run(posts, DuplicateFinder.Options.defaults()).get(0).size());
  }

  @Test
  void aLoneCopyOutsideTheWindowIsDropped() throws Exception {
    List<Post> posts = List.of(post("1", "a", Duration.ZERO, A), post("2", "b", min(61), A));
    assertEquals(0, run(posts, DuplicateFinder.Options.defaults().withWindow(min(60))).size());
  }

  @Test
  void minAccountsCountsDistinctAccounts() throws Exception {
    List<Post> posts = List.of(post("1", "a", min(0), A), post("2", "a", min(1), A),
        post("3", "a", min(2), A));
    assertEquals(0, run(posts, DuplicateFinder.Options.defaults()).size());
    var one = new DuplicateFinder.Options(0.6, 1, null, null, RetweetMode.EXCLUDE, 3);
    List<Cluster> clusters = run(posts, one);
    assertEquals(1, clusters.size());
    assertEquals(1, clusters.get(0).accounts());
  }

  @Test
  void retweetsAreKeptApart() throws Exception {
    List<Post> posts = List.of(
        post("1", "a", min(0), A),
        retweet("2", "b", min(1), "RT @a: " + A, "1"),
        retweet("3", "c", min(2), "RT @a: " + A, "1"));
    assertEquals(0, run(posts, DuplicateFinder.Options.defaults()).size());
    var only = new DuplicateFinder.Options(0.6, 2, null, null, RetweetMode.ONLY, 3);
    assertEquals(Set.of("2", "3"), ids(run(posts, only).get(0)));
    var all = new DuplicateFinder.Options(0.6, 2, null, null, RetweetMode.INCLUDE, 3);
    assertEquals(3, run(posts, all).get(0).size());
  }

  @Test
  void filterQueryRestrictsPosts() throws Exception {
    List<Post> posts = List.of(post("1", "a", min(0), A), post("2", "b", min(1), A),
        post("3", "c", min(2), A));
    var onlyAb = new DuplicateFinder.Options(0.6, 2, null,
        new org.apache.lucene.search.BooleanQuery.Builder()
            .add(new TermQuery(new Term(Schema.ACCOUNT, "c")),
                org.apache.lucene.search.BooleanClause.Occur.MUST_NOT)
            .add(new org.apache.lucene.search.MatchAllDocsQuery(),
                org.apache.lucene.search.BooleanClause.Occur.FILTER).build(),
        RetweetMode.EXCLUDE, 3);
    assertEquals(Set.of("1", "2"), ids(run(posts, onlyAb).get(0)));
  }

  @Test
  void shortAndUnrelatedTextsFormNoCluster() throws Exception {
    List<Post> posts = List.of(post("1", "a", min(0), "ok"), post("2", "b", min(1), "ok"),
        post("3", "c", min(2), A), post("4", "d", min(3), C));
    assertEquals(0, run(posts, DuplicateFinder.Options.defaults()).size());
  }

  @Test
  void emptyAndOnePostIndexes() throws Exception {
    assertEquals(0, run(List.of(), DuplicateFinder.Options.defaults()).size());
    assertEquals(0, run(List.of(post("1", "a", min(0), A)), DuplicateFinder.Options.defaults()).size());
  }

  @Test
  void aTextPostedThousandsOfTimesIsOneGroupNotMillionsOfPairs() throws Exception {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 3000; i++) posts.add(post("p" + i, "acct" + (i % 500), min(i % 30), A));
    for (int i = 0; i < 300; i++) posts.add(post("q" + i, "acct" + i, min(i % 30), A + " v" + i));
    try (DirectoryReader r = TestIndexes.write(dir, posts)) {
      DuplicateFinder f = new DuplicateFinder(r);
      List<Cluster> clusters = f.find(DuplicateFinder.Options.defaults());
      assertEquals(1, clusters.size());
      assertEquals(3300, clusters.get(0).size());
      assertEquals(500, clusters.get(0).accounts());
      // 3,300 posts are 5.4 million pairs; exact groups and bucket pivots keep a few thousand
      assertTrue(f.lastStats().candidatePairs() < 20_000,
          "pairs: " + f.lastStats().candidatePairs());
      assertNotEquals(0, f.lastStats().verifiedPairs());
    }
  }
}
