package org.chorus.app;

import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.InvalidInputException;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectsFile;
import org.chorus.eval.CrossValidation;
import org.chorus.narratives.CvMetrics;
import org.chorus.narratives.DataSummary;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeCv;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Trainer;
import org.chorus.narratives.TrainingDataException;
import org.chorus.narratives.TrainingOptions;

/** {@link Narratives#train}. */
final class Training {
  // Fixed so that the figures in a model file, and with them its bytes, are reproducible.
  private static final long CV_SEED = 7;
  private static final int CV_RESAMPLES = 1000;

  private Training() {}

  static TrainResult run(TrainRequest request, Progress progress) throws Exception {
    OutputPath.file("model", request.model());
    try (RunRecorder recorder = RunRecorder.start("train", request, request.data().files(),
        null)) {
      TrainResult result = train(request, progress);
      RunRecorder.writeBeside(recorder.manifest(null), List.of(request.model()),
          result.rejectsFile());
      return result;
    }
  }

  private static TrainResult train(TrainRequest request, Progress progress) throws Exception {
    long start = System.nanoTime();
    List<Post> posts = new ArrayList<>();
    RejectsFile rejects = request.data().openRejects();
    try (rejects; PostReader reader = request.data().open(rejects)) {
      for (Post p = reader.next(); p != null; p = reader.next()) {
        posts.add(p);
        progress.advance(1);
      }
    }
    TrainingOptions options = request.options();
    if (request.createdFromData()) {
      options = options.withCreated(posts.stream().filter(Post::dated).map(Post::time)
          .max(Instant::compareTo)
          .orElse(Instant.EPOCH));
    }
    NarrativeModel trained;
    try {
      trained = Trainer.train(posts, options);
    } catch (TrainingDataException e) {
      String where = String.join(", ", request.data().files().stream().map(Object::toString)
          .toList());
      throw new InvalidInputException(where, 0, request.data().labelColumn() == null ? "labels"
          : request.data().labelColumn(), e.getMessage());
    }
    double trainSeconds = (System.nanoTime() - start) / 1e9;
    CrossValidation.Result cv = null;
    String note = null;
    if (request.folds() >= 2) {
      try {
        cv = NarrativeCv.run(posts, options, request.folds(), CV_SEED, CV_RESAMPLES);
      } catch (IllegalArgumentException | TrainingDataException e) {
        note = "cross-validation skipped: " + e.getMessage();
      }
    }
    CvMetrics metrics = cv == null ? null : CvMetrics.of(cv, trained.labels());
    NarrativeModel model = metrics == null ? trained : trained.withMetrics(metrics.asMap());
    ModelFile.write(model, request.model());
    DataSummary d = model.info().data();
    return new TrainResult(request.model().toString(), Files.size(request.model()), d.posts(),
        d.unlabelledSkipped(), d.extraLabelsIgnored(), d.singletonLabels(), d.labelCounts(),
        rejects.count(), Math.round(trainSeconds * 10000) / 10000.0, metrics, note,
        model.labels(), model.multiLabel(), rejects.written() ? rejects.path() : null, cv);
  }
}
