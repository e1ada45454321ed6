package org.chorus.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.SameSite;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chorus.app.Annotation;
import org.chorus.app.Investigation;
import org.chorus.app.LabelIndexRequest;
import org.chorus.app.LabelResult;
import org.chorus.app.LabelTrainRequest;
import org.chorus.app.Narratives;
import org.chorus.app.Progress;
import org.chorus.app.ProposeRequest;
import org.chorus.app.ProposeResult;
import org.chorus.app.TrainResult;
import org.chorus.narratives.CvMetrics;
import org.chorus.narratives.TrainingOptions;
import org.chorus.search.PostFilter;

/**
 * {@code /api/annotate/*}: the annotation loop, the workbench's only writes: answers to the
 * labels file, a retrained model, and the index's narrative fields. Only with {@code serve
 * --annotate --labels FILE}; otherwise every such path answers 403. Each write needs the
 * browser session's CSRF token: {@code GET /api/annotate/session} sets a session cookie
 * (HttpOnly, SameSite=Strict) and returns the token, which writes send in the
 * {@value #TOKEN_HEADER} header. Another site can make a browser send the cookie, never read
 * the token.
 */
final class AnnotateApi implements Api {
  static final String COOKIE = "chorus_session";
  static final String TOKEN_HEADER = "X-Chorus-Token";
  private static final int MAX_SESSIONS = 1000;

  private final Investigation investigation;
  private final Path labels;
  private final Path model;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  // One retrain or index labelling at a time: both write files another would overwrite.
  private final Object writing = new Object();

  /** @param labels the labels file; null for a read-only workbench */
  AnnotateApi(Investigation investigation, Path labels, Path model) {
    this.investigation = investigation;
    this.labels = labels;
    this.model = model;
  }

  /** Where a retrained model goes: the server's {@code --model}, else beside the labels. */
  static Path modelFor(Path labels, Path model) {
    return model != null ? model : labels.resolveSibling(labels.getFileName() + ".model");
  }

  @Override
  public void routes(RoutesConfig routes) {
    if (labels == null) {
      routes.before("/api/annotate/*", ctx -> {
        throw new ForbiddenResponse("annotation is off: this workbench is read-only (start it"
            + " with chorus serve --annotate --labels FILE)");
      });
      return;
    }
    routes.get("/api/annotate/session", this::session);
    routes.get("/api/annotate/next", this::next);
    routes.post("/api/annotate/answers", this::answers);
    routes.post("/api/annotate/train", this::train);
    routes.post("/api/annotate/label-index", this::labelIndex);
  }

  record Session(String token, String labels, String model) {}

  private void session(Context ctx) {
    String id = ctx.cookie(COOKIE);
    String token = id == null ? null : tokens.get(id);
    if (token == null) {
      if (tokens.size() >= MAX_SESSIONS) tokens.clear();
      id = secret();
      token = secret();
      tokens.put(id, token);
      Cookie c = new Cookie(COOKIE, id);
      c.setHttpOnly(true);
      c.setSameSite(SameSite.STRICT);
      c.setPath("/");
      ctx.cookie(c);
    }
    ctx.header("Cache-Control", "no-store");
    ctx.json(new Session(token, labels.getFileName().toString(), model.getFileName().toString()));
  }

  private void next(Context ctx) throws Exception {
    int n = Params.integer(ctx, "n", 10, 1, 100);
    ProposeResult r = Annotation.propose(investigation, new ProposeRequest(labels, n,
        ProposeRequest.DEFAULT_POOL, System.nanoTime()));
    ctx.json(r);
  }

  /** The body of an answer: an annotator and each post's complete label set. */
  record Answers(String annotator, List<Answer> answers) {}

  record Answer(String id, List<String> labels) {}

  private void answers(Context ctx) throws Exception {
    requireToken(ctx);
    Answers body = ctx.bodyAsClass(Answers.class);
    if (body == null || body.answers() == null || body.answers().isEmpty()) {
      throw new IllegalArgumentException("no answers");
    }
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (Answer a : body.answers()) {
      if (a.id() == null || a.labels() == null) {
        throw new IllegalArgumentException("each answer needs an id and a labels list");
      }
      map.put(a.id(), a.labels());
    }
    String who = body.annotator() == null || body.annotator().isBlank() ? "workbench"
        : body.annotator();
    int n = Annotation.answer(investigation, labels, who, map);
    ctx.json(Map.of("appended", n));
  }

  /** A retrain's figures: what a page shows after it. */
  record Trained(String model, long posts, @JsonProperty("label_counts") Map<String, Long> labelCounts,
      @JsonProperty("cross_validation") CvMetrics crossValidation, String note,
      @JsonProperty("train_seconds") double trainSeconds) {
    static Trained of(TrainResult r) {
      return new Trained(Path.of(r.model()).getFileName().toString(), r.posts(),
          r.labelCounts(), r.crossValidation(), r.note(), r.trainSeconds());
    }
  }

  private void train(Context ctx) throws Exception {
    requireToken(ctx);
    TrainResult r;
    synchronized (writing) {
      r = Annotation.train(investigation, new LabelTrainRequest(labels, model,
          TrainingOptions.defaults(), LabelTrainRequest.DEFAULT_WEAK_WEIGHT, 5), Progress.NONE);
    }
    ctx.json(Trained.of(r));
  }

  private void labelIndex(Context ctx) throws Exception {
    requireToken(ctx);
    if (!java.nio.file.Files.exists(model)) {
      throw new IllegalArgumentException("no model yet: retrain first");
    }
    LabelResult r;
    synchronized (writing) {
      r = Narratives.labelIndex(new LabelIndexRequest(model, investigation.path(),
          PostFilter.ALL, 0), Progress.NONE);
    }
    ctx.json(Map.of("posts", r.posts(), "labels", r.labels(), "none", r.none(),
        "note", "the index's narrative fields are set; restart chorus serve to search them"));
  }

  private void requireToken(Context ctx) {
    String id = ctx.cookie(COOKIE);
    String expected = id == null ? null : tokens.get(id);
    String given = ctx.header(TOKEN_HEADER);
    if (expected == null || given == null || !MessageDigest.isEqual(
        expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        given.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw new ForbiddenResponse("missing or wrong CSRF token: reload the page");
    }
  }

  private String secret() {
    byte[] b = new byte[24];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
