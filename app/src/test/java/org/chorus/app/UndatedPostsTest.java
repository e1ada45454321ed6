package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chorus.narratives.TrainingOptions;
import org.chorus.search.PostFilter;
import org.chorus.search.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Labelled data without times (claims, news) goes through every command that does not need a
 * time, kept and counted; timelines count those posts as undated instead of placing them in
 * 1970. The bundled corpus with its times and Twitter ids removed, one post in three undated.
 */
class UndatedPostsTest {
  @TempDir Path dir;

  private Path undated(int n) throws Exception {
    List<String> lines = Files.readAllLines(Fixtures.CORPUS).subList(0, n);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).replaceFirst("\"id\":\"[0-9]+\"", "\"id\":\"claim-" + i + "\"");
      if (i % 3 == 0) l = l.replaceFirst("\"time\":\"[^\"]+\",", "");
      out.add(l);
    }
    return Files.write(dir.resolve("claims.jsonl"), out);
  }

  @Test
  void trainLabelCvEvalConvertAndIndexKeepPostsWithoutATime() throws Exception {
    Path claims = undated(900);
    DatasetFiles data = new DatasetFiles(List.of(claims), org.chorus.corpus.Format.AUTO, null,
        null, dir.resolve("rejects.jsonl"));
    Path model = dir.resolve("m.model");
    TrainResult trained = Narratives.train(new TrainRequest(data, model,
        TrainingOptions.defaults(), 0, true), Progress.NONE);
    assertEquals(900, trained.posts() + trained.unlabelledSkipped());

    LabelResult labelled = Narratives.label(new LabelRequest(model, data,
        dir.resolve("labelled.jsonl"), 1), Progress.NONE);
    assertEquals(900, labelled.posts());
    assertEquals(0, labelled.rejected());

    CvResult cv = Narratives.cv(new CvRequest(data, TrainingOptions.defaults(), 2,
        Scoring.DEFAULT), Progress.NONE);
    assertEquals(900, cv.read().labelled() + cv.read().unlabelled());
    assertEquals(0, cv.read().rejected());

    EvalResult eval = Narratives.eval(new EvalRequest(model, data, Scoring.DEFAULT),
        Progress.NONE);
    assertEquals(0, eval.read().rejected());
    assertEquals(900, eval.read().labelled() + eval.read().unlabelled());

    ConvertResult converted = new Indexing().convert(new ConvertRequest(data,
        dir.resolve("converted.jsonl")), Progress.NONE);
    assertEquals(900, converted.written());
    assertTrue(converted.notes().stream().anyMatch(n -> n.contains("300 posts have no time")),
        converted.notes().toString());

    IndexResult indexed = new Indexing().index(new IndexRequest(data, dir.resolve("idx"), 1, 64),
        Progress.NONE);
    assertEquals(900, indexed.indexed());
    try (Investigation inv = Investigation.open(dir.resolve("idx"))) {
      Timeline t = inv.timeline(new TimelineRequest(PostFilter.ALL, null));
      assertEquals(900, t.total());
      assertEquals(300, t.undated());
      assertEquals(600, t.counts().stream().mapToLong(c -> c.count()).sum());
      assertTrue(t.counts().get(0).time().getEpochSecond() > 1_500_000_000L,
          "no 1970 bucket: " + t.counts().get(0));
    }
  }
}
