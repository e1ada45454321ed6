package org.chorus.narratives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What posts in different languages about the same thing share: hashtags (#反送中 appears in
 * English posts too), emoji, numbers and words in Latin script (names: "NATO", "MH17" in a Russian
 * or Chinese post). Only for matching themes across languages, never shown as terms.
 */
final class Bridges {
  private Bridges() {}

  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      if (cp == '#' || Character.isLetterOrDigit(cp)) {
        int start = i;
        i += Character.charCount(cp);
        while (i < n && (Character.isLetterOrDigit(text.codePointAt(i)) || text.charAt(i) == '_')) {
          i += Character.charCount(text.codePointAt(i));
        }
        String token = text.substring(start, i).toLowerCase(Locale.ROOT);
        if (token.startsWith("#") && token.length() > 1) {
          out.add(token);
        } else if (!token.startsWith("#") && token.length() >= 3 && isLatinOrDigits(token)
            && !StopWords.all().isStop(token)) {
          out.add(token);
        }
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.OTHER_SYMBOL) out.add(new String(Character.toChars(cp)));
      i += Character.charCount(cp);
    }
    return out;
  }

  private static boolean isLatinOrDigits(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(c < 0x250 && Character.isLetterOrDigit(c))) return false;
    }
    return true;
  }
}
