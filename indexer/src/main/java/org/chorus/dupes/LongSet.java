package org.chorus.dupes;


/**
 * An open-addressing hash set of non-zero longs. Candidate pairs repeat across LSH bands (a
 * near-copy shares most of its 32 bands); collecting them here keeps each pair once instead of
 * sorting tens of millions of repeats.
 */
final class LongSet {
  private long[] slots = new long[1 << 16];
  private int size;

  /** Adds a non-zero value; false if it was already there. */
  boolean add(long v) {
    if (size * 2 >= slots.length) grow();
    int mask = slots.length - 1;
    int i = (int) Hash.mix(v) & mask;
    while (true) {
      long s = slots[i];
      if (s == v) return false;
      if (s == 0) {
        slots[i] = v;
        size++;
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  /** The values, sorted, as a {@link LongList}. */
  LongList toSortedList() {
    long[] out = new long[size];
    int n = 0;
    for (long s : slots) if (s != 0) out[n++] = s;
    RadixSort.sort(out, n, new long[n]);
    return LongList.wrap(out);
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    for (long s : old) if (s != 0) add(s);
  }
}
