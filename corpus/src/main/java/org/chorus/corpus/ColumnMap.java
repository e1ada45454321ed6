package org.chorus.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which column of a CSV/TSV file (or top-level field of a JSON Lines object) fills which part of
 * a {@link Post}, written on the command line as
 * {@code id=tweetid,account=author,text=content,time=publish_date,lang=language,label=category}.
 * Every target appears at most once except {@code label}, which may repeat. Immutable.
 */
public final class ColumnMap {

  /** The parts of a post a column can fill. */
  public enum Target {
    ID, ACCOUNT, SCREEN_NAME, TIME, LANG, TEXT, HASHTAGS, URLS, MENTIONS, RETWEET, RETWEET_OF,
    REPLY_TO, QUOTE_OF, LABEL;

    public String specName() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Target of(String name) {
      for (Target t : values()) {
        if (t.specName().equals(name)) return t;
      }
      throw new IllegalArgumentException("unknown target '" + name + "' in column map; targets are "
          + Arrays.stream(values()).map(Target::specName).collect(Collectors.joining(", ")));
    }
  }

  private final Map<Target, String> columns;
  private final List<String> labels;

  private ColumnMap(Map<Target, String> columns, List<String> labels) {
    this.columns = columns;
    this.labels = List.copyOf(labels);
  }

  /**
   * Parses {@code target=column[,target=column...]}. Column names are taken as written (trimmed);
   * an unknown target, a repeated one (other than label) or a pair without '=' is an
   * {@link IllegalArgumentException} that says which.
   */
  public static ColumnMap parse(String spec) {
    if (spec == null || spec.isBlank()) throw new IllegalArgumentException("empty column map");
    Map<Target, String> columns = new EnumMap<>(Target.class);
    List<String> labels = new ArrayList<>();
    for (String pair : spec.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalArgumentException("column map entry '" + pair.strip()
            + "' is not target=column");
      }
      Target target = Target.of(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT));
      String column = pair.substring(eq + 1).strip();
      if (target == Target.LABEL) {
        labels.add(column);
      } else if (columns.putIfAbsent(target, column) != null) {
        throw new IllegalArgumentException("target '" + target.specName()
            + "' is mapped twice in column map");
      }
    }
    return new ColumnMap(columns, labels);
  }

  /** The column mapped to {@code target}, or null; for labels see {@link #labelColumns()}. */
  public String column(Target target) {
    return columns.get(target);
  }

  public List<String> labelColumns() {
    return labels;
  }

  /** The same map with {@code column} as its only label column: labels from another column. */
  public ColumnMap withLabelColumn(String column) {
    return new ColumnMap(columns, List.of(column.strip()));
  }

  /** The same map without the entries whose column the header lacks: for built-in mappings. */
  ColumnMap retainPresent(List<String> header) {
    Map<Target, String> kept = new EnumMap<>(Target.class);
    columns.forEach((t, c) -> {
      if (indexOf(header, c) >= 0) kept.put(t, c);
    });
    List<String> keptLabels = labels.stream().filter(c -> indexOf(header, c) >= 0).toList();
    return new ColumnMap(kept, keptLabels);
  }

  /**
   * Resolves the columns against a file's header. Account and text must be mapped; every mapped
   * column must exist. Errors name the file and the column, at line 1 (the header).
   */
  Bound bind(List<String> header, String file) {
    requireAccountAndText(file, "; header is: " + String.join(", ", header));
    int[] index = new int[Target.values().length];
    Arrays.fill(index, -1);
    for (Map.Entry<Target, String> e : columns.entrySet()) {
      index[e.getKey().ordinal()] = require(header, e.getValue(), file);
    }
    int[] labelIndex = labels.stream().mapToInt(c -> require(header, c, file)).toArray();
    return new Bound(index, labelIndex);
  }

  /** Account and text must be mapped: an error at line 1 otherwise, ending with {@code hint}. */
  void requireAccountAndText(String file, String hint) {
    for (Target required : List.of(Target.ACCOUNT, Target.TEXT)) {
      if (!columns.containsKey(required)) {
        throw new InvalidInputException(file, 1, null, "the column map gives no column for '"
            + required.specName() + "' (e.g. " + required.specName() + "=COLUMN)" + hint);
      }
    }
  }

  /** The targets this map gives a source for, label included when any. */
  Set<Target> targets() {
    Set<Target> t = EnumSet.noneOf(Target.class);
    t.addAll(columns.keySet());
    if (!labels.isEmpty()) t.add(Target.LABEL);
    return t;
  }

  private static int require(List<String> header, String column, String file) {
    int i = indexOf(header, column);
    if (i < 0) {
      throw new InvalidInputException(file, 1, column, "no such column in the header; header is: "
          + String.join(", ", header));
    }
    return i;
  }

  // Exact name first; then ignoring case, since people type "Content" for "content".
  private static int indexOf(List<String> header, String column) {
    int i = header.indexOf(column);
    if (i >= 0) return i;
    for (int k = 0; k < header.size(); k++) {
      if (header.get(k).equalsIgnoreCase(column)) return k;
    }
    return -1;
  }

  /** Column positions for one file: {@code -1} where a target is not mapped. */
  record Bound(int[] index, int[] labels) {
    int of(Target t) {
      return index[t.ordinal()];
    }

    boolean has(Target t) {
      return index[t.ordinal()] >= 0;
    }

    /** The targets with a column, label included when any. */
    Set<Target> targets() {
      Set<Target> t = EnumSet.noneOf(Target.class);
      for (Target target : Target.values()) {
        if (has(target)) t.add(target);
      }
      if (labels.length > 0) t.add(Target.LABEL);
      return t;
    }
  }

  /** The map in the {@code --map} syntax. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    columns.forEach((t, c) -> parts.add(t.specName() + "=" + c));
    labels.forEach(c -> parts.add("label=" + c));
    return String.join(",", parts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnMap m && m.columns.equals(columns) && m.labels.equals(labels);
  }

  @Override
  public int hashCode() {
    return columns.hashCode() * 31 + labels.hashCode();
  }
}
