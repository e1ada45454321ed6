package org.chorus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossValidationTest {

  @Test
  void learnerNeverSeesTestGroupsAndEveryItemIsScoredOnce() throws Exception {
    List<String> groups = new ArrayList<>();
    List<List<String>> truth = new ArrayList<>();
    for (int a = 0; a < 20; a++) {
      for (int p = 0; p < 5; p++) {
        groups.add("acct" + a);
        truth.add(List.of(a % 2 == 0 ? "even" : "odd"));
      }
    }
    List<Fold> folds = new GroupedKFold(4, 1).split(groups, null);
    // A "memoriser": predicts the label it saw for the account in training, else "unknown".
    CrossValidation.Result result = CrossValidation.run(folds, truth, groups, false,
        (train, test) -> {
          Map<String, String> seen = new HashMap<>();
          for (int i : train) seen.put(groups.get(i), truth.get(i).get(0));
          List<List<String>> out = new ArrayList<>();
          for (int i : test) out.add(List.of(seen.getOrDefault(groups.get(i), "unknown")));
          return out;
        }, 100, 1);

    // Grouped folds leave the memoriser nothing: every prediction is "unknown".
    assertEquals(100, result.pooled().report().items());
    assertEquals(0, result.pooled().report().accuracy());
    assertEquals(100, result.pooled().report().metrics("unknown").predicted());
    assertEquals(4, result.folds().size());
    assertEquals(100, result.folds().stream().mapToInt(CrossValidation.FoldResult::testItems).sum());
    assertEquals(20, result.pooled().macroF1().groups());
  }

  @Test
  void pooledReportMatchesScoringAllPredictionsAtOnce() throws Exception {
    List<String> groups = List.of("a", "a", "b", "c", "c", "d");
    List<List<String>> truth = List.of(List.of("x"), List.of("y"), List.of("x"), List.of("y"),
        List.of("y"), List.of("x"));
    CrossValidation.Result result = CrossValidation.run(new GroupedKFold(2, 3).split(groups, null),
        truth, groups, true, (train, test) -> {
          List<List<String>> out = new ArrayList<>();
          for (int i : test) out.add(i % 3 == 0 ? List.of() : List.of("x"));
          return out;
        }, 50, 1);
    List<List<String>> predicted = new ArrayList<>();
    for (int i = 0; i < 6; i++) predicted.add(i % 3 == 0 ? List.of() : List.of("x"));
    assertEquals(Outcomes.multiLabel(truth, predicted).report(), result.pooled().report());
    assertTrue(result.pooled().report().labels().contains(Outcomes.NONE));
  }

  @Test
  void aLearnerReturningTooFewPredictionsIsCaught() {
    List<String> groups = List.of("a", "b", "c", "d");
    List<List<String>> truth = List.of(List.of("x"), List.of("y"), List.of("x"), List.of("y"));
    assertThrows(IllegalStateException.class, () -> CrossValidation.run(
        new GroupedKFold(2, 1).split(groups, null), truth, groups, false,
        (train, test) -> List.of(), 50, 1));
  }
}
