package org.chorus.index;

import org.chorus.fingerprint.Hash;

/**
 * A Bloom filter of the post ids one run has read. Indexing into an empty index, a post whose
 * id the filter has never seen cannot replace anything, so it is added without the cost of a
 * delete-by-id; a post it may have seen (a repeat, or a rare false positive) is indexed as an
 * update, which is always correct. 16 MB, three bits per id: about one false positive in
 * 100,000 ids at two million. Single-threaded: the reading thread owns it.
 */
final class SeenIds {
  private static final int BITS_LOG2 = 27;
  private static final long MASK = (1L << BITS_LOG2) - 1;
  private final long[] words = new long[1 << (BITS_LOG2 - 6)];

  /** Records {@code id}; true if it was (probably) recorded before. */
  boolean addAndCheck(String id) {
    long h1 = Hash.mix(id.hashCode());
    long h2 = Hash.of(id) | 1;
    boolean seen = true;
    for (int k = 0; k < 3; k++) {
      long bit = (h1 + k * h2) & MASK;
      int word = (int) (bit >>> 6);
      long m = 1L << (bit & 63);
      if ((words[word] & m) == 0) {
        seen = false;
        words[word] |= m;
      }
    }
    return seen;
  }
}
