package org.chorus.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;

/**
 * A broadcast model file, read once per executor JVM by {@link ModelFile#read} (so its digest is
 * checked as for {@code chorus label}) and shared by that executor's tasks.
 */
final class Models {
  private static final Map<Long, NarrativeModel> BY_BROADCAST = new ConcurrentHashMap<>();

  private Models() {}

  static NarrativeModel of(Broadcast<byte[]> file) throws IOException {
    NarrativeModel m = BY_BROADCAST.get(file.id());
    if (m != null) return m;
    synchronized (BY_BROADCAST) {
      m = BY_BROADCAST.get(file.id());
      if (m == null) {
        Path tmp = Files.createTempFile("chorus-model", ".model");
        try {
          Files.write(tmp, file.value());
          m = ModelFile.read(tmp);
        } finally {
          Files.deleteIfExists(tmp);
        }
        BY_BROADCAST.put(file.id(), m);
      }
      return m;
    }
  }
}
