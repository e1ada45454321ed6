package org.chorus.dupes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LongSetTest {

  @Test
  void keepsEachValueOnceInOrderAcrossFlushes() {
    Random random = new Random(3);
    TreeSet<Long> expected = new TreeSet<>();
    LongSet set = new LongSet(1000); // many flushes, each merging into the values so far
    for (int i = 0; i < 50_000; i++) {
      // Few distinct values, so most additions repeat one already flushed or still buffered.
      long v = random.nextInt(8_000) - 4_000L + (random.nextBoolean() ? Long.MIN_VALUE / 2 : 0);
      expected.add(v);
      set.add(v);
    }
    assertEquals(expected.size(), set.size());
    set.add(expected.first());
    LongList sorted = set.toSortedList();
    assertEquals(expected.size(), sorted.size());
    int k = 0;
    for (long v : expected) assertEquals(v, sorted.get(k++), "position " + (k - 1));
  }

  @Test
  void emptySetGivesAnEmptyList() {
    assertEquals(0, new LongSet().toSortedList().size());
  }
}
