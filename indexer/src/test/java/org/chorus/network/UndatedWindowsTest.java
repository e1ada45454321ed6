package org.chorus.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posts without a time all carry the same stand-in time; a time window must not take them for
 * posts made together. Three accounts post the same text and link without a time, two more
 * with times an hour apart.
 */
class UndatedWindowsTest {
  @TempDir Path dir;
  static final String TEXT = "The so-called protesters are paid rioters, a witness says tonight";

  private DirectoryReader index() throws Exception {
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      posts.add(Post.builder("u" + i, Account.of("undated" + i), Post.NO_TIME, TEXT)
          .urls(List.of("https://t.co/same")).build());
    }
    posts.add(Post.builder("d0", Account.of("dated0"), TestIndexes.T0, TEXT)
        .urls(List.of("https://t.co/same")).build());
    posts.add(Post.builder("d1", Account.of("dated1"), TestIndexes.T0.plus(Duration.ofMinutes(5)),
        TEXT).urls(List.of("https://t.co/same")).build());
    return TestIndexes.write(dir, posts);
  }

  @Test
  void copyClustersInAWindowLeaveUndatedPostsOutAndCountThem() throws Exception {
    DirectoryReader r = index();
    DuplicateFinder f = new DuplicateFinder(r);
    List<Cluster> windowed = f.find(DuplicateFinder.Options.defaults()
        .withWindow(Duration.ofHours(1)));
    assertEquals(1, windowed.size());
    assertEquals(List.of("d0", "d1"), windowed.get(0).members().stream()
        .map(Cluster.Member::postId).toList());
    assertEquals(3, f.lastUndated());
    List<Cluster> all = f.find(DuplicateFinder.Options.defaults());
    assertEquals(5, all.get(0).size(), "without a window time does not matter");
    assertEquals(Post.NO_TIME, all.get(0).members().get(0).time());
    assertEquals(0, f.lastUndated());
  }

  @Test
  void networkWindowsLinkNoUndatedPosts() throws Exception {
    CoordinationNetwork builder = new CoordinationNetwork(index());
    Network net = builder.build(DuplicateFinder.Options.defaults(), List.of(Duration.ofHours(1)));
    assertTrue(net.edges().stream().allMatch(e -> e.source().startsWith("dated")
        && e.target().startsWith("dated")), net.edges().toString());
    assertTrue(net.edges().stream().anyMatch(e -> e.type().equals("co-link")));
    assertEquals(3, builder.undatedPosts());
  }
}
