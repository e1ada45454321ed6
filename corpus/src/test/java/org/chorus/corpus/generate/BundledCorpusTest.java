package org.chorus.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/**
 * The committed corpus must be exactly what {@code chorus generate --posts 8000 --seed 2019}
 * writes: any change to the generator or its phrase banks that alters a byte fails here, and
 * the corpus (and the shipped model trained on it) must then be regenerated on purpose.
 */
class BundledCorpusTest {
  static final Path DIR = Path.of("hk2019");

  @Test
  void committedCorpusIsTheGeneratorsOutput() throws Exception {
    assertTrue(Files.isRegularFile(DIR.resolve(CorpusFiles.POSTS)), "corpus/hk2019 is committed");
    byte[][] fresh = DeterminismTest.generate(GeneratorSettings.of(8000, 2019));
    assertArrayEquals(sha256(fresh[0]), sha256(Files.readAllBytes(DIR.resolve(CorpusFiles.POSTS))),
        "posts.jsonl differs: regenerate with ./chorus generate --posts 8000 --seed 2019 --out corpus/hk2019");
    assertArrayEquals(sha256(fresh[1]), sha256(Files.readAllBytes(DIR.resolve(CorpusFiles.CAMPAIGNS))),
        "campaigns.jsonl differs: regenerate the corpus");
  }

  private static byte[] sha256(byte[] bytes) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(bytes);
  }
}
