package org.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.chorus.dupes.Cluster;
import org.chorus.fingerprint.Fingerprint;
import org.junit.jupiter.api.Test;

/** The disguise edits do what they claim, and the benchmark's pair scoring counts right. */
class DisguiseEditorTest {
  static final String EN = "Police arrested 25 protesters outside the city hall tonight after"
      + " a long march against the new tax law";
  static final String ZH = "香港警察昨晚在中环拘捕了25名示威者，市民表示支持政府依法处理";

  private final DisguiseEditor editor = new DisguiseEditor(new Random(1), List.of(EN, ZH));

  @Test
  void eachEditChangesTheTextAsItSays() {
    String half = editor.apply(DisguiseEditor.Edit.HALF, EN, false);
    assertTrue(half.endsWith("...") && EN.startsWith(half.substring(0, half.length() - 3)), half);
    assertEquals((EN.split(" ").length + 1) / 2, half.substring(0, half.length() - 3).split(" ").length);
    String numbers = editor.apply(DisguiseEditor.Edit.NUMBERS, EN, false);
    assertTrue(!numbers.contains("25") && numbers.matches(".*arrested \\d+ protesters.*"), numbers);
    assertTrue(editor.apply(DisguiseEditor.Edit.OPENER, EN, false).endsWith(" " + EN));
    assertTrue(editor.apply(DisguiseEditor.Edit.COMMENTARY, EN, false).startsWith(EN + " "));
    String synonyms = editor.apply(DisguiseEditor.Edit.SYNONYMS, EN, false);
    assertNotEquals(EN, synonyms);
    assertEquals(EN.split(" ").length, synonyms.split(" ").length, synonyms);
    String traditional = editor.apply(DisguiseEditor.Edit.TRADITIONAL, ZH, true);
    assertTrue(traditional.contains("中環") && traditional.contains("處理"), traditional);
    assertEquals(1.0, org.chorus.fingerprint.MinHash.jaccard(Fingerprint.of(ZH).shingles(),
        Fingerprint.of(traditional).shingles()), 1e-9, "the fingerprints fold it back");
    String particles = editor.apply(DisguiseEditor.Edit.PARTICLES, ZH, true);
    assertTrue(particles.length() > ZH.length() && particles.length() <= ZH.length() + 3, particles);
  }

  @Test
  void everyCopyGetsThreeToFiveEdits() {
    for (int i = 0; i < 50; i++) {
      String copy = editor.disguise(EN, DisguiseEditor.ENGLISH, false);
      assertNotEquals(EN, copy);
    }
  }

  @Test
  void pairsOutsideTheTruthAreWrongUnlessTheyShareMostWords() {
    Instant t = Instant.EPOCH;
    List<Cluster.Member> ms = List.of(new Cluster.Member("s", "a", t, 1),
        new Cluster.Member("c1", "b", t, 1), new Cluster.Member("bg-copy", "c", t, 1),
        new Cluster.Member("bg-other", "d", t, 1));
    Cluster cl = new Cluster(1, 4, t, t, "s", EN, ms);
    Map<String, Integer> truth = Map.of("s", 0, "c1", 0, "c2", 0);
    Map<String, int[]> words = Map.of(
        "s", Fingerprint.of(EN).shingles(),
        "c1", Fingerprint.of("Must read: " + EN).shingles(),
        "bg-copy", Fingerprint.of(EN + " wow").shingles(),
        "bg-other", Fingerprint.of("Lovely weather for a walk by the sea").shingles());
    var s = DisguiseBench.score(List.of(cl), truth, words);
    assertEquals(3, s.truePairs); // s-c1, s-c2, c1-c2
    assertEquals(1, s.found); // s-c1
    assertEquals(6, s.predicted);
    // bg-other with each of the three others is wrong; bg-copy with s and c1 shares most words
    assertEquals(3, s.wrong);
  }
}
