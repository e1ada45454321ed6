package org.chorus.corpus.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Expands one phrase template. {@code [a|b|c]} picks one alternative (nestable; {@code [a|]}
 * makes {@code a} optional), {@code {name}} is replaced by a slot value that the caller
 * resolves, itself possibly a template. Many short alternatives per sentence are what keep the
 * corpus from being memorisable.
 */
final class Template {
  private Template() {}

  static String expand(String template, Rng rng, Function<String, String> slots) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    expandInto(template, 0, template.length(), rng, slots, out);
    return out.toString();
  }

  private static void expandInto(String t, int from, int to, Rng rng,
      Function<String, String> slots, StringBuilder out) {
    int i = from;
    while (i < to) {
      char c = t.charAt(i);
      if (c == '[') {
        int close = matching(t, i, to);
        List<int[]> options = alternatives(t, i + 1, close);
        int[] chosen = options.get(rng.nextInt(options.size()));
        expandInto(t, chosen[0], chosen[1], rng, slots, out);
        i = close + 1;
      } else if (c == '{') {
        int close = t.indexOf('}', i);
        if (close < 0 || close > to) throw new IllegalArgumentException("unclosed { in: " + t);
        out.append(slots.apply(t.substring(i + 1, close)));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
  }

  private static int matching(String t, int open, int to) {
    int depth = 0;
    for (int i = open; i < to; i++) {
      char c = t.charAt(i);
      if (c == '[') depth++;
      else if (c == ']' && --depth == 0) return i;
    }
    throw new IllegalArgumentException("unclosed [ in: " + t);
  }

  private static List<int[]> alternatives(String t, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == '[') depth++;
      else if (c == ']') depth--;
      else if (c == '|' && depth == 0) {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    out.add(new int[] {start, to});
    return out;
  }
}
