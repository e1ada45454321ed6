package org.chorus.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CopyVariationTest {
  private static final String SEED =
      "Rioters attacked a journalist in Mong Kok today. Shame on them. #HongKong #StopViolence https://t.co/AAAAAAAAAA";
  private final CopyVariation variation = new CopyVariation(List.of("HK", "SaveHongKong"),
      List.of("😡"), List.of("attacked|assaulted|beat", "rioters|thugs"), Lang.EN);

  @Test
  void everyCopyGetsItsOwnLink() {
    Rng rng = new Rng(9);
    Set<String> links = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      String copy = variation.vary(SEED, rng, "HKNews");
      assertFalse(copy.contains("AAAAAAAAAA"), copy);
      links.addAll(Entities.of(copy).urls());
    }
    assertEquals(50, links.size());
  }

  @Test
  void copiesDifferInSmallWaysAndStayNearTheSeed() {
    Rng rng = new Rng(10);
    Set<String> distinct = new HashSet<>();
    Set<String> seedWords = words(SEED);
    for (int i = 0; i < 100; i++) {
      String copy = variation.vary(SEED, rng, "HKNews");
      distinct.add(copy.replaceAll("https://t\\.co/\\S+", ""));
      Set<String> both = new HashSet<>(seedWords);
      both.retainAll(words(copy));
      Set<String> either = new HashSet<>(seedWords);
      either.addAll(words(copy));
      assertTrue(both.size() >= 0.6 * either.size(), "too far from the seed: " + copy);
    }
    assertTrue(distinct.size() >= 10, distinct.size() + " distinct copies");
    assertTrue(distinct.stream().anyMatch(t -> t.contains("thugs") || t.contains("assaulted") || t.contains(" beat ")),
        "a word gets swapped");
    assertTrue(distinct.stream().anyMatch(t -> t.contains("@HKNews")), "a mention gets added");
    assertTrue(distinct.stream().anyMatch(t -> !t.contains("#StopViolence") || !t.contains("#HongKong")),
        "a hashtag gets dropped");
  }

  private static Set<String> words(String s) {
    return new HashSet<>(Arrays.asList(s.replaceAll("https://t\\.co/\\S+", "").toLowerCase().split("\\W+")));
  }
}
