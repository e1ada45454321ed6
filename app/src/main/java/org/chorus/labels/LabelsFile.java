package org.chorus.labels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.InvalidInputException;

/**
 * A labels file: JSON Lines of {@link Decision}s, appended to by people, scripts, seed queries
 * and the workbench. Every line is appended whole in one write under a file lock, so
 * concurrent writers never interleave and a crash loses at most the line being written.
 */
public final class LabelsFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  // File locks are per process: threads of one process take turns on this first.
  private static final Object APPENDING = new Object();

  private LabelsFile() {}

  /** The decisions in file order; a missing file has none. Blank lines are skipped. */
  public static List<Decision> read(Path file) throws IOException {
    List<Decision> out = new ArrayList<>();
    if (!Files.exists(file)) return out;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long line = 0;
      for (String s = r.readLine(); s != null; s = r.readLine()) {
        line++;
        if (s.isBlank()) continue;
        out.add(parse(file.toString(), line, s));
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw new InvalidInputException(file.toString(), 0, null, "not UTF-8 text");
    }
    return out;
  }

  static Decision parse(String file, long line, String text) {
    JsonNode n;
    try {
      n = JSON.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidInputException(file, line, null, "not a JSON object: "
          + e.getOriginalMessage());
    }
    if (n == null || !n.isObject()) {
      throw new InvalidInputException(file, line, null, "not a JSON object");
    }
    JsonNode id = n.get("id");
    if (id == null || !(id.isTextual() || id.isIntegralNumber()) || id.asText().isBlank()) {
      throw new InvalidInputException(file, line, "id", "missing or not a post id");
    }
    JsonNode labels = n.get("labels");
    if (labels == null || !labels.isArray()) {
      throw new InvalidInputException(file, line, "labels",
          "missing or not a list (an empty list means none applies)");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode l : labels) {
      if (!l.isTextual() || l.asText().isBlank()) {
        throw new InvalidInputException(file, line, "labels", "a label must be a non-empty"
            + " string, found " + l);
      }
      names.add(l.asText().strip());
    }
    String source = text(n, "source");
    if (source == null) source = Decision.HUMAN;
    if (!Decision.HUMAN.equals(source) && !Decision.SEED.equals(source)) {
      throw new InvalidInputException(file, line, "source", "must be human or seed, found '"
          + source + "'");
    }
    String narrative = text(n, "narrative");
    if (Decision.SEED.equals(source) && narrative == null) {
      narrative = names.size() == 1 ? names.get(0) : null;
    }
    return new Decision(id.asText(), names, source, text(n, "annotator"), narrative,
        text(n, "time"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Appends the decisions, one whole line each, creating the file and its folder if need be. */
  public static void append(Path file, List<Decision> decisions) throws IOException {
    if (decisions.isEmpty()) return;
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    synchronized (APPENDING) {
      appendLocked(file, decisions);
    }
  }

  private static void appendLocked(Path file, List<Decision> decisions) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileLock lock = ch.lock()) {
      // A line cut short by a crash would swallow the next one: start on a fresh line.
      boolean fresh = ch.size() == 0 || lastByte(file, ch) == '\n';
      for (Decision d : decisions) {
        byte[] line = ((fresh ? "" : "\n") + JSON.writeValueAsString(d) + "\n")
            .getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) ch.write(buf);
        fresh = true;
      }
      ch.force(false);
    }
  }

  private static int lastByte(Path file, FileChannel ch) throws IOException {
    try (FileChannel r = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.allocate(1);
      r.read(b, ch.size() - 1);
      return b.get(0);
    }
  }
}
