package org.chorus.fingerprint;

import java.util.Arrays;

/**
 * Shingles of function words and particles, which carry no message of their own: a copy adds
 * or drops them freely (啊, 呀, 了 at the end of a Chinese clause; "the", "just", "so" in
 * English), and two unrelated posts share them by chance. Containment is measured without them.
 * They are kept in the index (Jaccard still counts them, as before), and set aside when the
 * stored shingle sets are read, so indexes built before this class existed need no rebuild
 * (though those built before the traditional-to-simplified fold keep traditional characters,
 * whose particles this list, in simplified form, does not catch).
 */
public final class StopShingles {
  /** Closed-class words: English, Russian, Chinese particles and the commonest characters. */
  static final String WORDS = String.join(" ",
      "a an the and or but if of to in on at by for with from as is are was were be been",
      "it its this that these those i you he she we they me my your our their his her them us",
      "do does did have has had will would can could should just so very not no yes all",
      "what who how when where there here than then too also about up out",
      "и в во не на я что с со он а как это по но они к у же вы за бы",
      "的 了 啊 呀 吧 呢 嘛 哦 吗 么 哈 啦 哟 嘿 噢 喔 哇 是 在 就 也 都 和 与 及 而 之 着 过",
      "我 你 他 她 它 们 这 那 有 个 一 不 很 还 又 被 把 给 让 地 得");

  private static final int[] SORTED = build();

  private StopShingles() {}

  private static int[] build() {
    String[] words = WORDS.split(" ");
    int[] out = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      int[] s = Shingler.DEFAULT.shingles(Normalizer.normalize(words[i]));
      out[i] = s[0];
    }
    Arrays.sort(out);
    return out;
  }

  /** Whether a {@link Shingler#DEFAULT} shingle is a stop word's. */
  public static boolean contains(int shingle) {
    return Arrays.binarySearch(SORTED, shingle) >= 0;
  }

  /** The shingles of a sorted set that are not stop words', still sorted. */
  public static int[] remove(int[] sorted) {
    int[] out = new int[sorted.length];
    int n = 0;
    for (int s : sorted) if (!contains(s)) out[n++] = s;
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
