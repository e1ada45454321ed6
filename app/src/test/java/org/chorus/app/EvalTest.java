package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.chorus.eval.Slice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTest {
  @TempDir static Path dir;
  static Path train;
  static Path test;
  static Path single;
  static Path multi;

  @BeforeAll
  static void train() throws Exception {
    train = Fixtures.posts(dir.resolve("train"), 1500);
    test = Fixtures.posts(dir, 2500);
    single = Fixtures.model(dir, train, false);
    multi = Fixtures.model(dir, train, true);
  }

  @Test
  void scoresTheModelOnTheLabelledPostsWithTheSlicesAskedFor() throws Exception {
    Scoring scoring = new Scoring(GroupBy.ACCOUNT, 50, 1, List.of("protesters_violent"), true);
    Fixtures.Counting progress = new Fixtures.Counting();
    EvalResult r = Narratives.eval(new EvalRequest(single, DatasetFiles.of(List.of(test)),
        scoring), progress);

    long labelled = r.read().labelled();
    assertEquals(2500, labelled + r.read().unlabelled());
    assertEquals(labelled, r.evaluation().report().items());
    assertEquals(labelled, progress.units.get());
    assertEquals("accounts", r.groupBy());
    assertEquals(single.toString(), r.model());
    assertEquals(50, r.evaluation().macroF1().resamples());
    assertTrue(r.evaluation().report().macroF1() > 0.6, "seen and unseen posts score well");
    assertEquals("protesters_violent", r.slices().get(0).classes().get(0));
    List<String> langs = r.slices().stream().skip(1).map(Slice::name).toList();
    assertTrue(langs.containsAll(List.of("en", "zh")), langs.toString());
    assertEquals(labelled, r.slices().stream().skip(1).mapToLong(Slice::items).sum());
  }

  @Test
  void aModelComparedWithItselfDiffersByNothing() throws Exception {
    CompareResult r = Narratives.compare(new CompareRequest(multi, multi,
        DatasetFiles.of(List.of(test)), new Scoring(GroupBy.POST, 50, 1, List.of(), false)),
        Progress.NONE);
    assertEquals(0.0, r.comparison().difference().estimate());
    assertEquals(1.0, r.comparison().shareBAtLeastA());
    assertEquals("posts", r.groupBy());
  }

  @Test
  void refusesToCompareMultiLabelWithSingleLabel() {
    assertThrows(RequestException.class, () -> Narratives.compare(new CompareRequest(single,
        multi, DatasetFiles.of(List.of(test)), Scoring.DEFAULT), Progress.NONE));
  }
}
