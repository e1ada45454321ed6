package org.chorus.app;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.chorus.corpus.Post;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Prediction;

/**
 * Predicts batches of items on worker threads and hands each batch with its predictions to a
 * sink in input order, keeping a bounded number of batches in flight so memory stays flat
 * whatever the input's size. The sink runs on the caller's thread.
 *
 * @param <T> what is labelled: a post, or an indexed post whose document is then updated
 */
final class OrderedLabeller<T> implements AutoCloseable {
  private static final int BATCH = 2048;

  /** Receives every batch with its predictions, in input order. */
  @FunctionalInterface
  interface Sink<T> {
    void accept(List<T> items, List<Prediction> predictions) throws IOException;
  }

  private record Batch<T>(List<T> items, Future<List<Prediction>> predictions) {}

  private final NarrativeModel model;
  private final Function<T, Post> postOf;
  private final Sink<T> sink;
  private final ExecutorService pool;
  private final int maxInFlight;
  private final ArrayDeque<Batch<T>> inFlight = new ArrayDeque<>();
  private List<T> filling = new ArrayList<>(BATCH);

  /** @param threads workers; 0 for one per core */
  OrderedLabeller(NarrativeModel model, Function<T, Post> postOf, int threads, Sink<T> sink) {
    int cores = Runtime.getRuntime().availableProcessors();
    this.model = model;
    this.postOf = postOf;
    this.sink = sink;
    this.pool = Executors.newFixedThreadPool(threads > 0 ? threads : cores, r -> {
      Thread t = new Thread(r, "label");
      t.setDaemon(true);
      return t;
    });
    // Two batches per worker keep every worker busy while the sink drains the oldest.
    this.maxInFlight = 2 * (threads > 0 ? threads : Math.max(2, cores));
  }

  void add(T item) throws IOException {
    filling.add(item);
    if (filling.size() == BATCH) submit();
    while (inFlight.size() > maxInFlight) drainOne();
  }

  /** Labels what is left and hands over every remaining batch. */
  void finish() throws IOException {
    if (!filling.isEmpty()) submit();
    while (!inFlight.isEmpty()) drainOne();
  }

  private void submit() {
    List<T> items = filling;
    filling = new ArrayList<>(BATCH);
    inFlight.add(new Batch<>(items, pool.submit(() -> predict(items))));
  }

  private List<Prediction> predict(List<T> items) {
    List<Prediction> out = new ArrayList<>(items.size());
    for (T item : items) out.add(model.predict(postOf.apply(item)));
    return out;
  }

  private void drainOne() throws IOException {
    Batch<T> b = inFlight.poll();
    try {
      sink.accept(b.items(), b.predictions().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IOException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
