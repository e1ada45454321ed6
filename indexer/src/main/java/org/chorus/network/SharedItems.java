package org.chorus.network;

import java.util.Arrays;

/**
 * The things accounts share for one edge type (copy clusters without a time limit, retweeted
 * posts, links), each as its posts' (account, time) entries: what the null model shifts.
 * Entries are packed {@code account << 32 | seconds since the dataset's start} and sorted
 * within an item, so one account's posts on an item are a run in time order.
 */
final class SharedItems {
  private final long startSeconds;
  private long[] entries = new long[1024];
  private int size;
  private int[] itemStart = new int[256];
  private int items;
  private int open = -1;

  /** @param startMs the dataset's first post time; times are kept relative to it, in seconds */
  SharedItems(long startMs) {
    this.startSeconds = Math.floorDiv(startMs, 1000);
  }

  void begin() {
    open = size;
  }

  void add(int account, long timeMs) {
    if (size == entries.length) entries = Arrays.copyOf(entries, size + (size >> 1));
    long seconds = Math.max(0, Math.floorDiv(timeMs, 1000) - startSeconds);
    entries[size++] = ((long) account << 32) | Math.min(seconds, Integer.MAX_VALUE);
  }

  void end() {
    if (size - open < 2) {
      size = open; // one post shares nothing
    } else {
      Arrays.sort(entries, open, size);
      if (items == itemStart.length) itemStart = Arrays.copyOf(itemStart, items * 2);
      itemStart[items++] = open;
    }
    open = -1;
  }

  int items() {
    return items;
  }

  int from(int item) {
    return itemStart[item];
  }

  int to(int item) {
    return item + 1 < items ? itemStart[item + 1] : size;
  }

  static int account(long entry) {
    return (int) (entry >>> 32);
  }

  static int seconds(long entry) {
    return (int) entry;
  }

  long entry(int k) {
    return entries[k];
  }
}
