package org.chorus.app;

import java.io.IOException;
import org.chorus.corpus.PostReader;
import org.chorus.narratives.NarrativeModel;

/**
 * The narrative operations: train a classifier, label datasets or an index with it, score it,
 * cross-validate its settings, and find themes among posts. Each call takes an immutable
 * request and returns a result record; long work reports to the {@link Progress} given, from
 * any thread.
 *
 * <p>Requests that cannot be carried out as given fail with a {@link RequestException}; bad
 * input records, with {@link org.chorus.corpus.InvalidInputException}.
 */
public final class Narratives {
  private Narratives() {}

  /**
   * Trains a model and writes it, cross-validated figures in its header. One unit per post.
   * Refuses a model path no run could write before reading any input.
   */
  public static TrainResult train(TrainRequest request, Progress progress) throws Exception {
    return Training.run(request, progress);
  }

  /**
   * Labels datasets to a JSON Lines file of {@link PostLabels}, in input order, on worker
   * threads. One unit per post labelled. Refuses an output path no run could write before
   * reading the model.
   */
  public static LabelResult label(LabelRequest request, Progress progress) throws IOException {
    return Labelling.files(request, progress);
  }

  /** Receives the labels of posts, in input order. */
  @FunctionalInterface
  public interface LabelSink {
    void accept(PostLabels labels) throws IOException;
  }

  /**
   * Labels a stream of posts with the code {@link #label} runs, for callers that read and write
   * elsewhere (the Spark jobs label one partition per call). In input order, on worker threads.
   *
   * @param threads workers; 0 for one per core
   */
  public static void labelPosts(NarrativeModel model, PostReader posts, int threads,
      LabelSink sink) throws IOException {
    Labelling.stream(model, posts, threads, sink, null, Progress.NONE);
  }

  /** Labels an index's posts in place. One unit per post labelled. */
  public static LabelResult labelIndex(LabelIndexRequest request, Progress progress)
      throws IOException {
    return Labelling.index(request, progress);
  }

  /** Scores a model on labelled datasets. One unit per post predicted. */
  public static EvalResult eval(EvalRequest request, Progress progress) throws IOException {
    return Evaluating.eval(request, progress);
  }

  /** Compares two models on the same labelled posts. One unit per post predicted, per model. */
  public static CompareResult compare(CompareRequest request, Progress progress)
      throws IOException {
    return Evaluating.compare(request, progress);
  }

  /** Cross-validates training settings. One unit per fold. */
  public static CvResult cv(CvRequest request, Progress progress) throws Exception {
    return CrossValidating.run(request, progress);
  }

  /** Clusters an index's posts into themes. One unit per post read. */
  public static ThemesResult themes(ThemesRequest request, Progress progress) throws IOException {
    return Theming.run(request, progress);
  }
}
