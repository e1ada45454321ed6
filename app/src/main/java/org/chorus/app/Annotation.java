package org.chorus.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.chorus.corpus.InvalidInputException;
import org.chorus.corpus.Post;
import org.chorus.eval.CrossValidation;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.index.IndexedPost;
import org.chorus.index.PostIndex;
import org.chorus.labels.Agreement;
import org.chorus.labels.Decision;
import org.chorus.labels.LabelSet;
import org.chorus.labels.LabelTraining;
import org.chorus.labels.LabelsFile;
import org.chorus.labels.Proposals;
import org.chorus.narratives.CvMetrics;
import org.chorus.narratives.DataSummary;
import org.chorus.narratives.Example;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Prediction;
import org.chorus.narratives.TrainingDataException;
import org.chorus.search.Hit;
import org.chorus.search.PostFilter;
import org.chorus.search.SearchRequest;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.MultiBits;

/**
 * The annotation loop over an open {@link Investigation}: seed a narrative from queries,
 * propose the posts worth labelling, record people's answers, train from the labels file, and
 * compare two annotators. The labels file ({@link LabelsFile}) is the only state: every call
 * reads it afresh, so people, scripts and the workbench may append to it at any time.
 */
public final class Annotation {
  private static final long CV_SEED = 7;
  private static final int CV_RESAMPLES = 1000;

  private Annotation() {}

  /** Appends weak positives (query hits) and weak negatives (sampled non-hits). */
  public static SeedResult seed(Investigation inv, SeedRequest request) throws IOException {
    OutputPath.file("labels", request.labels());
    Map<String, Long> totals = new LinkedHashMap<>();
    Set<String> positives = new LinkedHashSet<>();
    Set<Integer> hitDocs = new HashSet<>();
    for (String q : request.queries()) {
      SearchRequest s = new SearchRequest(PostFilter.builder().query(q).build(),
          SearchRequest.Order.RELEVANCE, 1, request.hits(), false);
      var result = inv.search(s).result();
      totals.put(q, result.total());
      for (Hit h : result.hits()) {
        positives.add(h.id());
        hitDocs.add(h.docId());
      }
    }
    String time = now();
    List<Decision> lines = new ArrayList<>();
    for (String id : positives) {
      lines.add(new Decision(id, List.of(request.narrative()), Decision.SEED,
          "seed:" + String.join(" | ", request.queries()), request.narrative(), time));
    }
    int wanted = (int) Math.round(positives.size() * request.negatives());
    PostIndex index = inv.index();
    List<IndexedPost> sample = sample(index, wanted, request.seed(), hitDocs);
    for (IndexedPost p : sample) {
      lines.add(new Decision(p.post().id(), List.of(), Decision.SEED,
          "seed:not " + String.join(" | ", request.queries()), request.narrative(), time));
    }
    LabelsFile.append(request.labels(), lines);
    return new SeedResult(request.narrative(), totals, positives.size(), sample.size(),
        request.labels().toString());
  }

  /** The next posts to label. */
  public static ProposeResult propose(Investigation inv, ProposeRequest request)
      throws IOException {
    LabelSet set = new LabelSet(LabelsFile.read(request.labels()));
    Map<String, Post> labelled = labelledPosts(inv, set);
    NarrativeModel model = null;
    String note = null;
    try {
      List<Example> examples = LabelTraining.examples(set.targets(), labelled,
          LabelTraining.WEAK_WEIGHT);
      if (examples.isEmpty()) {
        note = "no labels yet: a diverse random sample";
      } else {
        model = LabelTraining.train(examples, org.chorus.narratives.TrainingOptions.defaults());
      }
    } catch (TrainingDataException e) {
      note = "no model yet (" + e.getMessage() + "): a diverse random sample";
    }
    List<IndexedPost> pool = sample(inv.index(), request.pool(), request.seed(), Set.of());
    List<IndexedPost> open = new ArrayList<>();
    for (IndexedPost p : pool) {
      if (!set.human().containsKey(p.post().id())) open.add(p);
    }
    List<Prediction> predictions = model == null ? null
        : model.predictBatch(open.stream().map(IndexedPost::post).toList());
    SplittableRandom random = new SplittableRandom(request.seed());
    List<Proposals.Candidate> candidates = new ArrayList<>(open.size());
    for (int i = 0; i < open.size(); i++) {
      double u = model == null ? random.nextDouble()
          : Proposals.uncertainty(model, predictions.get(i));
      candidates.add(new Proposals.Candidate(i, u, Fingerprint.of(open.get(i).post().text())));
    }
    List<Fingerprint> done = new ArrayList<>();
    for (String id : set.human().keySet()) {
      Post p = labelled.get(id);
      if (p != null) done.add(Fingerprint.of(p.text()));
    }
    List<Proposal> out = new ArrayList<>();
    for (int i : Proposals.pick(candidates, request.next(), done, Proposals.NEAR_DUPLICATE)) {
      Post p = open.get(i).post();
      Prediction pr = predictions == null ? null : predictions.get(i);
      out.add(new Proposal(p.id(), p.account().id(), p.account().screenName(), p.lang(),
          p.text(), model == null ? 1 : round(candidates.get(i).uncertainty()),
          pr == null ? List.of() : pr.labels(), pr == null ? Map.of() : rounded(pr.scores())));
    }
    return new ProposeResult(out, set.narratives(), set.human().size(), set.seedPosts(),
        open.size(), note);
  }

  /**
   * Appends a person's complete label set for each post, after checking the posts exist.
   *
   * @throws UnknownPostException when the index holds no such post
   */
  public static int answer(Investigation inv, Path labels, String annotator,
      Map<String, List<String>> answers) throws IOException {
    OutputPath.file("labels", labels);
    if (annotator == null || annotator.isBlank()) {
      throw new RequestException("an answer needs an annotator name");
    }
    Map<String, IndexedPost> found = inv.posts(List.copyOf(answers.keySet()));
    for (String id : answers.keySet()) {
      if (!found.containsKey(id)) throw new UnknownPostException(id, inv.path());
    }
    String time = now();
    List<Decision> lines = new ArrayList<>();
    answers.forEach((id, ls) -> {
      List<String> clean = ls.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct()
          .toList();
      lines.add(new Decision(id, clean, Decision.HUMAN, annotator.strip(), null, time));
    });
    LabelsFile.append(labels, lines);
    return lines.size();
  }

  /** Trains from the labels file, cross-validates on people's decisions, writes the model. */
  public static TrainResult train(Investigation inv, LabelTrainRequest request, Progress progress)
      throws Exception {
    long start = System.nanoTime();
    OutputPath.file("model", request.model());
    LabelSet set = new LabelSet(LabelsFile.read(request.labels()));
    Map<String, Post> posts = labelledPosts(inv, set);
    List<Example> examples = LabelTraining.examples(set.targets(), posts, request.weakWeight());
    long missing = set.targets().size() - examples.size();
    progress.advance(examples.size());
    NarrativeModel trained;
    try {
      trained = LabelTraining.train(examples, request.options());
    } catch (TrainingDataException e) {
      throw new InvalidInputException(request.labels().toString(), 0, "labels", e.getMessage());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    CrossValidation.Result cv = null;
    String note = missing > 0 ? missing + " labelled posts are not in the index" : null;
    if (request.folds() >= 2) {
      try {
        cv = LabelTraining.crossValidate(examples, request.options(), request.folds(), CV_SEED,
            CV_RESAMPLES);
      } catch (IllegalArgumentException | TrainingDataException e) {
        note = (note == null ? "" : note + "; ") + "cross-validation skipped: " + e.getMessage();
      }
    }
    CvMetrics metrics = cv == null ? null : CvMetrics.of(cv, trained.labels());
    NarrativeModel model = metrics == null ? trained : trained.withMetrics(metrics.asMap());
    ModelFile.write(model, request.model());
    DataSummary d = model.info().data();
    return new TrainResult(request.model().toString(), Files.size(request.model()), d.posts(),
        d.unlabelledSkipped(), d.extraLabelsIgnored(), d.singletonLabels(), d.labelCounts(),
        0, Math.round(seconds * 10000) / 10000.0, metrics, note, model.labels(),
        model.multiLabel(), null, cv);
  }

  /** Cohen's kappa per label between the people's decisions of two labels files. */
  public static List<Agreement.LabelKappa> agreement(Path a, Path b) throws IOException {
    Map<String, List<String>> x = new LabelSet(LabelsFile.read(a)).human();
    Map<String, List<String>> y = new LabelSet(LabelsFile.read(b)).human();
    if (x.isEmpty()) throw new RequestException("no human decisions in " + a);
    if (y.isEmpty()) throw new RequestException("no human decisions in " + b);
    List<Agreement.LabelKappa> out = Agreement.kappa(x, y);
    if (out.isEmpty() && x.keySet().stream().noneMatch(y::containsKey)) {
      throw new RequestException("the two files share no post");
    }
    return out;
  }

  private static Map<String, Post> labelledPosts(Investigation inv, LabelSet set)
      throws IOException {
    List<String> ids = set.targets().stream().map(LabelSet.Target::id).toList();
    Map<String, Post> out = new LinkedHashMap<>();
    inv.posts(ids).forEach((id, p) -> out.put(id, p.post()));
    return out;
  }

  /**
   * Up to {@code n} live posts at random (all, in doc order, when the index has no more), none
   * of {@code excluded}.
   */
  static List<IndexedPost> sample(PostIndex index, int n, long seed, Set<Integer> excluded)
      throws IOException {
    int maxDoc = index.reader().maxDoc();
    Bits live = MultiBits.getLiveDocs(index.reader());
    List<IndexedPost> out = new ArrayList<>();
    if (n <= 0) return out;
    int[] order = new int[maxDoc];
    for (int i = 0; i < maxDoc; i++) order[i] = i;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < maxDoc && out.size() < n; i++) {
      int j = i + random.nextInt(maxDoc - i);
      int doc = order[j];
      order[j] = order[i];
      order[i] = doc;
      if ((live != null && !live.get(doc)) || excluded.contains(doc)) continue;
      out.add(index.get(doc));
    }
    return out;
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static Map<String, Double> rounded(Map<String, Double> scores) {
    Map<String, Double> out = new LinkedHashMap<>();
    scores.forEach((k, v) -> out.put(k, round(v)));
    return out;
  }
}
