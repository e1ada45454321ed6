package org.chorus.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How benchmarks print: a JSON object per line ({@link #json}) or a plain text table
 * ({@link Table}) with numbers aligned right.
 */
final class Report {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Report() {}

  static void json(PrintStream out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code 1,234,567}. */
  static String count(double n) {
    return String.format(Locale.ROOT, "%,.0f", n);
  }

  /** A text table: first column left-aligned, the others right-aligned. */
  static final class Table {
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
      rows.add(headers);
    }

    Table row(Object... cells) {
      String[] row = new String[cells.length];
      for (int i = 0; i < cells.length; i++) row[i] = String.valueOf(cells[i]);
      rows.add(row);
      return this;
    }

    void print(PrintStream out) {
      int[] width = new int[rows.get(0).length];
      for (String[] row : rows) {
        for (int c = 0; c < row.length; c++) width[c] = Math.max(width[c], row[c].length());
      }
      for (int r = 0; r < rows.size(); r++) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
          String cell = rows.get(r)[c];
          String pad = " ".repeat(width[c] - cell.length());
          if (c > 0) line.append("  ").append(pad).append(cell);
          else line.append(cell).append(pad);
        }
        out.println(line.toString().stripTrailing());
        if (r == 0) {
          out.println(String.join("  ", java.util.Arrays.stream(width)
              .mapToObj("-"::repeat).toList()));
        }
      }
    }
  }
}
