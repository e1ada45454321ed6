package org.chorus.bench;

import java.util.List;
import java.util.Random;
import org.chorus.corpus.text.Scripts;

/**
 * Makes a realistic copy of a post, as a copy-paste campaign does: 1 to 3 of: a different link,
 * an added or removed hashtag, a swapped or added mention, one changed word, changed
 * punctuation, an added emoji, an {@code RT @x:} prefix, changed case.
 */
public final class CopyEditor {
  private static final String[] EMOJI = {"😡", "👍", "🔥", "‼️", "😂", "🙏", "🇺🇸", "🇨🇳"};
  private static final String[] TAGS = {"#MAGA", "#news", "#HongKong", "#香港", "#breaking",
      "#tcot", "#StopTheViolence", "#BlackLivesMatter", "#Россия"};
  private final Random rnd;
  private final List<String> donors;

  public CopyEditor(Random rnd, List<String> donors) {
    this.rnd = rnd;
    this.donors = donors;
  }

  public String edit(String text) {
    int edits = 1 + rnd.nextInt(3);
    String t = text;
    for (int e = 0; e < edits; e++) t = editOnce(t);
    return t;
  }

  private String editOnce(String t) {
    switch (rnd.nextInt(9)) {
      case 0: // new link (replace or append)
        String link = "https://t.co/" + Long.toString(rnd.nextLong() & Long.MAX_VALUE, 36).substring(0, 10);
        return t.matches("(?s).*https?://\\S+.*") ? t.replaceFirst("https?://\\S+", link) : t + " " + link;
      case 1: // add hashtag
        return t + " " + TAGS[rnd.nextInt(TAGS.length)];
      case 2: // remove a hashtag, or add one at the front
        return t.contains("#") ? t.replaceFirst("#\\S+", "") : TAGS[rnd.nextInt(TAGS.length)] + " " + t;
      case 3: // swap or add a mention
        String m = "@user" + rnd.nextInt(100000);
        return t.contains("@") ? t.replaceFirst("@\\w+", m) : m + " " + t;
      case 4: // change one word (a word from another post), or one character for CJK
        return changeWord(t);
      case 5: // punctuation
        return rnd.nextBoolean() ? t.replace(".", "!").replace(",", "") : t + "!!!";
      case 6:
        return rnd.nextBoolean() ? t + " " + EMOJI[rnd.nextInt(EMOJI.length)]
            : EMOJI[rnd.nextInt(EMOJI.length)] + " " + t;
      case 7:
        return "RT @user" + rnd.nextInt(100000) + ": " + t;
      default:
        return rnd.nextBoolean() ? t.toUpperCase(java.util.Locale.ROOT) : t.toLowerCase(java.util.Locale.ROOT);
    }
  }

  private String changeWord(String t) {
    String[] words = t.split(" ");
    int cjk = (int) t.codePoints().filter(Scripts::isCjk).count();
    if (cjk > words.length) { // Chinese: replace one character by one from another post
      int[] cps = t.codePoints().toArray();
      String donor = donors.get(rnd.nextInt(donors.size()));
      int[] d = donor.codePoints().filter(Scripts::isCjk).toArray();
      int repl = d.length > 0 ? d[rnd.nextInt(d.length)] : '的';
      for (int tries = 0; tries < 20; tries++) {
        int i = rnd.nextInt(cps.length);
        if (Scripts.isCjk(cps[i])) {
          cps[i] = repl;
          break;
        }
      }
      return new String(cps, 0, cps.length);
    }
    String[] donor = donors.get(rnd.nextInt(donors.size())).split(" ");
    for (int tries = 0; tries < 20; tries++) {
      int i = rnd.nextInt(words.length);
      if (words[i].length() > 2 && Character.isLetter(words[i].charAt(0))) {
        words[i] = donor[rnd.nextInt(donor.length)];
        break;
      }
    }
    return String.join(" ", words);
  }
}
