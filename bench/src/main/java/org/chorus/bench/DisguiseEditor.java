package org.chorus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chorus.corpus.text.Scripts;

/**
 * Disguises a copy as operators do (issue 13): an opener before it, a line of commentary after
 * it, only its first half followed by "...", words swapped for synonyms, numbers changed, and in
 * Chinese simplified characters written traditional and particles (啊, 呀, 了) added. Each copy
 * gets three to five different edits.
 */
final class DisguiseEditor {
  enum Edit { OPENER, COMMENTARY, HALF, SYNONYMS, NUMBERS, TRADITIONAL, PARTICLES }

  static final List<Edit> ENGLISH =
      List.of(Edit.OPENER, Edit.COMMENTARY, Edit.HALF, Edit.SYNONYMS, Edit.NUMBERS);
  static final List<Edit> CHINESE = List.of(Edit.values());

  private static final String[] OPENERS_EN = {"Must read:", "WOW.", "This!!", "Everyone should"
      + " see this:", "Unbelievable.", "Read this:", "Please share:", "Look at this:",
      "BREAKING:", "Wake up people:", "Oh my god.", "So true:"};
  private static final String[] COMMENTS_EN = {"This is exactly what the media won't tell you.",
      "Share before they delete it!", "How is this even legal?", "Nobody is talking about this"
      + " and it is insane.", "I have been saying this for years.", "Retweet if you agree.",
      "Disgusting. Just disgusting.", "Where is the outrage?", "They think we are stupid.",
      "The truth always comes out.", "Pass it on, folks.", "Mark my words, it gets worse."};
  private static final String[] OPENERS_ZH = {"转发：", "震惊！", "必看！", "大家看看：",
      "太可怕了！", "扩散！", "重磅：", "真的假的？", "看哭了："};
  private static final String[] COMMENTS_ZH = {"说得太好了，大家一起支持！", "这才是真相，别再被骗了。",
      "看完气死我了。", "转给身边的人看看。", "为什么没人报道这个？", "细思极恐。", "顶一个！",
      "希望更多人看到。"};
  private static final String[] PARTICLES = {"啊", "呀", "了", "吧", "呢", "哦"};

  /** Word for its synonym, both directions. */
  private static final Map<String, String> SYNONYMS_EN = pairs(
      "people folks", "big huge", "said stated", "police cops", "government regime",
      "media press", "children kids", "great fantastic", "attack assault", "money cash",
      "country nation", "lie falsehood", "lies falsehoods", "new fresh", "fake phony",
      "truth facts", "many numerous", "killed murdered", "kill murder", "war conflict",
      "help assist", "need require", "stop halt", "show reveal", "shows reveals",
      "says claims", "watch see", "today now", "video clip", "news reports", "women ladies",
      "men guys", "americans citizens", "america usa", "obama barack", "hillary clinton",
      "trump donald", "bad terrible", "good nice", "vote ballot", "job work", "racist bigot",
      "black african", "white caucasian", "city town", "story report", "want wish",
      "think believe", "know understand", "real genuine", "happy glad", "angry furious",
      "first initial", "last final", "world globe", "life existence", "man guy",
      "woman lady", "home house", "school academy", "car vehicle", "fight battle",
      "protest rally", "shot gunned", "dead deceased", "free liberated", "illegal unlawful");
  private static final Map<String, String> SYNONYMS_ZH = pairs(
      "美国 美帝", "中国 我国", "政府 当局", "警察 警方", "支持 力挺", "反对 抵制", "非常 十分",
      "现在 如今", "已经 早已", "知道 晓得", "喜欢 喜爱", "认为 觉得", "大家 各位", "问题 难题",
      "可以 能够", "孩子 小孩", "父母 爸妈", "手机 手机儿", "苹果 果子", "价格 价钱", "今天 今日",
      "明天 明日", "朋友 友人", "国家 祖国", "我们 咱们", "看到 瞧见", "开始 开启", "东西 物品",
      "发现 察觉", "重要 要紧", "希望 盼望", "一定 必定", "所有 全部", "因为 由于", "但是 可是",
      "如果 假如", "怎么 如何", "为什么 为何", "这样 如此", "还是 仍是", "出现 出来", "时候 时刻");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private final Random rnd;
  private final List<String> donors;
  private final Map<Character, Character> traditional;

  DisguiseEditor(Random rnd, List<String> donors) {
    this.rnd = rnd;
    this.donors = donors;
    this.traditional = simplifiedToTraditional();
  }

  /** Three to five different edits of {@code kinds}, in random order. */
  String disguise(String text, List<Edit> kinds, boolean chinese) {
    List<Edit> pick = new ArrayList<>(kinds);
    Collections.shuffle(pick, rnd);
    int n = 3 + rnd.nextInt(Math.min(3, pick.size() - 2));
    List<Edit> chosen = new ArrayList<>(pick.subList(0, n));
    // Cutting before wrapping: an opener or a comment is never the half that is cut away.
    chosen.sort((a, b) -> Boolean.compare(b == Edit.HALF, a == Edit.HALF));
    String t = text;
    for (Edit e : chosen) t = apply(e, t, chinese);
    return t;
  }

  String apply(Edit e, String t, boolean chinese) {
    return switch (e) {
      case OPENER -> (chinese ? pick(OPENERS_ZH) : pick(OPENERS_EN) + " ") + t;
      case COMMENTARY -> t + (chinese ? "" : " ") + (chinese ? pick(COMMENTS_ZH) : pick(COMMENTS_EN));
      case HALF -> half(t, chinese);
      case SYNONYMS -> synonyms(t, chinese);
      case NUMBERS -> numbers(t, chinese);
      case TRADITIONAL -> toTraditional(t);
      case PARTICLES -> particles(t);
    };
  }

  private String pick(String[] options) {
    return options[rnd.nextInt(options.length)];
  }

  /** The first half of the words (Chinese: characters), then an ellipsis. */
  private static String half(String t, boolean chinese) {
    if (chinese) {
      int[] cps = t.codePoints().toArray();
      return new String(cps, 0, (cps.length + 1) / 2) + "……";
    }
    String[] words = t.split(" ");
    return String.join(" ", java.util.Arrays.copyOf(words, (words.length + 1) / 2)) + "...";
  }

  /** One or two words swapped for synonyms; a word of another post where the list has none. */
  private String synonyms(String t, boolean chinese) {
    Map<String, String> dict = chinese ? SYNONYMS_ZH : SYNONYMS_EN;
    List<String> present = new ArrayList<>();
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    for (String w : dict.keySet()) {
      if (chinese ? lower.contains(w) : Pattern.compile("\\b" + w + "\\b").matcher(lower).find()) {
        present.add(w);
      }
    }
    Collections.sort(present); // map order is not stable across runs
    Collections.shuffle(present, rnd);
    String out = t;
    int swapped = 0, want = 1 + rnd.nextInt(2);
    for (String w : present) {
      if (swapped == want) break;
      out = chinese ? out.replaceFirst(Pattern.quote(w), dict.get(w))
          : out.replaceFirst("(?i)\\b" + Pattern.quote(w) + "\\b", dict.get(w));
      swapped++;
    }
    for (; swapped < want; swapped++) out = otherWord(out, chinese);
    return out;
  }

  private String otherWord(String t, boolean chinese) {
    String donor = donors.get(rnd.nextInt(donors.size()));
    if (chinese) {
      int[] cps = t.codePoints().toArray();
      int[] d = donor.codePoints().filter(Scripts::isCjk).toArray();
      if (d.length == 0) return t;
      for (int tries = 0; tries < 20; tries++) {
        int i = rnd.nextInt(cps.length);
        if (Scripts.isCjk(cps[i])) {
          cps[i] = d[rnd.nextInt(d.length)];
          break;
        }
      }
      return new String(cps, 0, cps.length);
    }
    String[] words = t.split(" ");
    String[] dw = donor.split(" ");
    for (int tries = 0; tries < 20; tries++) {
      int i = rnd.nextInt(words.length);
      String r = dw[rnd.nextInt(dw.length)];
      if (words[i].length() > 3 && Character.isLetter(words[i].charAt(0))
          && r.chars().allMatch(Character::isLetter)) {
        words[i] = r;
        break;
      }
    }
    return String.join(" ", words);
  }

  /** Every number changed; a post without one gets a synonym swap instead. */
  private String numbers(String t, boolean chinese) {
    Matcher m = NUMBER.matcher(t);
    if (!m.find()) return synonyms(t, chinese);
    m.reset();
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String d = m.group();
      long v = d.length() > 12 ? 7 : Long.parseLong(d);
      long w = Math.max(1, v + (rnd.nextBoolean() ? 1 : -1) * (1 + rnd.nextInt((int) Math.max(3, v / 2 + 1))));
      m.appendReplacement(b, Long.toString(w == v ? v + 1 : w));
    }
    m.appendTail(b);
    return b.toString();
  }

  private String toTraditional(String t) {
    StringBuilder b = new StringBuilder(t.length());
    for (char c : t.toCharArray()) b.append(traditional.getOrDefault(c, c));
    return b.toString();
  }

  /** One to three particles, at clause ends (before ，。！？) or at the end. */
  private String particles(String t) {
    StringBuilder b = new StringBuilder(t);
    List<Integer> ends = new ArrayList<>();
    for (int i = 1; i < b.length(); i++) if ("，。！？,!?".indexOf(b.charAt(i)) >= 0) ends.add(i);
    int n = 1 + rnd.nextInt(3);
    Collections.shuffle(ends, rnd);
    List<Integer> at = new ArrayList<>(ends.subList(0, Math.min(n, ends.size())));
    at.sort(Collections.reverseOrder());
    for (int i : at) b.insert(i, pick(PARTICLES));
    if (at.isEmpty()) b.append(pick(PARTICLES));
    return b.toString();
  }

  private static Map<String, String> pairs(String... ps) {
    Map<String, String> m = new HashMap<>();
    for (String p : ps) {
      String[] ab = p.split(" ");
      m.put(ab[0], ab[1]);
      m.putIfAbsent(ab[1], ab[0]);
    }
    return m;
  }

  /** ICU's table the indexer folds with, read the other way (the first form of each). */
  private static Map<Character, Character> simplifiedToTraditional() {
    Map<Character, Character> m = new HashMap<>();
    try (InputStream in = DisguiseEditor.class.getResourceAsStream(
        "/org/chorus/corpus/text/" + org.chorus.corpus.text.HanVariants.TABLE)) {
      if (in == null) return m;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.length() != 2 || line.startsWith("#")) continue;
        m.putIfAbsent(line.charAt(1), line.charAt(0));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }
}
