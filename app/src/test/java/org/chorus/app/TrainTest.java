package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Format;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainTest {
  @TempDir Path dir;

  @Test
  void writesTheCrossValidatedFiguresIntoTheModelFile() throws Exception {
    Path posts = Fixtures.posts(dir, 1500);
    Path model = dir.resolve("m.model");
    Fixtures.Counting progress = new Fixtures.Counting();
    TrainResult r = Narratives.train(new TrainRequest(DatasetFiles.of(List.of(posts)), model,
        TrainingOptions.defaults(), 2, true), progress);

    assertEquals(1500, progress.units.get(), "one unit per post read");
    assertEquals(Files.size(model), r.modelBytes());
    assertEquals(1500, r.posts() + r.unlabelledSkipped());
    assertNotNull(r.crossValidation());
    assertNull(r.note());
    assertEquals("grouped 2-fold cross-validation by account", r.crossValidation().validation());
    assertTrue(r.crossValidation().macroF1() > 0.5, "learns something: " + r.crossValidation());
    NarrativeModel read = ModelFile.read(model);
    Map<String, Object> metrics = read.info().metrics();
    assertEquals(r.crossValidation().macroF1(), metrics.get("macroF1"));
    assertEquals(r.labels(), read.labels());
    assertEquals(read.labels(), List.copyOf(
        ((Map<?, ?>) metrics.get("classes")).keySet()).stream().filter(read.labels()::contains)
        .toList(), "per-class figures in the model, in label order");
  }

  @Test
  void createdFromDataMakesTheModelFileReproducible() throws Exception {
    Path posts = Fixtures.posts(dir, 600);
    byte[] first = Files.readAllBytes(Fixtures.model(dir.resolve("a"), posts, false));
    byte[] second = Files.readAllBytes(Fixtures.model(dir.resolve("b"), posts, false));
    assertArrayEquals(first, second);
  }

  @Test
  void withoutFoldsThereAreNoFigures() throws Exception {
    Path posts = Fixtures.posts(dir, 600);
    TrainResult r = Narratives.train(new TrainRequest(DatasetFiles.of(List.of(posts)),
        dir.resolve("m.model"), TrainingOptions.defaults(), 0, false), Progress.NONE);
    assertNull(r.crossValidation());
    assertNull(r.cv());
    assertTrue(ModelFile.read(dir.resolve("m.model")).info().metrics().isEmpty());
  }

  @Test
  void labelsFromAColumnReplaceTheMappedOnes() throws Exception {
    Path csv = dir.resolve("p.csv");
    StringBuilder s = new StringBuilder("user,content,topic,other\n");
    for (int i = 0; i < 60; i++) {
      s.append("u").append(i % 12).append(',').append(i % 2 == 0 ? "rain and wind " + i
          : "sun and heat " + i).append(',').append(i % 2 == 0 ? "wet" : "dry").append(",x\n");
    }
    Files.writeString(csv, s);
    DatasetFiles data = new DatasetFiles(List.of(csv), Format.CSV,
        ColumnMap.parse("account=user,text=content,label=other"), "topic", null);
    TrainResult r = Narratives.train(new TrainRequest(data, dir.resolve("m.model"),
        TrainingOptions.defaults(), 0, false), Progress.NONE);
    assertEquals(List.of("dry", "wet"), r.labels());

    DatasetFiles unmapped = new DatasetFiles(List.of(csv), Format.CSV, null, "topic", null);
    assertThrows(RequestException.class, () -> Narratives.train(new TrainRequest(unmapped,
        dir.resolve("n.model"), TrainingOptions.defaults(), 0, false), Progress.NONE));
  }

  @Test
  void oneFoldIsNotACrossValidation() {
    assertThrows(RequestException.class, () -> new TrainRequest(DatasetFiles.of(List.of()),
        dir.resolve("m.model"), TrainingOptions.defaults(), 1, false));
  }
}
