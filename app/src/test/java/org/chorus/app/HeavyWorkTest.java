package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeavyWorkTest {
  @Test
  void noMoreThanItsTurnsRunAtOnce() throws Exception {
    HeavyWork heavy = new HeavyWork(2);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        int n = i;
        done.add(pool.submit(() -> heavy.run(() -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          pause();
          running.decrementAndGet();
          return n;
        })));
      }
      for (int i = 0; i < done.size(); i++) assertEquals(i, done.get(i).get());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, most.get(), "at most two at once, and two did run together");
  }

  private static void pause() throws IOException {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      throw new IOException(e);
    }
  }

  @Test
  void aFailedTurnIsGivenBack() throws IOException {
    HeavyWork heavy = new HeavyWork(1);
    assertThrows(IOException.class, () -> heavy.run(() -> {
      throw new IOException("disk");
    }));
    assertEquals("next", heavy.run(() -> "next"));
  }
}
