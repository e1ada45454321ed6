package org.chorus.dupes;

import java.util.Arrays;
import org.chorus.corpus.text.HanVariants;
import org.chorus.corpus.text.Scripts;
import org.chorus.fingerprint.MinHash;
import org.chorus.fingerprint.Normalizer;
import org.chorus.fingerprint.Shingler;
import org.chorus.fingerprint.SortedSets;
import org.chorus.fingerprint.StopShingles;

/**
 * What a cluster member shares with its representative, as evidence a person can check: the
 * longest run of words (CJK: characters) that appears in both texts in the same order, as
 * character offsets into the member's original text, and the member's containment and Jaccard
 * to the representative. Words compare lower-cased; links and mentions are not words here
 * either (they are skipped as a run of their own characters).
 *
 * @param start first char of the shared run in the member's text; -1 when none is shared
 * @param end one past its last char
 */
public record SharedSpan(int start, int end, double containment, double jaccard) {
  /**
   * The evidence of a member with the representative's set of words (links, mentions, case and
   * punctuation aside): all of it is shared, containment and Jaccard are 1.
   */
  public static final SharedSpan SAME_WORDS = new SharedSpan(0, 0, 1.0, 1.0);

  /** More words than this (an article) are compared on their first this many only. */
  static final int MAX_WORDS = 400;

  public static SharedSpan of(String representative, String member) {
    return against(representative).apply(member);
  }

  /** Evidence against one representative, its words read once for all members. */
  public static java.util.function.Function<String, SharedSpan> against(String representative) {
    int[] a = words(representative);
    Words r = Words.of(representative);
    return member -> of(a, r, member);
  }

  /** The shingle set alone: a MinHash signature per member cost more than all the rest. */
  private static int[] words(String text) {
    return Shingler.DEFAULT.shingles(Normalizer.normalize(text));
  }

  private static SharedSpan of(int[] a, Words r, String member) {
    int[] b = words(member);
    double jaccard = MinHash.jaccard(a, b);
    double containment = containment(a, b);
    Words m = Words.of(member);
    // Longest common run of words: dynamic programming over the two word lists.
    int best = 0, bestEnd = -1;
    int[] prev = new int[r.n + 1], cur = new int[r.n + 1];
    for (int j = 1; j <= m.n; j++) {
      for (int i = 1; i <= r.n; i++) {
        cur[i] = r.hash[i - 1] == m.hash[j - 1] ? prev[i - 1] + 1 : 0;
        if (cur[i] > best) {
          best = cur[i];
          bestEnd = j - 1;
        }
      }
      int[] t = prev;
      prev = cur;
      cur = t;
      Arrays.fill(cur, 0);
    }
    if (best == 0) return new SharedSpan(-1, -1, containment, jaccard);
    return new SharedSpan(m.start[bestEnd - best + 1], m.end[bestEnd], containment, jaccard);
  }

  /** Containment of the smaller set in the other, stop words' shingles aside. */
  public static double containment(int[] a, int[] b) {
    int[] x = StopShingles.remove(a), y = StopShingles.remove(b);
    int smaller = Math.min(x.length, y.length);
    if (smaller == 0) return x.length == y.length ? 1.0 : 0.0;
    return SortedSets.shared(x, y) / (double) smaller;
  }

  /** The shared text within {@code member}, or "" when nothing is shared. */
  public String in(String member) {
    return start < 0 ? "" : member.substring(start, end);
  }

  /** Words of a text with their offsets: letters and digits, each CJK character alone. */
  private record Words(int n, long[] hash, int[] start, int[] end) {
    static Words of(String text) {
      int cap = Math.min(MAX_WORDS, text.length());
      long[] hash = new long[cap];
      int[] start = new int[cap], end = new int[cap];
      int n = 0;
      int i = 0;
      while (i < text.length() && n < cap) {
        int cp = text.codePointAt(i);
        if (cp == '@' || (cp == 'h' && text.startsWith("http", i))) { // mention or link
          while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
          continue;
        }
        if (!Character.isLetterOrDigit(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        int s = i;
        long h = 0xcbf29ce484222325L;
        if (Scripts.isCjk(cp)) {
          // Folded as the fingerprints fold it: a copy in traditional characters shares its run.
          h = Character.isBmpCodePoint(cp) ? HanVariants.fold((char) cp) : cp;
          i += Character.charCount(cp);
        } else {
          while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c) || Scripts.isCjk(c)) break;
            h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
            i += Character.charCount(c);
          }
        }
        hash[n] = h;
        start[n] = s;
        end[n++] = i;
      }
      return new Words(n, hash, start, end);
    }
  }
}
