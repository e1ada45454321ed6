package org.chorus.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the list-valued columns of post datasets. Twitter archives write Python-style lists,
 * {@code ['hk', 'police']} or {@code [hk, police]}; hand-made files write {@code hk police} or
 * {@code hk,police}. A leading '#' or '@' is dropped so hashtags and mentions are stored alike
 * whichever form the source used.
 */
final class ListField {
  private ListField() {}

  static List<String> parse(String value) {
    if (value == null) return List.of();
    String s = value.strip();
    if (s.isEmpty() || s.equals("[]")) return List.of();
    List<String> out = new ArrayList<>(4);
    if (s.charAt(0) == '[' && s.charAt(s.length() - 1) == ']') {
      bracketed(s.substring(1, s.length() - 1), out);
    } else {
      for (String item : s.split("[,\\s]+")) add(item, out);
    }
    return out;
  }

  // Items are separated by commas; a quoted item ('...' or "...") may contain commas.
  private static void bracketed(String s, List<String> out) {
    int i = 0, n = s.length();
    while (i < n) {
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == ',')) i++;
      if (i >= n) break;
      char q = s.charAt(i);
      if (q == '\'' || q == '"') {
        int close = s.indexOf(q, i + 1);
        if (close < 0) close = n;
        add(s.substring(i + 1, close), out);
        i = close + 1;
      } else {
        int comma = s.indexOf(',', i);
        if (comma < 0) comma = n;
        add(s.substring(i, comma), out);
        i = comma + 1;
      }
    }
  }

  private static void add(String item, List<String> out) {
    String s = item.strip();
    if (!s.isEmpty() && (s.charAt(0) == '#' || s.charAt(0) == '@')) s = s.substring(1);
    if (!s.isEmpty()) out.add(s);
  }
}
