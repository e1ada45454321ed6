package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentResultsTest {
  @Test
  void aRepeatedRequestIsAnsweredFromTheCacheUntilPushedOut() throws IOException {
    RecentResults<String, Integer> recent = new RecentResults<>(2);
    AtomicInteger computed = new AtomicInteger();
    assertFalse(recent.get("a", computed::incrementAndGet).cached());
    Cached<Integer> again = recent.get("a", computed::incrementAndGet);
    assertTrue(again.cached());
    assertEquals(1, again.result());
    recent.get("b", computed::incrementAndGet);
    recent.get("a", computed::incrementAndGet); // a is now the most recent
    recent.get("c", computed::incrementAndGet); // pushes out b
    assertTrue(recent.get("a", computed::incrementAndGet).cached());
    assertFalse(recent.get("b", computed::incrementAndGet).cached());
    assertEquals(4, computed.get());
  }

  @Test
  void aFailureIsNotRemembered() throws IOException {
    RecentResults<String, Integer> recent = new RecentResults<>(2);
    assertThrows(IOException.class, () -> recent.get("a", () -> {
      throw new IOException("disk");
    }));
    Cached<Integer> retry = recent.get("a", () -> 7);
    assertFalse(retry.cached());
    assertEquals(7, retry.result());
  }

  @Test
  void callersAskingAtOnceShareOneComputation() throws Exception {
    RecentResults<String, Integer> recent = new RecentResults<>(2);
    AtomicInteger computed = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Cached<Integer>> first = pool.submit(() -> recent.get("a", () -> {
        started.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
        return computed.incrementAndGet();
      }));
      started.await();
      Future<Cached<Integer>> second = pool.submit(() -> recent.get("a",
          computed::incrementAndGet));
      Thread.sleep(50);
      release.countDown();
      assertEquals(1, first.get().result());
      assertEquals(1, second.get().result());
      assertTrue(second.get().cached());
      assertEquals(1, computed.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
