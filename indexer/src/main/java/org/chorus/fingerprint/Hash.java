package org.chorus.fingerprint;


/**
 * 64-bit hashing that is the same in every JVM and every run (unlike identity hashes), since
 * what is computed at index time is compared with what is computed at query time: near-duplicate
 * signatures here, link keys and the id filter of the index.
 */
public final class Hash {
  private Hash() {}

  /** FNV-1a over the chars of {@code s}, then {@link #mix}. */
  public static long of(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The same hash as {@link #of(CharSequence)} over {@code s[from, to)}. */
  static long of(char[] s, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      h ^= s[i];
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  static long ofCodePoint(int cp) {
    return mix(cp * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
  }

  /** The MurmurHash3 / SplitMix64 finaliser: every input bit affects every output bit. */
  public static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
