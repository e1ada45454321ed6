package org.chorus.dupes;

import java.util.Arrays;

/** A growable array of primitive longs: pairs are packed two ints to a long, no boxing. */
public final class LongList {
  private long[] values = new long[1024];
  private int size;

  static LongList wrap(long[] sorted) {
    LongList l = new LongList();
    l.values = sorted;
    l.size = sorted.length;
    return l;
  }

  public void add(long v) {
    if (size == values.length) values = Arrays.copyOf(values, size + (size >> 1));
    values[size++] = v;
  }

  public int size() {
    return size;
  }

  public long get(int i) {
    return values[i];
  }

  /** The values, in order, as an array of their own. */
  public long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  static long pair(int a, int b) {
    return ((long) a << 32) | (b & 0xFFFFFFFFL);
  }

  static int first(long pair) {
    return (int) (pair >>> 32);
  }

  static int second(long pair) {
    return (int) pair;
  }
}
