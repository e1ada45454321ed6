package org.chorus.app;

import java.io.IOException;
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
import org.chorus.dupes.SimilarFinder;
import org.chorus.labels.Agreement;
import org.chorus.labels.CopyLabels;
import org.chorus.labels.Decision;
import org.chorus.labels.LabelSet;
import org.chorus.labels.LabelTraining;
import org.chorus.labels.LabelsFile;
import org.chorus.labels.Proposals;
import org.chorus.narratives.Example;
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
  /** Copies a decision is carried to: a text posted 100,000 times must not outweigh the rest. */
  static final int MAX_COPIES = 200;

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
      List<Example> examples = examples(inv, set, labelled, LabelTraining.WEAK_WEIGHT,
          request.copies()).withCopies();
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
    OutputPath.file("model", request.model());
    try (RunRecorder recorder = RunRecorder.start("train", request, List.of(request.labels()),
        null)) {
      TrainResult result = trainModel(inv, request, progress);
      RunRecorder.writeBeside(recorder.manifest(null), List.of(request.model()));
      return result;
    }
  }

  private static TrainResult trainModel(Investigation inv, LabelTrainRequest request,
      Progress progress) throws Exception {
    long start = System.nanoTime();
    LabelSet set = new LabelSet(LabelsFile.read(request.labels()));
    Map<String, Post> posts = labelledPosts(inv, set);
    Decisions decisions = examples(inv, set, posts, request.weakWeight(), request.copies());
    List<Example> examples = decisions.own();
    long missing = set.targets().size() - examples.size();
    progress.advance(examples.size());
    NarrativeModel trained;
    try {
      trained = LabelTraining.train(decisions.withCopies(), request.options());
    } catch (TrainingDataException e) {
      throw new InvalidInputException(request.labels().toString(), 0, "labels", e.getMessage());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    CrossValidation.Result cv = null;
    String note = missing > 0 ? missing + " labelled posts are not in the index" : null;
    if (decisions.copies() > 0) {
      String c = "people's decisions also train as " + decisions.copies()
          + " near-duplicate copies of their posts";
      note = note == null ? c : note + "; " + c;
    }
    if (request.folds() >= 2) {
      try {
        cv = LabelTraining.crossValidate(examples, request.options(), request.folds(), CV_SEED,
            CV_RESAMPLES);
      } catch (IllegalArgumentException | TrainingDataException e) {
        note = (note == null ? "" : note + "; ") + "cross-validation skipped: " + e.getMessage();
      }
    }
    return Training.write(trained, cv, request.model(), note, 0, seconds, null);
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

  /**
   * The file's decisions as training examples ({@code own}), and the same with people's
   * decisions carried to their posts' copies ({@code withCopies}; equal to {@code own} when
   * copies are not asked for). Cross-validation uses {@code own}: a held-out post's copies
   * would otherwise train the model that is scored on it.
   */
  record Decisions(List<Example> own, List<Example> withCopies, int copies) {}

  static Decisions examples(Investigation inv, LabelSet set, Map<String, Post> posts,
      double weakWeight, boolean copies) throws IOException {
    List<LabelSet.Target> targets = set.targets();
    List<Example> own = LabelTraining.examples(targets, posts, weakWeight);
    if (!copies || set.human().isEmpty()) return new Decisions(own, own, 0);
    Map<String, Post> all = new LinkedHashMap<>(posts);
    Map<String, List<String>> copiesOf = copiesOf(inv, set.human().keySet(), posts, all);
    List<LabelSet.Target> spread = CopyLabels.spread(targets, copiesOf);
    List<Example> withCopies = LabelTraining.examples(CopyLabels.withCopies(targets, spread), all,
        weakWeight);
    return new Decisions(own, withCopies, spread.size());
  }

  /**
   * The near-duplicates ({@link Copies#DEFAULT}'s similarity) of each of these posts, by id, at
   * most {@link #MAX_COPIES} each; posts too short to be evidence of copying have none. Found
   * posts are added to {@code found}.
   */
  static Map<String, List<String>> copiesOf(Investigation inv, java.util.Collection<String> ids,
      Map<String, Post> posts, Map<String, Post> found) throws IOException {
    PostIndex index = inv.index();
    SimilarFinder finder = new SimilarFinder(index.searcher())
        .measuring(Copies.DEFAULT.similarity());
    Bits live = MultiBits.getLiveDocs(index.reader());
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String id : ids) {
      Post p = posts.get(id);
      if (p == null || Fingerprint.of(p.text()).shingles().length < Copies.DEFAULT.minWords()) {
        continue;
      }
      List<String> copies = new ArrayList<>();
      for (SimilarFinder.Match m : finder.matches(p.text(), Copies.DEFAULT.threshold(), null)) {
        if (copies.size() == MAX_COPIES) break;
        if (live != null && !live.get(m.doc())) continue;
        Post c = index.get(m.doc()).post();
        if (c.id().equals(id)) continue;
        copies.add(c.id());
        found.putIfAbsent(c.id(), c);
      }
      if (!copies.isEmpty()) out.put(id, copies);
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
