package org.chorus.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The last few results of a slow operation, by request. An open index does not change, so a
 * request's result stays right; paging through clusters and opening one of them then costs a
 * look-up instead of another pass over millions of posts. Two callers asking the same thing at
 * once share one computation. A failed computation is forgotten, so it can be retried.
 */
final class RecentResults<K, V> {
  interface Computation<V> {
    V compute() throws IOException;
  }

  private final Map<K, CompletableFuture<V>> results;

  RecentResults(int capacity) {
    this.results = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
        return size() > capacity;
      }
    };
  }

  Cached<V> get(K key, Computation<V> computation) throws IOException {
    CompletableFuture<V> future;
    boolean mine = false;
    synchronized (results) {
      future = results.get(key);
      if (future == null) {
        future = new CompletableFuture<>();
        results.put(key, future);
        mine = true;
      }
    }
    if (mine) {
      try {
        future.complete(computation.compute());
      } catch (IOException | RuntimeException | Error e) {
        forget(key, future);
        future.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return new Cached<>(future.get(), !mine);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the same request", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) throw io;
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new UncheckedIOException(new IOException(cause));
    }
  }

  private void forget(K key, CompletableFuture<V> future) {
    synchronized (results) {
      results.remove(key, future);
    }
  }
}
