package org.chorus.corpus.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashtags, URLs and mentions read back from a finished text, so a post's entity fields always
 * agree with what the text shows, whatever edits produced it.
 */
record Entities(List<String> hashtags, List<String> urls, List<String> mentions) {
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#([\\p{L}\\p{N}_]+)");
  private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_])@([A-Za-z0-9_]{1,15})");

  static Entities of(String text) {
    return new Entities(all(HASHTAG, text, 1), all(URL, text, 0), all(MENTION, text, 1));
  }

  private static List<String> all(Pattern p, String text, int group) {
    List<String> out = new ArrayList<>(2);
    Matcher m = p.matcher(text);
    while (m.find()) {
      String v = m.group(group);
      if (!out.contains(v)) out.add(v);
    }
    return out;
  }
}
