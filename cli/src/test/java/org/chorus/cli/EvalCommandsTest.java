package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.chorus.eval.Outcomes;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Trainer;
import org.chorus.narratives.TrainingOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chorus eval / cv on a small labelled dataset written by the test. */
class EvalCommandsTest {
  private static final String[][] WORDS = {
    {"rioters", "violent", "smash", "petrol", "bombs", "mob"},
    {"police", "thank", "officers", "support", "order", "brave"},
    {"economy", "stability", "markets", "business", "growth", "jobs"},
  };
  private static final String[] LABELS = {"protesters_violent", "support_police",
      "stability_economy"};

  @TempDir Path dir;
  private Path data;
  private final List<Post> posts = new ArrayList<>();

  @BeforeEach
  void writeDataset() throws Exception {
    Random random = new Random(4);
    Instant t = Instant.parse("2019-08-01T00:00:00Z");
    for (int a = 0; a < 30; a++) {
      int label = a % 3;
      for (int p = 0; p < 6; p++) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 6; w++) {
          // Mostly the label's words, some of another label's: not trivially separable.
          int from = random.nextDouble() < 0.75 ? label : random.nextInt(3);
          text.append(WORDS[from][random.nextInt(6)]).append(' ');
        }
        posts.add(Post.builder("p" + a + "-" + p, new Account("acct" + a, "acct" + a),
                t.plusSeconds(60L * posts.size()), text.toString().strip())
            .lang(p % 2 == 0 ? "en" : "de").labels(List.of(LABELS[label])).build());
      }
    }
    data = dir.resolve("posts.jsonl");
    List<String> lines = posts.stream().map(PostJson::write).toList();
    Files.write(data, lines, StandardCharsets.UTF_8);
  }

  @Test
  void cvScoresEveryPostOnceWithFoldsAndSlices() throws Exception {
    Run run = run("cv", "--input", data.toString(), "--folds", "3", "--resamples", "50",
        "--per-lang", "--json", "--quiet");
    assertEquals(ExitCode.OK, run.code, run.err);
    JsonNode json = JsonLines.mapper().readTree(run.out);
    JsonNode report = json.get("evaluation").get("report");
    assertEquals(posts.size(), report.get("items").asInt());
    assertEquals(3, json.get("per_fold").size());
    assertEquals(posts.size(), sum(json.get("per_fold"), "testItems"));
    assertEquals(30, json.get("evaluation").get("macroF1").get("groups").asInt());
    double macro = report.get("macroF1").asDouble();
    assertTrue(macro > 0.5 && macro < 1.0, "macro-F1 " + macro);
    assertEquals(List.of("de", "en"), names(json.get("slices")));
  }

  @Test
  void cvPrintsATableByDefault() {
    Run run = run("cv", "--input", data.toString(), "--folds", "3", "--resamples", "50",
        "--quiet");
    assertEquals(ExitCode.OK, run.code, run.err);
    assertTrue(run.out.contains("macro-F1"), run.out);
    assertTrue(run.out.contains("confusion matrix"), run.out);
    assertTrue(run.out.contains("support_police"), run.out);
  }

  @Test
  void evalMatchesScoringTheModelDirectlyAndCompareOfAModelWithItselfIsZero() throws Exception {
    NarrativeModel model = Trainer.train(posts.subList(0, 120), TrainingOptions.defaults());
    Path file = dir.resolve("m.model");
    ModelFile.write(model, file);
    List<Post> held = posts.subList(120, posts.size());
    Files.write(data, held.stream().map(PostJson::write).toList(), StandardCharsets.UTF_8);

    Run run = run("eval", "--model", file.toString(), "--input", data.toString(),
        "--resamples", "50", "--json", "--quiet");
    assertEquals(ExitCode.OK, run.code, run.err);
    double expected = Outcomes.singleLabel(
        held.stream().map(p -> p.labels().get(0)).toList(),
        held.stream().map(p -> model.predict(p).labels().isEmpty() ? Outcomes.NONE
            : model.predict(p).labels().get(0)).toList()).report().macroF1();
    JsonNode json = JsonLines.mapper().readTree(run.out);
    assertEquals(expected, json.get("evaluation").get("report").get("macroF1").asDouble(), 1e-12);

    Run same = run("eval", "--compare", file.toString(), file.toString(), "--input",
        data.toString(), "--resamples", "50", "--json", "--quiet");
    assertEquals(ExitCode.OK, same.code, same.err);
    JsonNode c = JsonLines.mapper().readTree(same.out).get("comparison");
    assertEquals(0.0, c.get("difference").get("estimate").asDouble());
    assertEquals(1.0, c.get("shareBAtLeastA").asDouble());
  }

  @Test
  void usageMistakesGiveExitCodeTwoAndOneLine() {
    Run neither = run("eval", "--input", data.toString());
    assertEquals(ExitCode.USAGE, neither.code);
    assertTrue(neither.err.contains("--model"), neither.err);
    Run tooManyFolds = run("cv", "--input", data.toString(), "--folds", "40", "--quiet");
    assertEquals(ExitCode.USAGE, tooManyFolds.code);
    assertTrue(tooManyFolds.err.contains("30 groups for 40 folds"), tooManyFolds.err);
    assertTrue(!tooManyFolds.err.contains("\tat "), "no stack trace: " + tooManyFolds.err);
    Run badGroup = run("cv", "--input", data.toString(), "--group-by", "item");
    assertEquals(ExitCode.USAGE, badGroup.code);
    assertTrue(badGroup.err.contains("--map account=COLUMN"), badGroup.err);
    Run stackedMultiLabel = run("cv", "--input", data.toString(), "--stack", "--multi-label");
    assertEquals(ExitCode.USAGE, stackedMultiLabel.code);
    assertTrue(stackedMultiLabel.err.contains("cannot be multi-label"), stackedMultiLabel.err);
  }

  @Test
  void stackedModelCrossValidates() throws Exception {
    Run run = run("cv", "--input", data.toString(), "--folds", "3", "--resamples", "50",
        "--hash-bits", "12", "--stack", "--json", "--quiet");
    assertEquals(ExitCode.OK, run.code, run.err);
    JsonNode macro = JsonLines.mapper().readTree(run.out).get("evaluation").get("macroF1");
    assertTrue(macro.get("estimate").asDouble() > 0.6, run.out);
  }

  @Test
  void groupingByPostCountsEveryPostAsAGroup() throws Exception {
    Run run = run("cv", "--input", data.toString(), "--folds", "3", "--resamples", "50",
        "--group-by", "post", "--average-over", "support_police,stability_economy", "--json",
        "--quiet");
    assertEquals(ExitCode.OK, run.code, run.err);
    JsonNode json = JsonLines.mapper().readTree(run.out);
    assertEquals(posts.size(), json.get("evaluation").get("macroF1").get("groups").asInt());
    assertEquals("macro-F1 over support_police,stability_economy",
        json.get("slices").get(0).get("name").asText());
  }

  @Test
  void labelFieldReplacesTheMappedLabelColumn() throws Exception {
    Path csv = dir.resolve("posts.csv");
    List<String> rows = new ArrayList<>(List.of("id,user,text,narrative,other"));
    for (Post p : posts) {
      rows.add(p.id() + "," + p.account().id() + "," + p.text() + "," + p.labels().get(0)
          + ",x" + (p.id().hashCode() & 1));
    }
    Files.write(csv, rows, StandardCharsets.UTF_8);
    Run run = run("cv", "--input", csv.toString(), "--format", "csv", "--map",
        "id=id,account=user,text=text,label=other", "--label", "narrative", "--folds", "3",
        "--resamples", "50", "--json", "--quiet");
    assertEquals(ExitCode.OK, run.code, run.err);
    JsonNode classes = JsonLines.mapper().readTree(run.out).get("evaluation").get("report")
        .get("classes");
    List<String> labels = new ArrayList<>();
    for (JsonNode c : classes) labels.add(c.get("label").asText());
    assertTrue(labels.containsAll(List.of(LABELS)), labels.toString());
    assertTrue(!labels.contains("x0"), labels.toString());
  }

  @Test
  void benchScoresChorusOnAGroupedHoldoutAndSkipsMissingBaselines() throws Exception {
    Run run = run("bench", "classify", "--input", data.toString(), "--baselines", "fasttext",
        "--fasttext", "no-such-fasttext", "--resamples", "50", "--json", "--quiet");
    assertEquals(ExitCode.OK, run.code, run.err);
    JsonNode json = JsonLines.mapper().readTree(run.out);
    assertEquals(posts.size(), json.get("train_posts").asInt() + json.get("test_posts").asInt());
    assertEquals(1, json.get("systems").size());
    assertTrue(json.get("skipped").get(0).asText().contains("not found"), run.out);
    JsonNode chorus = json.get("systems").get(0);
    assertEquals(json.get("test_posts").asInt(),
        chorus.get("evaluation").get("report").get("items").asInt());
    assertTrue(chorus.get("evaluation").get("macroF1").get("groups").asInt() < 30,
        "test accounts are a subset");
  }

  private static int sum(JsonNode array, String field) {
    int s = 0;
    for (JsonNode n : array) s += n.get(field).asInt();
    return s;
  }

  private static List<String> names(JsonNode slices) {
    List<String> names = new ArrayList<>();
    for (JsonNode n : slices) names.add(n.get("name").asText());
    return names;
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Chorus.execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
