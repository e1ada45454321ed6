package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectsFile;
import org.chorus.index.PostIndex;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;
import org.chorus.search.PostFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelTest {
  // More than two batches in flight per worker, so the ordering of batches is exercised.
  private static final int POSTS = 4500;

  @TempDir static Path dir;
  static Path posts;
  static Path model;

  @BeforeAll
  static void train() throws Exception {
    posts = Fixtures.posts(dir, POSTS);
    model = Fixtures.model(dir, Fixtures.posts(dir, 1500), true);
  }

  @Test
  void writesOneLinePerPostInInputOrderWhateverTheThreads() throws Exception {
    Path one = dir.resolve("one.jsonl");
    Path three = dir.resolve("three.jsonl");
    Fixtures.Counting progress = new Fixtures.Counting();
    LabelResult r = Narratives.label(new LabelRequest(model, DatasetFiles.of(List.of(posts)), one,
        1), progress);
    Narratives.label(new LabelRequest(model, DatasetFiles.of(List.of(posts)), three, 3),
        Progress.NONE);

    assertEquals(Files.readString(one), Files.readString(three));
    List<String> lines = Files.readAllLines(one);
    assertEquals(POSTS, lines.size());
    assertEquals(POSTS, r.posts());
    assertEquals(POSTS, progress.units.get());
    assertEquals(one.toString(), r.output());

    NarrativeModel m = ModelFile.read(model);
    ObjectMapper json = new ObjectMapper();
    List<Post> input = read(posts);
    long none = 0;
    for (int i = 0; i < POSTS; i++) {
      PostLabels l = json.readValue(lines.get(i), PostLabels.class);
      assertEquals(input.get(i).id(), l.id());
      // A sample suffices to catch predictions written against the wrong post.
      if (i % 7 == 0) assertEquals(m.predict(input.get(i)).labels(), l.labels());
      if (l.labels().isEmpty()) none++;
    }
    assertEquals(none, r.none());
    long labelled = r.labels().values().stream().mapToLong(Long::longValue).sum();
    assertTrue(labelled >= POSTS - none, "every labelled post counted under its labels");
    assertEquals(m.labels(), List.copyOf(r.labels().keySet()), "every label listed");
  }

  @Test
  void labelsTheIndexPostsTheFilterSelects() throws Exception {
    Path index = Fixtures.index(dir, Fixtures.posts(dir, 1000));
    PostFilter english = PostFilter.builder().langs(List.of("en")).build();
    LabelResult r = Narratives.labelIndex(new LabelIndexRequest(model, index, english, 2),
        Progress.NONE);

    NarrativeModel m = ModelFile.read(model);
    long[] selected = {0};
    try (PostIndex ix = PostIndex.open(index)) {
      ix.forEach(ip -> {
        boolean en = "en".equals(ip.post().lang());
        if (en) {
          selected[0]++;
          assertEquals(m.predict(ip.post()).labels(), ip.narratives(), ip.post().id());
        } else {
          assertTrue(ip.narratives().isEmpty(), "not selected, not labelled: " + ip.post().id());
        }
      });
    }
    assertTrue(selected[0] > 0 && selected[0] < 1000);
    assertEquals(selected[0], r.posts());
  }

  private static List<Post> read(Path file) throws Exception {
    List<Post> out = new ArrayList<>();
    try (PostReader reader = DatasetFiles.of(List.of(file)).open(RejectsFile.failFast())) {
      for (Post p = reader.next(); p != null; p = reader.next()) out.add(p);
    }
    return out;
  }
}
