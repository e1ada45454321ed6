package org.chorus.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chorus.search.Count;

/**
 * A plain-text table for people: columns sized to their content, cells past {@code maxWidth}
 * cut with an ellipsis, new lines flattened so one row stays one line.
 */
public final class Table {
  private final String[] headers;
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;
  private int maxWidth = 80;

  public Table(String... headers) {
    this.headers = headers;
    this.rightAligned = new boolean[headers.length];
  }

  /** Numbers read best aligned right. */
  public Table alignRight(int... columns) {
    for (int c : columns) rightAligned[c] = true;
    return this;
  }

  public Table maxWidth(int maxWidth) {
    this.maxWidth = maxWidth;
    return this;
  }

  public Table row(Object... cells) {
    if (cells.length != headers.length) {
      throw new IllegalArgumentException(cells.length + " cells for " + headers.length + " columns");
    }
    String[] row = new String[cells.length];
    for (int i = 0; i < cells.length; i++) row[i] = clean(cells[i]);
    rows.add(row);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  private String clean(Object cell) {
    String s = cell == null ? "" : cell.toString();
    s = s.replaceAll("\\s+", " ").strip();
    return s.codePointCount(0, s.length()) > maxWidth
        ? s.substring(0, s.offsetByCodePoints(0, maxWidth - 1)) + "…"
        : s;
  }

  public void print(PrintStream out) {
    int[] width = new int[headers.length];
    for (int c = 0; c < headers.length; c++) width[c] = displayWidth(headers[c]);
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) width[c] = Math.max(width[c], displayWidth(row[c]));
    }
    printRow(out, headers, width);
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < width.length; c++) {
      if (c > 0) rule.append("  ");
      rule.append("-".repeat(width[c]));
    }
    out.println(rule);
    for (String[] row : rows) printRow(out, row, width);
  }

  private void printRow(PrintStream out, String[] cells, int[] width) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) line.append("  ");
      String pad = " ".repeat(width[c] - displayWidth(cells[c]));
      boolean last = c == cells.length - 1;
      if (rightAligned[c]) {
        line.append(pad).append(cells[c]);
      } else {
        line.append(cells[c]).append(last ? "" : pad);
      }
    }
    out.println(line);
  }

  // CJK characters take two terminal columns; counting them as one breaks the alignment.
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += isWide(cp) ? 2 : 1;
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }

  /** A count as people read it: 1,234,567. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** One facet or breakdown as a two-column table after a blank line; nothing when empty. */
  static void counts(PrintStream out, String name, List<Count> counts) {
    if (counts.isEmpty()) return;
    Table t = new Table(name, "posts").alignRight(1);
    for (Count c : counts) t.row(c.value(), count(c.count()));
    out.println();
    t.print(out);
  }
}
