package org.chorus.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CopyLabelsTest {
  private static LabelSet set() {
    return new LabelSet(List.of(
        new Decision("a", List.of("x"), Decision.HUMAN, "ana", null, null),
        new Decision("b", List.of("y"), Decision.HUMAN, "ana", null, null),
        new Decision("n", List.of(), Decision.HUMAN, "ana", null, null),
        new Decision("s", List.of("y"), Decision.SEED, "q", "y", null),
        new Decision("t", List.of(), Decision.SEED, "q", "y", null)));
  }

  private static Map<String, LabelSet.Target> byId(List<LabelSet.Target> ts) {
    return ts.stream().collect(Collectors.toMap(LabelSet.Target::id, Function.identity()));
  }

  @Test
  void aDecisionIsCarriedToItsCopiesButNotOverAnotherPersonsDecision() {
    var copies = Map.of("a", List.of("a1", "a2", "b"), "n", List.of("n1"));
    Map<String, LabelSet.Target> spread = byId(CopyLabels.spread(set().targets(), copies));
    assertEquals(List.of("x"), spread.get("a1").labels());
    assertTrue(spread.get("a1").copy());
    assertFalse(spread.get("a1").human());
    assertEquals(null, spread.get("a1").scope(), "a person's decision speaks for every label");
    assertEquals(List.of(), spread.get("n1").labels(), "'none applies' is carried too");
    assertFalse(spread.containsKey("b"), "b has its own decision");
    assertEquals(3, spread.size());
  }

  @Test
  void copiesOfPostsThatDisagreeGetNothing() {
    var copies = Map.of("a", List.of("c"), "b", List.of("c", "d"));
    Map<String, LabelSet.Target> spread = byId(CopyLabels.spread(set().targets(), copies));
    assertFalse(spread.containsKey("c"), "copied from x and from y: no guess");
    assertEquals(List.of("y"), spread.get("d").labels());
  }

  @Test
  void aCarriedDecisionReplacesSeedGuesses() {
    LabelSet set = set();
    var copies = Map.of("a", List.of("s"));
    List<LabelSet.Target> all = CopyLabels.withCopies(set.targets(),
        CopyLabels.spread(set.targets(), copies));
    Map<String, LabelSet.Target> t = byId(all);
    assertEquals(List.of("x"), t.get("s").labels(), "the person's answer over the query's guess");
    assertTrue(t.get("s").copy());
    assertEquals(List.of(), t.get("t").labels(), "other seed guesses stay");
    assertEquals(set.targets().size(), all.size(), "one target per post");
    var examples = LabelTraining.examples(all, Map.of(), 0.3);
    assertTrue(examples.isEmpty(), "posts not found train nothing");
  }
}
