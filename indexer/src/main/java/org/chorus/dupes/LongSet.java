package org.chorus.dupes;

import java.util.Arrays;

/**
 * A set of longs collected by appending and sorting. Candidate pairs repeat across LSH bands (a
 * near-copy shares most of its 32 bands); appends go to a buffer, and a full buffer is radix
 * sorted, cleared of repeats and merged into the distinct values so far. Every step is a
 * sequential pass: a hash set probes at random, and once its table outgrows the CPU cache
 * (268 MB for the 8.7 million pairs of the IRA file) each probe is a cache miss, which made the
 * pass grow faster than the number of pairs.
 */
final class LongSet {
  private final int flushAt;
  private long[] buffer = new long[1 << 12];
  private int buffered;
  private long[] scratch = new long[0];
  private long[] distinct = new long[0];
  private int size;

  LongSet() {
    this(1 << 22);
  }

  /** A set that sorts its buffer into the distinct values every {@code flushAt} additions. */
  LongSet(int flushAt) {
    this.flushAt = flushAt;
  }

  void add(long v) {
    if (buffered == buffer.length) {
      if (buffered >= flushAt) {
        flush();
      } else {
        buffer = Arrays.copyOf(buffer, buffered * 2);
      }
    }
    buffer[buffered++] = v;
  }

  /** Distinct values added so far. */
  int size() {
    flush();
    return size;
  }

  /** The distinct values, sorted, as a {@link LongList}. */
  LongList toSortedList() {
    flush();
    return LongList.wrap(Arrays.copyOf(distinct, size));
  }

  private void flush() {
    if (buffered == 0) return;
    if (scratch.length < buffered) scratch = new long[buffer.length];
    RadixSort.sort(buffer, buffered, scratch);
    long[] merged = new long[size + buffered];
    int i = 0, j = 0, m = 0;
    while (i < size || j < buffered) {
      boolean fromDistinct = j == buffered || (i < size && distinct[i] <= buffer[j]);
      long v = fromDistinct ? distinct[i++] : buffer[j++];
      if (m == 0 || merged[m - 1] != v) merged[m++] = v;
    }
    distinct = merged;
    size = m;
    buffered = 0;
  }
}
