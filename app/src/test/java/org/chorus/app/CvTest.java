package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chorus.eval.CrossValidation.FoldResult;
import org.chorus.narratives.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CvTest {
  @TempDir Path dir;

  @Test
  void everyLabelledPostIsTestedOnceByAModelThatNeverSawItsAccount() throws Exception {
    Path posts = Fixtures.posts(dir, 1500);
    Fixtures.Counting progress = new Fixtures.Counting();
    CvResult r = Narratives.cv(new CvRequest(DatasetFiles.of(List.of(posts)),
        TrainingOptions.defaults().withMultiLabel(true), 3,
        new Scoring(GroupBy.ACCOUNT, 50, 3, List.of(), false)), progress);

    assertEquals(3, progress.units.get(), "one unit per fold");
    assertEquals(3, r.perFold().size());
    long labelled = r.read().labelled();
    assertEquals(labelled, r.perFold().stream().mapToLong(FoldResult::testItems).sum());
    for (FoldResult f : r.perFold()) assertEquals(labelled, f.trainItems() + f.testItems());
    assertEquals(labelled, r.evaluation().report().items());
    assertTrue(r.multiLabel());
    assertEquals("sgd", r.learner());
    assertTrue(r.evaluation().report().macroF1() > 0.5);
    assertTrue(r.meanFoldMacroF1() > 0.5);
  }

  @Test
  void tooFewAccountsForTheFoldsIsARequestToChange() throws Exception {
    Path csv = dir.resolve("p.csv");
    StringBuilder s = new StringBuilder("user,content,topic\n");
    for (int i = 0; i < 20; i++) {
      s.append("u").append(i % 2).append(",text ").append(i).append(',')
          .append(i % 2 == 0 ? "a" : "b").append('\n');
    }
    Files.writeString(csv, s);
    DatasetFiles data = new DatasetFiles(List.of(csv), org.chorus.corpus.Format.CSV,
        org.chorus.corpus.ColumnMap.parse("account=user,text=content,label=topic"), null, null);
    RequestException e = assertThrows(RequestException.class, () -> Narratives.cv(
        new CvRequest(data, TrainingOptions.defaults(), 5, Scoring.DEFAULT), Progress.NONE));
    assertTrue(e.getMessage().endsWith("(grouped by accounts)"), e.getMessage());
  }

  @Test
  void noLabelledPostIsARequestToChange() throws Exception {
    Path csv = dir.resolve("p.csv");
    Files.writeString(csv, "user,content\nu1,a\nu2,b\n");
    DatasetFiles data = new DatasetFiles(List.of(csv), org.chorus.corpus.Format.CSV,
        org.chorus.corpus.ColumnMap.parse("account=user,text=content"), null, null);
    assertThrows(RequestException.class, () -> Narratives.cv(
        new CvRequest(data, TrainingOptions.defaults(), 2, Scoring.DEFAULT), Progress.NONE));
  }
}
