package org.chorus.corpus.generate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small edits each account of a campaign makes to the pasted text: its own t.co link, a
 * hashtag added or dropped, a mention added or dropped, one word swapped for a synonym,
 * different punctuation, emoji. Most copies get one or two edits; some none but the link.
 */
final class CopyVariation {
  private static final Pattern HASHTAG = Pattern.compile(" ?#[\\p{L}\\p{N}_]+");
  private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9_]{1,15} ?");
  private static final Pattern URL = Pattern.compile("https://t\\.co/[A-Za-z0-9]+");

  private final List<String> tags;
  private final List<String> emoji;
  private final List<String> synonyms;
  private final Lang lang;

  CopyVariation(List<String> tags, List<String> emoji, List<String> synonyms, Lang lang) {
    this.tags = tags;
    this.emoji = emoji;
    this.synonyms = synonyms;
    this.lang = lang;
  }

  /** One account's copy of the seed; {@code mention} is a handle it may tag. */
  String vary(String seed, Rng rng, String mention) {
    String t = URL.matcher(seed).find()
        ? URL.matcher(seed).replaceAll(m -> Links.tco(rng))
        : (rng.chance(0.2) ? seed + " " + Links.tco(rng) : seed);
    int edits = rng.weighted(new double[] {0.25, 0.4, 0.25, 0.1});
    for (int i = 0; i < edits; i++) {
      t = switch (rng.nextInt(7)) {
        case 0 -> addHashtag(t, rng);
        case 1 -> removeFirst(HASHTAG, t, rng);
        case 2 -> rng.chance(0.5) ? "@" + mention + " " + t : t + " @" + mention;
        case 3 -> removeFirst(MENTION, t, rng);
        case 4 -> swapWord(t, rng);
        case 5 -> punctuation(t, rng);
        default -> emoji(t, rng);
      };
    }
    return t.replaceAll(" {2,}", " ").strip();
  }

  private String addHashtag(String t, Rng rng) {
    if (tags.isEmpty()) return t;
    String tag = "#" + rng.pick(tags);
    if (t.contains(tag)) return t;
    Matcher url = URL.matcher(t);
    // the link usually stays last
    return url.find() && url.end() == t.length()
        ? t.substring(0, url.start()) + tag + " " + t.substring(url.start())
        : t + " " + tag;
  }

  private static String removeFirst(Pattern p, String t, Rng rng) {
    Matcher m = p.matcher(t);
    int count = 0;
    while (m.find()) count++;
    if (count == 0) return t;
    int which = rng.nextInt(count);
    m.reset();
    for (int i = 0; i <= which; i++) m.find();
    return t.substring(0, m.start()) + t.substring(m.end());
  }

  private String swapWord(String t, Rng rng) {
    if (synonyms.isEmpty()) return t;
    int start = rng.nextInt(synonyms.size());
    for (int i = 0; i < synonyms.size(); i++) {
      String[] group = synonyms.get((start + i) % synonyms.size()).split("\\|");
      for (String word : group) {
        int at = indexOfWord(t, word);
        if (at < 0) continue;
        String other = group[(indexOf(group, word) + 1 + rng.nextInt(group.length - 1))
            % group.length];
        return t.substring(0, at) + other + t.substring(at + word.length());
      }
    }
    return t;
  }

  private int indexOfWord(String t, String word) {
    int at = t.indexOf(word);
    while (at >= 0 && lang == Lang.EN && !isWordAt(t, at, word.length())) {
      at = t.indexOf(word, at + 1);
    }
    return at;
  }

  private static boolean isWordAt(String t, int at, int length) {
    boolean before = at == 0 || !Character.isLetter(t.charAt(at - 1));
    int end = at + length;
    boolean after = end >= t.length() || !Character.isLetter(t.charAt(end));
    return before && after;
  }

  private static int indexOf(String[] group, String word) {
    for (int i = 0; i < group.length; i++) if (group[i].equals(word)) return i;
    return 0;
  }

  private String punctuation(String t, Rng rng) {
    if (lang == Lang.EN) {
      return switch (rng.nextInt(4)) {
        case 0 -> t.replaceFirst("\\.", "!");
        case 1 -> t.replaceFirst("!", "!!!");
        case 2 -> t.replaceFirst(",", "");
        default -> t.replaceFirst("\\. ", "... ");
      };
    }
    return switch (rng.nextInt(4)) {
      case 0 -> t.replaceFirst("！", "!!");
      case 1 -> t.replaceFirst("，", " ");
      case 2 -> t.replaceFirst("。", "！");
      default -> t.replaceFirst("，", ",");
    };
  }

  private String emoji(String t, Rng rng) {
    if (emoji.isEmpty()) return t;
    for (String e : emoji) {
      if (t.contains(e) && rng.chance(0.5)) return t.replace(e, "");
    }
    String e = rng.pick(emoji);
    Matcher url = URL.matcher(t);
    String sep = lang == Lang.EN ? " " : "";
    return url.find() && url.start() > 0
        ? t.substring(0, url.start()).stripTrailing() + sep + e + " " + t.substring(url.start())
        : t + sep + e;
  }
}
