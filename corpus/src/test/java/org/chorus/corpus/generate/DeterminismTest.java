package org.chorus.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

  static byte[][] generate(GeneratorSettings settings) throws Exception {
    ByteArrayOutputStream posts = new ByteArrayOutputStream();
    ByteArrayOutputStream campaigns = new ByteArrayOutputStream();
    try (CorpusFiles files = new CorpusFiles(posts, campaigns)) {
      new CorpusGenerator(settings).generate(files, n -> {});
    }
    return new byte[][] {posts.toByteArray(), campaigns.toByteArray()};
  }

  @Test
  void sameSettingsGiveTheSameBytes() throws Exception {
    byte[][] a = generate(GeneratorSettings.of(3000, 42));
    byte[][] b = generate(GeneratorSettings.of(3000, 42));
    assertArrayEquals(a[0], b[0]);
    assertArrayEquals(a[1], b[1]);
  }

  @Test
  void anotherSeedGivesAnotherCorpus() throws Exception {
    byte[][] a = generate(GeneratorSettings.of(3000, 42));
    byte[][] b = generate(GeneratorSettings.of(3000, 43));
    assertFalse(Arrays.equals(a[0], b[0]));
  }

  @Test
  void gzipFilesHoldTheSameBytes(@TempDir Path dir) throws Exception {
    GeneratorSettings settings = GeneratorSettings.of(1500, 5);
    CorpusFiles.generate(settings, dir, true, n -> {});
    byte[][] plain = generate(settings);
    assertArrayEquals(plain[0], gunzip(dir.resolve("posts.jsonl.gz")));
    assertArrayEquals(plain[1], gunzip(dir.resolve("campaigns.jsonl.gz")));
    byte[] first = Files.readAllBytes(dir.resolve("posts.jsonl.gz"));
    CorpusFiles.generate(settings, dir, true, n -> {});
    assertArrayEquals(first, Files.readAllBytes(dir.resolve("posts.jsonl.gz")), "gzip is byte-stable");
  }

  private static byte[] gunzip(Path file) throws Exception {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
