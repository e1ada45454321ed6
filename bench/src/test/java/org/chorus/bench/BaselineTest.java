package org.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path dir;

  // Two easy classes, labels with spaces (fastText cannot take those as they are).
  private final List<String> labels = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();

  BaselineTest() {
    for (int i = 0; i < 60; i++) {
      labels.add("police good");
      texts.add("support the police officers " + i + "\tthank you");
      labels.add("rioters");
      texts.add("violent rioters smash\nshops " + i);
    }
  }

  @Test
  void missingToolsAreSkippedWithAReason() throws Exception {
    BaselineResult ft = new FastTextBaseline("no-such-fasttext-binary")
        .run(labels, texts, texts, dir);
    assertFalse(ft.ran());
    assertTrue(ft.skipped().contains("apt-get install fasttext"), ft.skipped());
    BaselineResult sk = new SklearnBaseline("python3", null, 0).run(labels, texts, texts, dir);
    assertFalse(sk.ran());
    assertTrue(sk.predictions().isEmpty());
  }

  @Test
  void fastTextPredictsOneLabelPerTestTextInOrder() throws Exception {
    assumeTrue(ExternalProcess.onPath("fasttext") != null, "fasttext not installed");
    List<String> test = List.of("violent rioters smash shops", "", "support the police");
    BaselineResult r = new FastTextBaseline("fasttext",
        List.of("-bucket", "1000", "-thread", "1")).run(labels, texts, test, dir);
    assertTrue(r.ran());
    assertEquals(3, r.predictions().size());
    assertEquals("rioters", r.predictions().get(0));
    assertEquals("police good", r.predictions().get(2));
  }

  @Test
  void sklearnScriptPredictsAndReportsSampling() throws Exception {
    Path script = SklearnBaseline.findScript(Path.of(""));
    assumeTrue(script != null, "bench/sklearn_tfidf_lr.py not found");
    BaselineResult r = new SklearnBaseline(SklearnBaseline.defaultPython(), script, 50)
        .run(labels, texts, List.of("violent rioters smash", "support the police"), dir);
    assumeTrue(r.ran(), "scikit-learn not installed: " + r.skipped());
    assertEquals(List.of("rioters", "police good"), r.predictions());
    assertTrue(r.note().contains("50 of 120"), r.note());
  }
}
