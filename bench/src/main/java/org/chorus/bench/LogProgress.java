package org.chorus.bench;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.chorus.app.Progress;

/**
 * Progress of a benchmark run as a line on standard error every ten seconds: enough to see a
 * long run is alive, too little to disturb what is measured.
 */
final class LogProgress implements Progress {
  private static final long EVERY_NANOS = 10_000_000_000L;
  private final String label;
  private final long start = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong next = new AtomicLong(start + EVERY_NANOS);

  LogProgress(String label) {
    this.label = label;
  }

  @Override
  public void advance(long units) {
    long d = done.addAndGet(units);
    long now = System.nanoTime();
    long due = next.get();
    if (now >= due && next.compareAndSet(due, now + EVERY_NANOS)) {
      double seconds = (now - start) / 1e9;
      System.err.printf(Locale.ROOT, "%s %,d %,.0f/s %.0fs%n", label, d, d / seconds, seconds);
    }
  }
}
