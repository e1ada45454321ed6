package org.chorus.corpus;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of every dataset reader (IO-archive and mapped CSV, JSON Lines, gzip
 * or not): whatever bytes a file holds, reading it gives posts, rejected records, or an
 * {@link InvalidInputException} naming the file, never another exception.
 */
class DatasetFuzzTest {
  private static final Format[] FORMATS = Format.values();
  private static final ColumnMap[] MAPS = {null,
      ColumnMap.parse("id=a,account=b,text=c,time=d,lang=e,label=f,hashtags=g,urls=h")};

  @FuzzTest(maxDuration = "10s")
  void anyFileReadsOrIsRefusedCleanly(FuzzedDataProvider data) throws IOException {
    Format format = FORMATS[data.consumeInt(0, FORMATS.length - 1)];
    ColumnMap map = MAPS[data.consumeInt(0, MAPS.length - 1)];
    Path file = Files.createTempFile("chorus-fuzz", ".data");
    try {
      Files.write(file, data.consumeRemainingAsBytes());
      try (PostReader reader = Datasets.open(file, format, map, rejected -> { })) {
        while (reader.next() != null) {
          // every post the reader accepts must be whole
        }
      } catch (InvalidInputException refused) {
        // the one answer bad bytes may get
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
