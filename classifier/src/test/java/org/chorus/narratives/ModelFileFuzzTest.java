package org.chorus.narratives;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chorus.corpus.InvalidInputException;

/**
 * Coverage-guided fuzzing of the model-file reader: a model file is data from anywhere, so any
 * bytes give a model or an {@link InvalidInputException} naming the file, never another
 * exception, an allocation the file cannot justify, or a hang.
 */
class ModelFileFuzzTest {
  @FuzzTest(maxDuration = "10s")
  void anyBytesReadAsAModelOrAreRefusedCleanly(byte[] bytes) throws IOException {
    Path file = Files.createTempFile("chorus-fuzz", ".model");
    try {
      Files.write(file, bytes);
      ModelFile.read(file);
    } catch (InvalidInputException refused) {
      // the one answer a bad file may get
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
