package org.chorus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Peak heap in use, sampled every 50 ms on a daemon thread: what a benchmark reports as "peak
 * heap". Sampling can miss a spike shorter than the interval; JVM pool peaks would overstate
 * (they peak at different times), so this is the honest middle.
 */
final class HeapSampler implements AutoCloseable {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peak;

  HeapSampler() {
    thread = new Thread(() -> {
      while (running) {
        sample();
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void sample() {
    peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
  }

  long peakBytes() {
    sample();
    return peak;
  }

  long maxBytes() {
    return memory.getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
