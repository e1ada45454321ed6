package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.chorus.corpus.InvalidInputException;
import org.chorus.corpus.Post;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
  private static NarrativeModel model;
  private static List<Post> posts;

  @TempDir Path dir;

  @BeforeAll
  static void train() {
    posts = Fixtures.posts(300, 1);
    model = Trainer.train(posts, TrainingOptions.defaults()
        .withFeatures(FeatureSettings.defaults().withHashBits(14))
        .withCreated(Instant.parse("2019-09-01T00:00:00Z")));
  }

  private Path saved() throws IOException {
    Path file = dir.resolve("m.model");
    ModelFile.write(model, file);
    return file;
  }

  @Test
  void roundTripGivesBitIdenticalPredictions() throws IOException {
    NarrativeModel back = ModelFile.read(saved());
    assertEquals(model.labels(), back.labels());
    assertEquals(model.info(), back.info());
    for (Post p : posts.subList(0, 50)) {
      Prediction a = model.predict(p), b = back.predict(p);
      assertEquals(a.labels(), b.labels());
      for (String l : model.labels()) {
        assertEquals(Double.doubleToRawLongBits(a.score(l)), Double.doubleToRawLongBits(b.score(l)));
      }
    }
  }

  @Test
  void sameModelWritesSameBytes() throws IOException {
    Path a = saved();
    Path b = dir.resolve("again.model");
    ModelFile.write(Trainer.train(posts, TrainingOptions.defaults()
        .withFeatures(FeatureSettings.defaults().withHashBits(14))
        .withCreated(Instant.parse("2019-09-01T00:00:00Z"))), b);
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "training is reproducible");
  }

  @Test
  void headerIsReadableJsonOnTheFirstLine() throws IOException {
    String first = Files.readAllLines(saved(), StandardCharsets.ISO_8859_1).get(0);
    assertTrue(first.startsWith("{\"format\":\"chorus-model\",\"formatVersion\":2,"), first);
    assertTrue(first.contains("\"trainingFingerprint\":\"" + Trainer.fingerprint(posts) + "\""));
    assertTrue(first.contains("\"created\":\"2019-09-01T00:00:00Z\""));
  }

  @Test
  void truncatedFileIsRefused() throws IOException {
    Path file = saved();
    byte[] b = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(b, b.length - 100));
    assertRefused(file, "truncated");
  }

  @Test
  void tamperedWeightIsRefused() throws IOException {
    Path file = saved();
    byte[] b = Files.readAllBytes(file);
    b[b.length - 200] ^= 1;
    Files.write(file, b);
    assertRefused(file, "SHA-256");
  }

  @Test
  void tamperedHeaderIsRefused() throws IOException {
    Path file = saved();
    String s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    Files.write(file, s.replace("support_police", "support_polica")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertRefused(file, "SHA-256");
  }

  @Test
  void foreignFileIsRefused() throws IOException {
    Path file = dir.resolve("posts.jsonl");
    Files.writeString(file, "{\"id\":\"1\",\"account\":\"a\",\"text\":\"hello\"}\n");
    assertRefused(file, "not a Chorus model");
    Path empty = dir.resolve("empty.model");
    Files.write(empty, new byte[0]);
    assertRefused(empty, "not a Chorus model");
  }

  @Test
  void aHugeFileIsRefusedWithoutReadingItIntoMemory() throws IOException {
    Path zeros = dir.resolve("huge.model");
    try (RandomAccessFile f = new RandomAccessFile(zeros.toFile(), "rw")) {
      f.setLength(3L << 30); // sparse: 3 GB on paper, nothing on disk
    }
    assertRefused(zeros, "not a Chorus model");
    Path folder = Files.createDirectory(dir.resolve("a-folder.model"));
    assertRefused(folder, "is a folder");
  }

  @Test
  void aHeaderDescribingMoreWeightsThanThePayloadHoldsIsRefusedBeforeAllocating()
      throws Exception {
    Path file = saved();
    String s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    // 2^24 buckets for 6 labels would be 470 MB of weights from a few KB of payload; the
    // digest is made to match, as a crafted file would.
    byte[] body = s.substring(0, s.length() - 32).replace("\"hashBits\":14", "\"hashBits\":24")
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
    byte[] crafted = Arrays.copyOf(body, body.length + 32);
    System.arraycopy(digest, 0, crafted, body.length, 32);
    Files.write(file, crafted);
    assertRefused(file, "compressed bytes can hold");
  }

  @Test
  void otherFormatVersionIsRefused() throws IOException {
    Path file = saved();
    String s = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    Files.write(file, s.replace("\"formatVersion\":2,", "\"formatVersion\":4,")
        .getBytes(StandardCharsets.ISO_8859_1));
    assertRefused(file, "version 4");
  }

  @Test
  void versionOneFileReadsWithTheNewerFeaturesOff() throws Exception {
    // A version 1 header has no postShape, language or classWeighting: rebuild one from a
    // model trained without them, digest included, and check it reads as that model.
    NarrativeModel old = Trainer.train(posts, TrainingOptions.defaults()
        .withFeatures(FeatureSettings.defaults().withHashBits(14).withPostShape(false)
            .withLanguage(false).withTime(false).withClassWeighting(0))
        .withCreated(Instant.parse("2019-09-01T00:00:00Z")));
    Path file = dir.resolve("v1.model");
    ModelFile.write(old, file);
    byte[] b = Files.readAllBytes(file);
    int newline = 0;
    while (b[newline] != '\n') newline++;
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var header = (com.fasterxml.jackson.databind.node.ObjectNode)
        json.readTree(new String(b, 0, newline, StandardCharsets.UTF_8));
    header.put("formatVersion", 1);
    ((com.fasterxml.jackson.databind.node.ObjectNode) header.get("features"))
        .remove(List.of("postShape", "language", "time", "classWeighting"));
    var out = new java.io.ByteArrayOutputStream();
    out.write((json.writeValueAsString(header) + "\n").getBytes(StandardCharsets.UTF_8));
    out.write(b, newline + 1, b.length - 32 - newline - 1);
    out.write(java.security.MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
    Files.write(file, out.toByteArray());
    assertTrue(!new String(out.toByteArray(), StandardCharsets.ISO_8859_1).contains("postShape"));

    NarrativeModel back = ModelFile.read(file);
    assertEquals(old.info().features(), back.info().features());
    for (Post p : posts.subList(0, 50)) {
      assertEquals(old.predict(p).scores(), back.predict(p).scores());
    }
  }

  private static void assertRefused(Path file, String reason) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelFile.read(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
