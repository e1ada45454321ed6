package org.chorus.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chorus.app.DatasetFiles;
import org.chorus.app.IndexRequest;
import org.chorus.app.Indexing;
import org.chorus.app.LabelIndexRequest;
import org.chorus.app.Narratives;
import org.chorus.app.Progress;
import org.chorus.search.PostFilter;

/**
 * The bundled Hong Kong corpus indexed and labelled with the bundled model, as {@code chorus
 * demo} leaves it: built once per test run and shared, since every workbench test reads it
 * and none changes it.
 */
final class BundledIndex {
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  static final Path POSTS = ROOT.resolve("corpus/hk2019/posts.jsonl");
  static final Path MODEL = ROOT.resolve("models/hk2019-narratives.model");

  private static Path built;

  private BundledIndex() {}

  static synchronized Path path() {
    if (built != null) return built;
    try {
      Path dir = Files.createTempDirectory("chorus-web-test").resolve("index");
      new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(POSTS)), dir, 2, 64),
          Progress.NONE);
      Narratives.labelIndex(new LabelIndexRequest(MODEL, dir, PostFilter.ALL, 2), Progress.NONE);
      built = dir;
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
