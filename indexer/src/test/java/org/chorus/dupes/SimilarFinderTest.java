package org.chorus.dupes;

import static org.chorus.dupes.TestIndexes.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarFinderTest {
  @TempDir Path dir;

  @Test
  void findsNearDuplicatesOfATextAndOfAPost() throws Exception {
    List<org.chorus.corpus.Post> posts = List.of(
        post("1", "a", Duration.ZERO, "Foreign forces are behind the riots in Hong Kong https://t.co/a"),
        post("2", "b", Duration.ofMinutes(1), "RT @q: foreign forces are behind the riots in Hong Kong!!"),
        post("3", "c", Duration.ofMinutes(2), "Foreign forces are behind the violent riots in Hong Kong #HK"),
        post("4", "d", Duration.ofMinutes(3), "Hong Kong weather: sunny with a chance of showers"),
        post("5", "e", Duration.ofMinutes(4), "境外勢力在香港製造暴亂"));
    try (DirectoryReader r = TestIndexes.write(dir, posts)) {
      SimilarFinder f = new SimilarFinder(new IndexSearcher(r));
      List<SimilarFinder.Hit> hits = f.similarTo("foreign forces are behind the riots in hong kong", 0.6, 10);
      assertEquals(List.of("1", "2", "3"), hits.stream().map(SimilarFinder.Hit::postId).toList());
      assertEquals(1.0, hits.get(0).similarity());
      assertEquals(9.0 / 11, hits.get(2).similarity(), 1e-9); // 9 shared of 11 distinct words
      List<SimilarFinder.Hit> byPost = f.similarToPost("2", 0.6, 10);
      assertEquals(List.of("1", "3"), byPost.stream().map(SimilarFinder.Hit::postId).toList());
      assertEquals(1, f.similarToPost("1", 0.6, 1).size());
      assertNull(f.similarToPost("nope", 0.6, 10));
      assertEquals("5", f.similarTo("境外勢力在香港製造暴亂！", 0.6, 10).get(0).postId());
      assertTrue(f.similarTo("https://t.co/only-a-link", 0.6, 10).isEmpty());
    }
  }

  @Test
  void emptyIndexHasNoHits() throws Exception {
    try (DirectoryReader r = TestIndexes.write(dir, List.of())) {
      assertTrue(new SimilarFinder(new IndexSearcher(r)).similarTo("any text at all", 0.6, 10).isEmpty());
    }
  }

  @Test
  void containmentCandidatesMustShareWordsThatAreNotFunctionWords() throws Exception {
    String text = "the police and the army are on the streets of the city tonight";
    String jaccard = SimilarFinder.candidateQuery(text, 0.7, Similarity.JACCARD).toString();
    String containment = SimilarFinder.candidateQuery(text, 0.7, Similarity.CONTAINMENT).toString();
    assertTrue(jaccard.contains("text:the"), jaccard);
    for (String stop : new String[] {"the", "and", "ar", "on", "of"}) {
      assertTrue(!containment.contains("text:" + stop + " "),
          "function words (as written, not as stemmed) make every post a candidate: " + containment);
    }
    assertTrue(containment.contains("text:polic") && containment.contains("text:tonight"),
        containment);
    assertTrue(containment.endsWith("~3)"), "five shared words, loosened: " + containment);
    assertNull(SimilarFinder.candidateQuery("the and of to", 0.7, Similarity.CONTAINMENT),
        "nothing but function words: no containment pair is possible");
  }
}
