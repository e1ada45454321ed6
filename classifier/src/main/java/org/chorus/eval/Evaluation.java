package org.chorus.eval;

import java.util.List;

/**
 * A classification report with a grouped-bootstrap 95% interval for its macro-F1: what
 * {@code chorus eval} and {@code chorus cv} print.
 *
 * @param macroF1 interval of macro-F1 from resampling groups (accounts), see {@link GroupBootstrap}
 */
public record Evaluation(ClassificationReport report, ConfidenceInterval macroF1) {

  /**
   * @param groups group key per item (e.g. account); null resamples single items
   */
  public static Evaluation of(Outcomes outcomes, List<String> groups, int resamples, long seed) {
    GroupBootstrap bootstrap = groups == null
        ? GroupBootstrap.byItem(outcomes.size(), resamples, seed)
        : GroupBootstrap.byGroup(groups, resamples, seed);
    return new Evaluation(outcomes.report(), bootstrap.macroF1(outcomes));
  }
}
