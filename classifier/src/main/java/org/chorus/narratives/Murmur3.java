package org.chorus.narratives;

/**
 * MurmurHash3 (x86, 32-bit) over UTF-16 code units. Feature hashes must not change between
 * JVMs or releases, or saved models would silently read the wrong weights; so no
 * {@code String.hashCode}.
 */
final class Murmur3 {
  private Murmur3() {}

  static int hash(CharSequence s, int start, int end, int seed) {
    int h = seed;
    int i = start;
    for (; i + 1 < end; i += 2) {
      int k = s.charAt(i) | (s.charAt(i + 1) << 16);
      h = mixH(h, mixK(k));
    }
    if (i < end) h ^= mixK(s.charAt(i));
    h ^= (end - start) * 2;
    return fmix(h);
  }

  /** Combines two hashes (an n-gram from its parts); order matters. */
  static int combine(int a, int b) {
    return fmix(mixH(a, mixK(b)));
  }

  private static int mixK(int k) {
    k *= 0xcc9e2d51;
    k = Integer.rotateLeft(k, 15);
    return k * 0x1b873593;
  }

  private static int mixH(int h, int k) {
    h ^= k;
    h = Integer.rotateLeft(h, 13);
    return h * 5 + 0xe6546b64;
  }

  static int fmix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
