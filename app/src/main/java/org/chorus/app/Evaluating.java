package org.chorus.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.Post;
import org.chorus.eval.CrossValidation;
import org.chorus.eval.Evaluation;
import org.chorus.eval.GroupBootstrap;
import org.chorus.eval.Outcomes;
import org.chorus.eval.PairedComparison;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Prediction;

/** {@link Narratives#eval} and {@link Narratives#compare}. */
final class Evaluating {
  // Predicting in batches lets a model use its batch path; progress is reported per batch.
  private static final int BATCH = 10_000;

  private Evaluating() {}

  static EvalResult eval(EvalRequest request, Progress progress) throws IOException {
    NarrativeModel model = ModelFile.read(request.model());
    LabelledPosts data = LabelledPosts.read(request.data());
    Scoring scoring = request.scoring();
    Outcomes outcomes = outcomes(model, data, progress);
    Evaluation e = Evaluation.of(outcomes, data.groups(scoring.groupBy()), scoring.resamples(),
        scoring.seed());
    return new EvalResult(request.model().toString(), scoring.groupBy().noun(), e,
        scoring.slices(outcomes, data), data.summary());
  }

  static CompareResult compare(CompareRequest request, Progress progress) throws IOException {
    NarrativeModel a = ModelFile.read(request.a());
    NarrativeModel b = ModelFile.read(request.b());
    if (a.multiLabel() != b.multiLabel()) {
      throw new RequestException("cannot compare a multi-label model with a single-label one");
    }
    LabelledPosts data = LabelledPosts.read(request.data());
    Scoring scoring = request.scoring();
    PairedComparison c = GroupBootstrap.byGroup(data.groups(scoring.groupBy()),
        scoring.resamples(), scoring.seed())
        .compareMacroF1(outcomes(a, data, progress), outcomes(b, data, progress));
    return new CompareResult(request.a().toString(), request.b().toString(),
        scoring.groupBy().noun(), c, data.summary());
  }

  private static Outcomes outcomes(NarrativeModel model, LabelledPosts data, Progress progress) {
    List<Post> posts = data.posts();
    List<List<String>> predicted = new ArrayList<>(posts.size());
    for (int from = 0; from < posts.size(); from += BATCH) {
      List<Post> batch = posts.subList(from, Math.min(posts.size(), from + BATCH));
      for (Prediction p : model.predictBatch(batch)) predicted.add(p.labels());
      progress.advance(batch.size());
    }
    return CrossValidation.outcomes(data.truth(model.multiLabel()), predicted,
        model.multiLabel());
  }
}
