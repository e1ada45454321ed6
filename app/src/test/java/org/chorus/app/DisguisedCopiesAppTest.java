package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.RetweetMode;
import org.chorus.dupes.SharedSpan;
import org.chorus.dupes.Similarity;
import org.chorus.search.PostFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app layer carries the similarity measure from a request to dupes and similar. */
class DisguisedCopiesAppTest {
  @TempDir Path dir;

  static final String MSG = "守护香港法治，支持警方严正执法，坚决反对一切暴力行为，还市民安宁生活";

  private Path index() throws Exception {
    // The second copy is traditional, with particles, an opener and a comment after it.
    String[] texts = {MSG, "转发：守護香港法治啊，支持警方嚴正執法，堅決反對一切暴力行為呀，還市民安寧生活。說得太好了！希望更多看到，轉給身邊的朋友們看看，別再被那些謠言騙了",
        "今天天气很好，我们去公园散步，看到很多人在跳舞唱歌"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < texts.length; i++) {
      b.append(String.format("{\"id\":\"p%d\",\"account\":\"a%d\",\"time\":\"2019-08-12T03:0%d:00Z\","
          + "\"lang\":\"zh\",\"text\":\"%s\"}%n", i, i, i, texts[i]));
    }
    Path posts = Files.writeString(Files.createDirectories(dir).resolve("posts.jsonl"), b);
    return Fixtures.index(dir, posts);
  }

  @Test
  void dupesAndSimilarMeasureContainmentWhenAsked() throws Exception {
    Copies containment = new Copies(DuplicateFinder.DEFAULT_CONTAINMENT, 2, RetweetMode.EXCLUDE,
        3, Similarity.CONTAINMENT);
    try (Investigation inv = Investigation.open(index())) {
      assertTrue(inv.dupes(new DupesRequest(PostFilter.ALL, Copies.DEFAULT, null), Progress.NONE)
          .clusters().isEmpty(), "Jaccard: the comment and opener push the copy under 0.6");
      List<Cluster> found = inv.dupes(new DupesRequest(PostFilter.ALL, containment, null),
          Progress.NONE).clusters();
      assertEquals(1, found.size());
      Cluster c = found.get(0);
      assertEquals(Set.of("p0", "p1"),
          c.members().stream().map(Cluster.Member::postId).collect(Collectors.toSet()));
      Cluster.Member copy = c.members().get(1);
      SharedSpan span = c.evidence().apply(copy);
      assertTrue(span.containment() >= DuplicateFinder.DEFAULT_CONTAINMENT, span.toString());
      assertTrue(span.start() > 0 && span.end() > span.start(), span.toString());

      var byContainment = inv.similar(new SimilarRequest(MSG, null,
          DuplicateFinder.DEFAULT_CONTAINMENT, 10, Similarity.CONTAINMENT));
      assertEquals(Set.of("p0", "p1"), byContainment.stream().map(h -> h.postId())
          .collect(Collectors.toSet()));
    }
  }

  @Test
  void aBadThresholdIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new Copies(1.5, 2, RetweetMode.EXCLUDE, 3, Similarity.CONTAINMENT));
  }
}
