package org.chorus.app;

import java.util.List;
import java.util.Locale;
import org.chorus.eval.CrossValidation;
import org.chorus.eval.Fold;
import org.chorus.eval.Outcomes;
import org.chorus.narratives.NarrativeCv;
import org.chorus.narratives.TrainingOptions;

/** {@link Narratives#cv}. */
final class CrossValidating {
  private CrossValidating() {}

  /** Reports one unit of progress per fold. */
  static CvResult run(CvRequest request, Progress progress) throws Exception {
    LabelledPosts data = LabelledPosts.read(request.data());
    TrainingOptions options = request.options();
    Scoring scoring = request.scoring();
    List<List<String>> truth = data.truth(options.multiLabel());
    List<String> groups = data.groups(scoring.groupBy());
    List<Fold> split;
    try {
      split = NarrativeCv.folds(truth, groups, request.folds(), scoring.seed());
    } catch (IllegalArgumentException e) {
      throw new RequestException(e.getMessage() + " (grouped by " + scoring.groupBy().noun()
          + ")");
    }
    CrossValidation.Result result = NarrativeCv.run(data.posts(), truth, groups, split, options,
        scoring.resamples(), scoring.seed(), () -> progress.advance(1));
    Outcomes pooled = CrossValidation.outcomes(truth, result.predicted(), options.multiLabel());
    return new CvResult(request.folds(), scoring.groupBy().noun(), options.multiLabel(),
        options.learner().name().toLowerCase(Locale.ROOT), options.stacked(), result.pooled(),
        result.folds(), scoring.slices(pooled, data), data.summary());
  }
}
