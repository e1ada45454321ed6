package org.chorus.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a dataset file is laid out; {@link #AUTO} decides from the file's first line. */
public enum Format {
  /** Decide from the header: JSON Lines, Twitter archive, or a known published dataset. */
  AUTO,
  /** Twitter's information-operations archive CSV (hashed or unhashed). */
  TWITTER,
  /** The project's own JSON Lines schema ({@link PostJson}). */
  JSONL,
  /** Any CSV or TSV with a header row, read through a {@link ColumnMap}. */
  CSV;

  /** The name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code auto|twitter|jsonl|csv} (any case). */
  public static Format parse(String name) {
    for (Format f : values()) {
      if (f.cliName().equalsIgnoreCase(name.strip())) return f;
    }
    throw new IllegalArgumentException("unknown format '" + name + "'; expected one of "
        + Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining("|")));
  }
}
