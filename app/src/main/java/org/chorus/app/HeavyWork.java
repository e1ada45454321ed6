package org.chorus.app;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * Turns for the calls that walk much of the index (copy clusters, networks, an account's
 * partners). On a server, a few of them at once would take every core, and every search typed
 * meanwhile would wait behind them; taking turns, at most half the cores at once, leaves the
 * rest to the views people expect to answer at once. A slow view waits for its turn instead.
 */
final class HeavyWork {
  private final Semaphore turns;

  HeavyWork(int atOnce) {
    this.turns = new Semaphore(Math.max(1, atOnce), true);
  }

  static HeavyWork halfTheCores() {
    return new HeavyWork(Runtime.getRuntime().availableProcessors() / 2);
  }

  <V> V run(RecentResults.Computation<V> work) throws IOException {
    try {
      turns.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a turn", e);
    }
    try {
      return work.compute();
    } finally {
      turns.release();
    }
  }
}
