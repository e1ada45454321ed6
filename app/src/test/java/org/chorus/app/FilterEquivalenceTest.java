package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.RetweetMode;
import org.chorus.index.PostIndexer;
import org.chorus.network.Network;
import org.chorus.search.Hit;
import org.chorus.search.PostFilter;
import org.chorus.search.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One filter, one selection: for each filter of a table, near-duplicates and the network look
 * at exactly the posts search returns. The first three rows selected nothing in dupes and
 * network when those parsed filters on their own.
 */
class FilterEquivalenceTest {
  private static final Path CORPUS = Path.of("../corpus/hk2019/posts.jsonl");
  // Every post, retweets and short posts included, and clusters of one account too: then the
  // posts dupes loads and the accounts' post counts in the network are the whole selection.
  private static final Copies EVERY_POST = new Copies(0.6, 1, RetweetMode.INCLUDE, 0);

  @TempDir static Path dir;
  static Investigation investigation;

  @BeforeAll
  static void index() throws IOException {
    Path index = dir.resolve("ix");
    PostIndexer.create(index, (file, rejects) -> Datasets.open(file, Format.AUTO, null, rejects),
        r -> { throw new AssertionError("the bundled corpus has a bad record: " + r); },
        PostIndexer.Options.defaults().withThreads(2)).run(List.of(CORPUS));
    investigation = Investigation.open(index);
  }

  @AfterAll
  static void close() throws IOException {
    investigation.close();
  }

  static Stream<Arguments> filters() {
    return Stream.of(
        Arguments.of("-lang:zh", PostFilter.builder().query("-lang:zh").build()),
        Arguments.of("time:[2019-08-01 TO 2019-08-31]",
            PostFilter.builder().query("time:[2019-08-01 TO 2019-08-31]").build()),
        Arguments.of("--from 2019-08-31 --to 2019-08-31", PostFilter.builder()
            .from(PostFilter.bound("2019-08-31", false))
            .to(PostFilter.bound("2019-08-31", true)).build()),
        Arguments.of("every post", PostFilter.ALL),
        Arguments.of("police violent (any word)",
            PostFilter.builder().query("police violent").build()),
        Arguments.of("暴徒 in zh", PostFilter.builder().query("暴徒").langs(List.of("zh")).build()),
        Arguments.of("--label protesters_violent --hashtag HK", PostFilter.builder()
            .labels(List.of("protesters_violent")).hashtags(List.of("#HK")).build()),
        Arguments.of("retweet:0 AND -hashtag:hk --from 2019-07-01T12:00:00Z",
            PostFilter.builder().query("retweet:0 AND -hashtag:hk")
                .from(PostFilter.bound("2019-07-01T12:00:00Z", false)).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("filters")
  void dupesAndNetworkSelectWhatSearchSelects(String name, PostFilter filter) throws IOException {
    Map<String, String> searched = searched(filter);
    assertTrue(searched.size() > 0, name + " selects posts");
    assertTrue(searched.size() < 8000 || filter.isAll(), name + " selects fewer than all");

    Investigation.Dupes dupes =
        investigation.dupes(new DupesRequest(filter, EVERY_POST, null), Progress.NONE);
    assertEquals(searched.size(), dupes.stats().selected(), name + ": posts dupes selects");
    for (Cluster c : dupes.clusters()) {
      for (Cluster.Member m : c.members()) {
        assertTrue(searched.containsKey(m.postId()), name + ": " + m.postId() + " not selected");
      }
    }

    // Only linked accounts are nodes; each counts exactly its posts in search's selection.
    Network network = investigation.network(
        new NetworkRequest(filter, EVERY_POST, List.of(Duration.ofHours(1))), Progress.NONE)
        .network();
    Map<String, Long> postsPerAccount = new HashMap<>();
    searched.values().forEach(a -> postsPerAccount.merge(a, 1L, Long::sum));
    for (Network.Node node : network.nodes()) {
      assertEquals(postsPerAccount.getOrDefault(node.account(), 0L), node.posts(),
          name + ": posts of account " + node.account());
    }
    for (Network.Edge edge : network.edges()) {
      for (Network.Evidence e : edge.evidence()) {
        assertTrue(searched.containsKey(e.sourcePost()) && searched.containsKey(e.targetPost()),
            name + ": evidence outside the selection on " + edge);
      }
    }
  }

  /** The posts search selects, each with its account. */
  private static Map<String, String> searched(PostFilter filter) throws IOException {
    SearchRequest request = SearchRequest.builder(filter).size(10_000).facets(false).build();
    Map<String, String> accounts = new HashMap<>();
    for (Hit h : investigation.search(request).result().hits()) accounts.put(h.id(), h.account());
    return accounts;
  }
}
