package org.chorus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SliceTest {
  private static final double EPS = 1e-9;

  @Test
  void perLanguageSlicesScoreOnlyTheirItems() {
    // en: all right; de: one of two wrong.
    Outcomes o = Outcomes.singleLabel(
        List.of("a", "b", "a", "b"), List.of("a", "b", "a", "a"));
    List<Slice> slices = Slice.byKey(o, List.of("en", "en", "de", "de"),
        List.of("g1", "g2", "g1", "g2"), 50, 1);
    assertEquals(List.of("de", "en"), slices.stream().map(Slice::name).toList());
    assertEquals(1.0, slices.get(1).macroF1().estimate(), EPS);
    // de: a tp1 fp1 -> 2/3; b fn1 -> 0
    assertEquals(1.0 / 3, slices.get(0).macroF1().estimate(), EPS);
    assertEquals(2, slices.get(0).items());
    assertEquals(2, slices.get(0).macroF1().groups());
  }

  @Test
  void overClassesAveragesOnlyTheChosenOnes() {
    Outcomes o = Outcomes.singleLabel(
        List.of("FAVOR", "AGAINST", "NONE", "NONE"), List.of("FAVOR", "NONE", "NONE", "NONE"));
    Slice s = Slice.overClasses(o, List.of("FAVOR", "AGAINST"), null, 50, 1);
    assertEquals(0.5, s.macroF1().estimate(), EPS); // FAVOR 1, AGAINST 0
    assertEquals(List.of("FAVOR", "AGAINST"), s.classes());
  }
}
