package org.chorus.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {
  private static final double EPS = 1e-9;

  @Test
  void singleLabelMatchesHandComputedValues() {
    // a: tp 2 fp 0 fn 1; b: tp 1 fp 1 fn 1; c: tp 1 fp 1 fn 0
    ClassificationReport r = Outcomes.singleLabel(
        List.of("a", "a", "a", "b", "b", "c"),
        List.of("a", "a", "b", "b", "c", "c")).report();

    assertEquals(List.of("a", "b", "c"), r.labels());
    assertMetrics(r.metrics("a"), 1.0, 2.0 / 3, 0.8, 3, 2);
    assertMetrics(r.metrics("b"), 0.5, 0.5, 0.5, 2, 2);
    assertMetrics(r.metrics("c"), 0.5, 1.0, 2.0 / 3, 1, 2);
    assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, r.macroF1(), EPS);
    assertEquals((1.0 + 0.5 + 0.5) / 3, r.macroPrecision(), EPS);
    assertEquals((2.0 / 3 + 0.5 + 1.0) / 3, r.macroRecall(), EPS);
    assertEquals(4.0 / 6, r.accuracy(), EPS);
    assertEquals(r.accuracy(), r.microF1(), EPS, "single-label micro-F1 is accuracy");
    assertEquals(6, r.items());
    assertArrayEquals(new int[][] {{2, 1, 0}, {0, 1, 1}, {0, 0, 1}}, r.confusion().counts());
    assertEquals(1, r.confusion().count("a", "b"));
  }

  @Test
  void classNeverPredictedScoresZeroInsteadOfDividingByZero() {
    ClassificationReport r = Outcomes.singleLabel(
        List.of("a", "a", "b"), List.of("a", "a", "a")).report();
    assertMetrics(r.metrics("b"), 0.0, 0.0, 0.0, 1, 0);
    assertMetrics(r.metrics("a"), 2.0 / 3, 1.0, 0.8, 2, 3);
    assertEquals(0.4, r.macroF1(), EPS);
  }

  @Test
  void classNeverTrueButPredictedCountsInMacroAverage() {
    ClassificationReport r = Outcomes.singleLabel(List.of("a", "a"), List.of("a", "d")).report();
    assertMetrics(r.metrics("d"), 0.0, 0.0, 0.0, 0, 1);
    assertMetrics(r.metrics("a"), 1.0, 0.5, 2.0 / 3, 2, 1);
    assertEquals(1.0 / 3, r.macroF1(), EPS);
  }

  @Test
  void multiLabelCountsEmptySetsAsNone() {
    ClassificationReport r = Outcomes.multiLabel(
        List.of(Set.of("x", "y"), Set.of("x"), Set.of(), Set.of("y")),
        List.of(Set.of("x"), Set.of("x", "y"), Set.of(), Set.of())).report();

    assertEquals(List.of(Outcomes.NONE, "x", "y"), r.labels());
    assertMetrics(r.metrics("x"), 1.0, 1.0, 1.0, 2, 2);
    assertMetrics(r.metrics("y"), 0.0, 0.0, 0.0, 2, 1);
    assertMetrics(r.metrics(Outcomes.NONE), 0.5, 1.0, 2.0 / 3, 1, 2);
    assertEquals((1.0 + 0.0 + 2.0 / 3) / 3, r.macroF1(), EPS);
    assertEquals(6.0 / 10, r.microF1(), EPS); // tp 3, fp 2, fn 2
    assertEquals(0.25, r.accuracy(), EPS); // exact set match on one item of four
    assertNull(r.confusion());
  }

  @Test
  void predictedNoneCountsInAveragesOnlyWhenSomeItemTrulyHasNoLabel() {
    // Truth never empty: x tp 1 fn 1; y tp 1. The empty prediction shows as a none row
    // (predicted once, support 0) but only the missed x counts against the averages.
    ClassificationReport r = Outcomes.multiLabel(
        List.of(Set.of("x"), Set.of("x"), Set.of("y")),
        List.of(Set.of("x"), Set.of(), Set.of("y"))).report();
    assertMetrics(r.metrics(Outcomes.NONE), 0.0, 0.0, 0.0, 0, 1);
    assertEquals((2.0 / 3 + 1.0) / 2, r.macroF1(), EPS);
    assertEquals(4.0 / 5, r.microF1(), EPS); // tp 2, fn 1
    Outcomes single = Outcomes.singleLabel(List.of("a", "b"), List.of("a", Outcomes.NONE));
    assertEquals((1.0 + 0.0) / 2, single.report().macroF1(), EPS);
    assertEquals(single.report().macroF1(), single.macroF1(single.allItems()), EPS);
  }

  @Test
  void macroF1OverChosenClassesIgnoresTheOthers() {
    // FAVOR: tp 1 fp 0 fn 1 -> 2/3; AGAINST: tp 1 fp 1 fn 0 -> 2/3; NONE: tp 1 fp 1 fn 1 -> 1/2
    Outcomes o = Outcomes.singleLabel(
        List.of("FAVOR", "FAVOR", "AGAINST", "NONE", "NONE"),
        List.of("FAVOR", "NONE", "AGAINST", "AGAINST", "NONE"));
    ClassificationReport r = o.report();
    assertEquals(2.0 / 3, r.macroF1Over(List.of("FAVOR", "AGAINST")), EPS);
    assertEquals(2.0 / 3, o.macroF1Over(List.of("FAVOR", "AGAINST")).applyAsDouble(o.allItems()),
        EPS);
    assertEquals((2.0 / 3 + 2.0 / 3 + 0.5) / 3, r.macroF1(), EPS);
    assertEquals(r.macroF1(), o.macroF1(o.allItems()), EPS);
  }

  @Test
  void reportOverASubsetScoresOnlyThoseItemsWithRepeats() {
    Outcomes o = Outcomes.singleLabel(List.of("a", "b", "b"), List.of("a", "a", "b"));
    ClassificationReport r = o.report(new int[] {0, 0, 2});
    assertEquals(3, r.items());
    assertEquals(1.0, r.macroF1(), EPS);
    assertEquals(2, r.metrics("a").support());
  }

  @Test
  void mismatchedLengthsAndMissingClassesAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> Outcomes.singleLabel(List.of("a"), List.of("a", "b")));
    assertThrows(IllegalArgumentException.class,
        () -> Outcomes.singleLabel(List.of("a"), List.of("")));
    ClassificationReport r = Outcomes.singleLabel(List.of("a"), List.of("a")).report();
    assertThrows(IllegalArgumentException.class, () -> r.metrics("zzz"));
  }

  private static void assertMetrics(ClassMetrics m, double p, double r, double f1, int support,
      int predicted) {
    assertEquals(p, m.precision(), EPS, m.label() + " precision");
    assertEquals(r, m.recall(), EPS, m.label() + " recall");
    assertEquals(f1, m.f1(), EPS, m.label() + " f1");
    assertEquals(support, m.support(), m.label() + " support");
    assertEquals(predicted, m.predicted(), m.label() + " predicted");
  }
}
