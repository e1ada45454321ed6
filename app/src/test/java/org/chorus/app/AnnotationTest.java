package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.labels.Decision;
import org.chorus.labels.LabelsFile;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotation loop on an index of 2,000 bundled posts, answered from their gold labels. */
class AnnotationTest {
  @TempDir static Path dir;
  static Investigation inv;
  static final Map<String, Post> gold = new HashMap<>();

  @BeforeAll
  static void index() throws Exception {
    Path posts = Fixtures.posts(dir, 2000);
    inv = Investigation.open(Fixtures.index(dir, posts));
    try (PostReader r = DatasetFiles.of(List.of(posts)).open(x -> { })) {
      for (Post p = r.next(); p != null; p = r.next()) gold.put(p.id(), p);
    }
  }

  @AfterAll
  static void close() throws Exception {
    inv.close();
  }

  @Test
  void seedAppendsHitsAsWeakPositivesAndSampledNonHitsAsNegatives() throws Exception {
    Path labels = dir.resolve("seed.jsonl");
    SeedResult r = Annotation.seed(inv, new SeedRequest(labels, "protesters_violent",
        List.of("暴徒", "thugs"), 50, 1, 3));
    assertTrue(r.positives() > 10 && r.positives() <= 100, r.toString());
    assertEquals(r.positives(), r.negatives());
    List<Decision> lines = LabelsFile.read(labels);
    assertEquals(r.positives() + r.negatives(), lines.size());
    Set<String> hits = new HashSet<>();
    for (Decision d : lines) {
      assertEquals(Decision.SEED, d.source());
      assertEquals("protesters_violent", d.narrative());
      if (!d.labels().isEmpty()) hits.add(d.id());
    }
    for (Decision d : lines) {
      if (d.labels().isEmpty()) assertFalse(hits.contains(d.id()), "a hit is no negative");
    }
    long right = hits.stream()
        .filter(id -> gold.get(id).labels().contains("protesters_violent")).count();
    assertTrue(right > hits.size() / 2, right + " of " + hits.size() + " hits are gold");
  }

  @Test
  void loopProposesDiverseUnlabelledPostsAndTrainsFromAnswers() throws Exception {
    Path labels = dir.resolve("loop.jsonl");
    ProposeResult first = Annotation.propose(inv, new ProposeRequest(labels, 20, 2000, 1));
    assertNotNull(first.note(), "no labels: a random sample, and it says so");
    assertEquals(20, first.proposals().size());
    Set<String> seen = new HashSet<>();
    for (int round = 0; round < 6; round++) {
      ProposeResult r = round == 0 ? first
          : Annotation.propose(inv, new ProposeRequest(labels, 20, 2000, round));
      if (round > 0) assertNull(r.note(), "a model proposes once labels exist");
      List<Proposal> ps = r.proposals();
      for (int i = 0; i < ps.size(); i++) {
        assertTrue(seen.add(ps.get(i).id()), "never proposed twice: answered ones are out");
        for (int j = 0; j < i; j++) {
          double sim = Fingerprint.of(ps.get(i).text()).similarity(
              Fingerprint.of(ps.get(j).text()));
          assertTrue(sim < 0.5, "near-duplicates proposed together: " + ps.get(i).text());
        }
      }
      Map<String, List<String>> answers = new LinkedHashMap<>();
      for (Proposal p : ps) answers.put(p.id(), gold.get(p.id()).labels());
      assertEquals(ps.size(), Annotation.answer(inv, labels, "sim", answers));
    }
    assertEquals(120, new org.chorus.labels.LabelSet(LabelsFile.read(labels)).human().size());
    Path model = dir.resolve("loop.model");
    TrainResult t = Annotation.train(inv, new LabelTrainRequest(labels, model, null, 0.3, 3),
        Progress.NONE);
    assertTrue(t.posts() >= 120, "the 120 answers and their posts' copies: " + t.posts());
    assertNotNull(t.crossValidation(), t.note());
    NarrativeModel m = ModelFile.read(model);
    // The model's run manifest names the labels file it was trained from, by its hash.
    Path manifest = dir.resolve("loop.model.manifest.json");
    assertTrue(Files.readString(manifest).contains(labels.getFileName().toString()));
    int right = 0, n = 0;
    for (Post p : gold.values()) {
      if (n++ == 500) break;
      if (m.predict(p).labels().contains(p.labels().isEmpty() ? "" : p.labels().get(0))) right++;
    }
    assertTrue(right > 250, right + " of 500 right after 120 labels");
  }

  @Test
  void aPersonsDecisionTrainsAlsoAsTheNearDuplicateCopiesOfItsPost() throws Exception {
    // A campaign text of the fixture: a post with at least two near-duplicates among the others.
    List<Post> posts = List.copyOf(gold.values());
    Post original = null;
    Set<String> expected = new HashSet<>();
    for (Post p : posts) {
      Fingerprint f = Fingerprint.of(p.text());
      if (f.shingles().length < Copies.DEFAULT.minWords()) continue;
      Set<String> near = new HashSet<>();
      for (Post q : posts) {
        if (q != p && f.similarity(Fingerprint.of(q.text())) >= Copies.DEFAULT.threshold()) {
          near.add(q.id());
        }
      }
      if (near.size() >= 2 && near.size() <= Annotation.MAX_COPIES) {
        original = p;
        expected = near;
        break;
      }
    }
    assertNotNull(original, "the fixture holds copies");
    Path labels = dir.resolve("copies.jsonl");
    Annotation.answer(inv, labels, "ana", Map.of(original.id(), List.of("made_up")));
    var set = new org.chorus.labels.LabelSet(LabelsFile.read(labels));
    Map<String, Post> own = Map.of(original.id(), original);
    Annotation.Decisions d = Annotation.examples(inv, set, own, 0.3, true);
    assertEquals(1, d.own().size(), "the file holds one decision");
    Set<String> carried = new HashSet<>();
    for (var e : d.withCopies()) {
      assertEquals(List.of("made_up"), e.labels());
      if (!e.post().id().equals(original.id())) {
        carried.add(e.post().id());
        assertEquals(org.chorus.labels.LabelTraining.COPY_WEIGHT, e.weight());
      }
    }
    assertEquals(expected, carried, "exactly the post's near-duplicates in the index");
    assertEquals(1, Annotation.examples(inv, set, own, 0.3, false).withCopies().size(),
        "not carried when copies are off");
  }

  @Test
  void answersAboutUnknownPostsAreRefusedAndWriteNothing() throws Exception {
    Path labels = dir.resolve("unknown.jsonl");
    assertThrows(UnknownPostException.class, () -> Annotation.answer(inv, labels, "ana",
        Map.of("no-such-post", List.of("x"))));
    assertFalse(Files.exists(labels));
  }
}
