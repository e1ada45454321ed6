package org.chorus.corpus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Normalises the language a dataset gives to an ISO-639 code: Twitter archives already use codes
 * ("en", "zh", "und"), FiveThirtyEight's IRA files use English names ("English", "Farsi
 * (Persian)"). Codes pass through lower-cased; names map to their ISO-639-1 code; a value that
 * is neither is kept lower-cased rather than dropped; empty means unknown (null).
 */
public final class Languages {
  private static final Map<String, String> BY_NAME = names();
  // Datasets repeat a handful of values millions of times: remember the answers.
  private static final Map<String, String> SEEN = new ConcurrentHashMap<>();
  private static final int MAX_SEEN = 10_000;

  private Languages() {}

  /** The ISO code for {@code value}, or null when the value is empty. */
  public static String normalise(String value) {
    if (value == null) return null;
    String known = SEEN.get(value);
    if (known != null) return known;
    String code = compute(value);
    if (code != null && SEEN.size() < MAX_SEEN) SEEN.put(value, code);
    return code;
  }

  private static String compute(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty()) return null;
    String byName = BY_NAME.get(v);
    if (byName != null) return byName;
    // "en", "zh-cn", "pt_BR", "und": already a code (lower-cased, '_' written as '-'). Twitter
    // still writes the withdrawn codes for Indonesian, Hebrew and Yiddish.
    return switch (v) {
      case "in" -> "id";
      case "iw" -> "he";
      case "ji" -> "yi";
      default -> v.replace('_', '-');
    };
  }

  private static Map<String, String> names() {
    Map<String, String> m = new HashMap<>();
    for (String code : Locale.getISOLanguages()) {
      String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
      if (!name.isEmpty()) m.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
    }
    // Names seen in real archives that the JDK spells differently.
    m.put("farsi", "fa");
    m.put("farsi (persian)", "fa");
    m.put("pushto", "ps");
    m.put("tagalog (filipino)", "tl");
    m.put("filipino", "tl");
    m.put("simplified chinese", "zh");
    m.put("traditional chinese", "zh");
    m.put("chinese", "zh");
    m.put("cantonese", "yue");
    m.put("language undefined", "und");
    m.put("undefined", "und");
    m.put("unknown", "und");
    return Map.copyOf(m);
  }
}
