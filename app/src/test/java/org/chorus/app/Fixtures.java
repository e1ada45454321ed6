package org.chorus.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.RejectsFile;
import org.chorus.index.PostIndexer;
import org.chorus.narratives.TrainingOptions;

/** Slices of the bundled corpus, and models and indexes made from them. */
final class Fixtures {
  static final Path CORPUS = Path.of("../corpus/hk2019/posts.jsonl");

  private Fixtures() {}

  /** The corpus's first {@code n} posts as a file of its own. */
  static Path posts(Path dir, int n) throws IOException {
    Path file = Files.createDirectories(dir).resolve("posts-" + n + ".jsonl");
    List<String> lines = Files.readAllLines(CORPUS);
    Files.write(file, lines.subList(0, Math.min(n, lines.size())));
    return file;
  }

  /** A small, quick model of the default settings, trained without cross-validation. */
  static Path model(Path dir, Path posts, boolean multiLabel) throws Exception {
    Path model = dir.resolve(multiLabel ? "multi.model" : "single.model");
    Narratives.train(new TrainRequest(DatasetFiles.of(List.of(posts)), model,
        TrainingOptions.defaults().withMultiLabel(multiLabel), 0, true), Progress.NONE);
    return model;
  }

  /** An index of {@code posts}, in their order. */
  static Path index(Path dir, Path posts) throws IOException {
    Path index = dir.resolve("index");
    PostIndexer.create(index, (file, r) -> Datasets.open(file, Format.AUTO, null, r),
        RejectsFile.failFast(), PostIndexer.Options.defaults().withThreads(1))
        .run(List.of(posts));
    return index;
  }

  /** Counts the units reported. */
  static final class Counting implements Progress {
    final AtomicLong units = new AtomicLong();

    @Override
    public void advance(long n) {
      units.addAndGet(n);
    }
  }
}
