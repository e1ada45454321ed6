package org.chorus.corpus.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Screen names (at most 15 of [A-Za-z0-9_], as on Twitter) in the styles of each persona.
 * Campaign batches share one machine-made pattern, the way batch-registered accounts do.
 */
final class Handles {
  private static final List<String> HK_GIVEN = List.of("kelvin", "jason", "wing", "kaming",
      "jasmine", "cherry", "ivan", "agnes", "tommy", "winnie", "kenny", "carmen", "joyce", "alvin",
      "eric", "vivian", "gigi", "hoiyan", "sum", "yan", "chun", "kaho", "ming", "ching", "ray",
      "sze", "tsz", "wai", "kit", "cy", "janice", "derek", "mandy", "fiona", "sammi", "jacky");
  private static final List<String> HK_SURNAME = List.of("chan", "wong", "lee", "cheung", "lau",
      "ng", "leung", "ho", "tsang", "yip", "lam", "kwok", "tang", "fung", "mak", "chow", "yuen",
      "so", "siu", "lai", "chu", "law", "tse", "ma");
  private static final List<String> HK_WORDS = List.of("hk", "852", "lionrock", "kowloon",
      "harbour", "dimsum", "milktea", "tram", "neon", "island", "typhoon", "mtr");
  private static final List<String> INTL_GIVEN = List.of("sarah", "mike", "emma", "david",
      "lena", "tom", "anna", "jules", "chris", "kate", "ben", "olivia", "mark", "sophie", "raj",
      "yuki", "lucas", "nina", "omar", "grace");
  private static final List<String> INTL_WORDS = List.of("ohio", "leeds", "sydney", "toronto",
      "berlin", "writes", "says", "thinks", "1984", "freedom", "liberty", "voice", "free",
      "taipei", "dublin", "books", "notes", "journo", "phd", "rights");
  private static final List<String> OUTLET_HEAD = List.of("HK", "Asia", "Harbour", "Pearl",
      "Kowloon", "Victoria", "Island", "LionRock", "Bauhinia", "Peak", "Star", "Delta");
  private static final List<String> OUTLET_TAIL = List.of("News", "Daily", "Post", "Wire",
      "Times", "Now", "Live", "Report", "Watch", "Press", "Herald");
  private static final List<String> STATE_HEAD = List.of("China", "Sino", "Panda", "Dragon",
      "Silk", "Harmony", "East", "Great", "Red", "Jade");
  private static final List<String> STATE_TAIL = List.of("Voice", "Daily", "Focus", "Insight",
      "Observer", "Watch", "Today", "Review", "Eye", "Lens");
  private static final List<String> BLUE_WORDS = List.of("peace", "harmony", "lovehk",
      "silentmajority", "safehk", "hkgood", "calmhk", "order", "stablehk", "mamahk");
  private static final List<String> PINYIN_SURNAME = List.of("wang", "li", "zhang", "liu",
      "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he",
      "lin", "gao", "luo");
  private static final List<String> PINYIN_GIVEN = List.of("wei", "fang", "na", "xiuying",
      "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie", "tao", "ming",
      "chao", "xiaoming", "hong", "xia", "ping", "gang", "hui", "lan", "bo");
  private static final List<String> WEST_GIVEN = List.of("Emily", "Jessica", "Daniel", "Ashley",
      "Brandon", "Megan", "Tyler", "Rachel", "Kevin", "Lauren", "Justin", "Amber", "Ryan", "Kelly");
  private static final List<String> WEST_LAST = List.of("Gray", "Hill", "Brooks", "Price",
      "Ward", "Hayes", "Reed", "Cole", "Fisher", "Wells", "Hunt", "Stone", "Lane", "Ross");

  private final Set<String> taken = new HashSet<>();

  /** A free handle in the persona's style; for campaign bots, in batch style {@code batchStyle}. */
  String next(Persona persona, int batchStyle, Rng rng) {
    String h = switch (persona) {
      case HK_LOCAL -> hkPersonal(rng);
      case INTL_SUPPORTER -> rng.pick(INTL_GIVEN) + sep(rng) + rng.pick(INTL_WORDS)
          + digits(rng, 0.35, 2);
      case NEWS -> rng.pick(OUTLET_HEAD) + rng.pick(OUTLET_TAIL) + (rng.chance(0.3) ? "HK" : "");
      case BLUE_RIBBON -> rng.chance(0.5)
          ? rng.pick(BLUE_WORDS) + sep(rng) + rng.pick(HK_SURNAME) + digits(rng, 0.5, 2)
          : hkPersonal(rng);
      case STATE_MEDIA -> rng.pick(STATE_HEAD) + rng.pick(STATE_TAIL) + (rng.chance(0.2) ? "CN" : "");
      case MAINLAND_USER -> rng.pick(PINYIN_SURNAME) + sep(rng) + rng.pick(PINYIN_GIVEN)
          + digits(rng, 0.6, rng.chance(0.5) ? 2 : 4);
      case OBSERVER -> rng.pick(INTL_GIVEN) + sep(rng) + rng.pick(HK_WORDS) + digits(rng, 0.3, 2);
      case CAMPAIGN_BOT -> bot(batchStyle, rng);
    };
    return claim(h, rng);
  }

  private static String hkPersonal(Rng rng) {
    return switch (rng.nextInt(4)) {
      case 0 -> rng.pick(HK_GIVEN) + sep(rng) + rng.pick(HK_SURNAME) + digits(rng, 0.4, 2);
      case 1 -> rng.pick(HK_GIVEN) + sep(rng) + rng.pick(HK_WORDS);
      case 2 -> rng.pick(HK_SURNAME) + rng.pick(HK_GIVEN) + digits(rng, 0.5, 3);
      default -> "ah" + sep(rng) + rng.pick(HK_GIVEN) + digits(rng, 0.3, 2);
    };
  }

  // Batch registration tools fill one pattern with numbers or random letters.
  private static String bot(int style, Rng rng) {
    return switch (style % 4) {
      case 0 -> rng.pick(PINYIN_SURNAME) + rng.pick(PINYIN_GIVEN) + digits(rng, 1.0, 8);
      case 1 -> rng.pick(WEST_GIVEN) + rng.pick(WEST_LAST) + digits(rng, 1.0, 5);
      case 2 -> letters(rng, rng.between(9, 12));
      default -> rng.pick(PINYIN_GIVEN) + "_" + rng.pick(PINYIN_SURNAME) + digits(rng, 1.0, 4);
    };
  }

  private String claim(String handle, Rng rng) {
    String h = handle.length() > 15 ? handle.substring(0, 15) : handle;
    while (!taken.add(h.toLowerCase(Locale.ROOT))) {
      String tail = Integer.toString(rng.nextInt(100));
      h = (h.length() + tail.length() > 15 ? h.substring(0, 15 - tail.length()) : h) + tail;
    }
    return h;
  }

  private static String sep(Rng rng) {
    return rng.chance(0.4) ? "_" : "";
  }

  private static String digits(Rng rng, double p, int count) {
    if (!rng.chance(p)) return "";
    StringBuilder b = new StringBuilder(count);
    for (int i = 0; i < count; i++) b.append((char) ('0' + rng.nextInt(10)));
    return b.toString();
  }

  private static String letters(Rng rng, int count) {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder b = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      b.append(alphabet.charAt(i == 0 ? rng.nextInt(26) : rng.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
