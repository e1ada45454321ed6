package org.chorus.narratives;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chorus.eval.ClassMetrics;
import org.chorus.eval.ClassificationReport;
import org.chorus.eval.CrossValidation;

/**
 * The cross-validated figures a model file records in its header, rounded to four decimals:
 * what the model can be expected to score on accounts it never saw. Part of the model format,
 * so every writer of models (command line, web, batch jobs) records the same fields.
 *
 * @param macroF1OverLabels macro-F1 over the model's own labels; differs from {@code macroF1}
 *     for multi-label models, whose pooled figure also counts "none" as a class
 * @param classes per class, in the report's order
 */
public record CvMetrics(
    String validation,
    double macroF1,
    double macroF1Low95,
    double macroF1High95,
    double microF1,
    double macroF1OverLabels,
    Map<String, ClassFigures> classes) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One class's figures. */
  public record ClassFigures(double precision, double recall, double f1, long support) {}

  public CvMetrics {
    // Ordered: Map.of iterates in a per-JVM random order, which would make model files differ
    // from run to run.
    classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
  }

  /** The figures of {@code cv}, a grouped cross-validation of a model with these labels. */
  public static CvMetrics of(CrossValidation.Result cv, List<String> labels) {
    ClassificationReport r = cv.pooled().report();
    var ci = cv.pooled().macroF1();
    Map<String, ClassFigures> classes = new LinkedHashMap<>();
    for (ClassMetrics c : r.classes()) {
      classes.put(c.label(), new ClassFigures(round(c.precision()), round(c.recall()),
          round(c.f1()), c.support()));
    }
    return new CvMetrics("grouped " + cv.folds().size() + "-fold cross-validation by account",
        round(r.macroF1()), round(ci.low()), round(ci.high()), round(r.microF1()),
        round(r.macroF1Over(labels)), classes);
  }

  /** The figures as {@link NarrativeModel#withMetrics} takes them. */
  public Map<String, Object> asMap() {
    return JSON.convertValue(this, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
