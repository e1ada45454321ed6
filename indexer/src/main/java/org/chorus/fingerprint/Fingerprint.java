package org.chorus.fingerprint;


/**
 * What the near-duplicate detector knows of one text: its shingle set (sorted distinct 32-bit
 * hashes of {@link Shingler#DEFAULT} shingles of the {@link Normalizer normalised} text) and
 * the MinHash signature of that set. Two posts are near-duplicates when the Jaccard similarity
 * of their shingle sets reaches the threshold; the signature only finds the candidates.
 */
public record Fingerprint(int[] shingles, int[] signature) {

  public static Fingerprint of(String text) {
    return ofShingles(Shingler.DEFAULT.shingles(Normalizer.normalize(text)));
  }

  static Fingerprint ofShingles(int[] shingles) {
    return new Fingerprint(shingles, MinHash.signature(shingles));
  }

  public boolean isEmpty() {
    return shingles.length == 0;
  }

  /** Exact Jaccard similarity of the two shingle sets. */
  public double similarity(Fingerprint other) {
    return MinHash.jaccard(shingles, other.shingles);
  }

  /** A 64-bit hash of the shingle set: equal sets (similarity 1) have equal keys. */
  public long setKey() {
    return setKey(shingles);
  }

  static long setKey(int[] shingles) {
    long h = 0x6A09E667F3BCC909L ^ shingles.length;
    for (int s : shingles) h = Hash.mix(h ^ (s & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
    return Hash.mix(h);
  }
}
