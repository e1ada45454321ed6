package org.chorus.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far indexing got, recorded in each commit's user data: which inputs (paths, sizes,
 * modification times), how many posts of them, in reading order, are all in the commit, and
 * whether the run finished. A rerun over unchanged inputs after an unfinished run skips that
 * many posts; anything else is simply re-added, which replacing by id makes harmless.
 */
record Checkpoint(String inputs, long done, boolean complete) {
  private static final String INPUTS = "chorus.inputs";
  private static final String DONE = "chorus.done";
  private static final String COMPLETE = "chorus.complete";
  private static final String SCHEMA = "chorus.schema";

  /** The checkpoint of a commit, or null if the commit has none (e.g. an empty index). */
  static Checkpoint from(Iterable<Map.Entry<String, String>> userData) {
    Map<String, String> m = new HashMap<>();
    if (userData != null) userData.forEach(e -> m.put(e.getKey(), e.getValue()));
    if (!m.containsKey(INPUTS) || !m.containsKey(DONE)) return null;
    try {
      return new Checkpoint(m.get(INPUTS), Long.parseLong(m.get(DONE)),
          Boolean.parseBoolean(m.get(COMPLETE)));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  Map<String, String> toUserData() {
    return Map.of(INPUTS, inputs, DONE, Long.toString(done), COMPLETE, Boolean.toString(complete),
        SCHEMA, Schema.VERSION);
  }

  /**
   * Refuses to add to a non-empty index written with another field layout ({@link
   * Schema#VERSION}): Lucene would reject every post of the run one by one.
   */
  static void requireSchema(Path index, Iterable<Map.Entry<String, String>> userData,
      int maxDoc) throws IncompatibleIndexException {
    if (maxDoc == 0) return;
    String found = null;
    if (userData != null) {
      for (Map.Entry<String, String> e : userData) if (e.getKey().equals(SCHEMA)) found = e.getValue();
    }
    if (!Schema.VERSION.equals(found)) {
      throw new IncompatibleIndexException("the index " + index + " was written by "
          + (found == null ? "an older Chorus" : "Chorus index schema " + found)
          + ", and this Chorus writes schema " + Schema.VERSION
          + ": index into a new folder, or delete " + index + " and index again");
    }
  }

  /** Identifies a list of input files as they are now. */
  static String signature(String plan, List<Path> inputs) throws IOException {
    StringBuilder sb = new StringBuilder(plan);
    for (Path p : inputs) {
      sb.append('\n').append(p.toAbsolutePath().normalize()).append('|').append(Files.size(p))
          .append('|').append(Files.getLastModifiedTime(p).toMillis());
    }
    return sb.toString();
  }

  /** Posts to skip when resuming over inputs with this signature. */
  long resumeFrom(String signature) {
    return !complete && inputs.equals(signature) ? done : 0;
  }
}
