package org.chorus.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.chorus.app.Progress;

/**
 * Progress of long work on standard error, so it never mixes with the table or JSON on
 * standard output. On a terminal it redraws one line; in a log (CI, a batch job) it prints a
 * line every ten seconds. Thread-safe: workers call {@link #advance} concurrently.
 */
public final class ConsoleProgress implements Progress, AutoCloseable {
  private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  private final String label;
  private final long total;
  private final PrintStream err;
  private final boolean terminal;
  private final boolean quiet;
  private final long start = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private volatile long lastDraw = start;

  private ConsoleProgress(String label, long total, PrintStream err, boolean terminal, boolean quiet) {
    this.label = label;
    this.total = total;
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
  }

  /** @param total units expected, or -1 when unknown (then only the count and rate show) */
  public static ConsoleProgress start(String label, long total, boolean quiet) {
    return new ConsoleProgress(label, total, System.err, System.console() != null, quiet);
  }

  @Override
  public void advance(long n) {
    long d = done.addAndGet(n);
    long now = System.nanoTime();
    long every = terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS;
    if (!quiet && now - lastDraw >= every) {
      synchronized (this) {
        if (now - lastDraw < every) return;
        lastDraw = now;
        draw(d, now, false);
      }
    }
  }

  public long done() {
    return done.get();
  }

  public double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  private void draw(long d, long now, boolean last) {
    double secs = Math.max(1e-9, (now - start) / 1e9);
    String rate = String.format(Locale.ROOT, "%,.0f/s", d / secs);
    String line;
    if (total > 0) {
      int width = 30;
      int filled = (int) Math.min(width, width * d / total);
      line = String.format(Locale.ROOT, "%s [%s%s] %5.1f%% %,d/%,d %s %.0fs", label,
          "#".repeat(filled), ".".repeat(width - filled), 100.0 * d / total, d, total, rate, secs);
    } else {
      line = String.format(Locale.ROOT, "%s %,d %s %.0fs", label, d, rate, secs);
    }
    if (terminal) {
      err.print("\r" + line + (last ? "\n" : ""));
    } else {
      err.println(line);
    }
    err.flush();
  }

  @Override
  public void close() {
    if (!quiet && (terminal || seconds() * 1e9 >= LOG_EVERY_NANOS)) {
      synchronized (this) {
        draw(done.get(), System.nanoTime(), true);
      }
    }
  }
}
