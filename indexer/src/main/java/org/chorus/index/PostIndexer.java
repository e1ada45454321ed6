package org.chorus.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectHandler;
import org.chorus.corpus.Rejection;

/**
 * Indexes post files into a Lucene index: one thread (the caller's) reads, {@code threads}
 * workers build and add documents from a bounded queue. Posts replace earlier posts with the
 * same id. Commits every {@code commitEveryPosts} posts or {@code commitInterval}, each with a
 * {@link Checkpoint}, so a killed run leaves a usable index at its last commit and a rerun
 * completes it. With {@code shutdownHook}, Ctrl-C stops reading, finishes the queue and
 * commits before the JVM exits.
 */
public final class PostIndexer {
  private static final int BATCH = 512;
  /** Names the document layout in checkpoints, so a resumed run continues the same kind of index. */
  private static final String SCHEMA_NAME = "chorus";

  /** Opens a dataset file; the readers report bad records to {@code rejects}. */
  @FunctionalInterface
  public interface ReaderFactory {
    PostReader open(Path file, RejectHandler rejects) throws IOException;
  }

  public record Options(int threads, double ramBufferMb, long commitEveryPosts,
      Duration commitInterval, boolean shutdownHook) {
    public Options {
      if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    }

    public static Options defaults() {
      return new Options(Math.max(1, Runtime.getRuntime().availableProcessors()), 256,
          100_000, Duration.ofSeconds(30), false);
    }

    public Options withThreads(int n) {
      return new Options(n, ramBufferMb, commitEveryPosts, commitInterval, shutdownHook);
    }

    public Options withRamBufferMb(double mb) {
      return new Options(threads, mb, commitEveryPosts, commitInterval, shutdownHook);
    }

    public Options withCommitEvery(long posts, Duration interval) {
      return new Options(threads, ramBufferMb, posts, interval, shutdownHook);
    }

    public Options withShutdownHook(boolean hook) {
      return new Options(threads, ramBufferMb, commitEveryPosts, commitInterval, hook);
    }
  }

  private final Path indexDir;
  private final ReaderFactory readers;
  private final RejectHandler rejects;
  private final Options options;
  private final LongConsumer progress;
  private final Supplier<Function<Post, Iterable<? extends IndexableField>>> documents;
  private volatile boolean stopping;
  private final CountDownLatch finished = new CountDownLatch(1);

  private PostIndexer(Path indexDir, ReaderFactory readers, RejectHandler rejects,
      Options options, LongConsumer progress,
      Supplier<Function<Post, Iterable<? extends IndexableField>>> documents) {
    this.indexDir = indexDir;
    this.readers = readers;
    this.rejects = rejects;
    this.options = options;
    this.progress = progress;
    this.documents = documents;
  }

  public static PostIndexer create(Path indexDir, ReaderFactory readers, RejectHandler rejects,
      Options options) {
    // One builder per thread: it reuses its objects without locking.
    return new PostIndexer(indexDir, readers, rejects, options, n -> {},
        () -> new PostDocumentBuilder()::build);
  }

  /** The same indexer building documents another way (tests: a document Lucene refuses). */
  PostIndexer documents(Supplier<Function<Post, Iterable<? extends IndexableField>>> builders) {
    return new PostIndexer(indexDir, readers, rejects, options, progress, builders);
  }

  /** Called with the number of posts each time a batch is in the index (from any thread). */
  public PostIndexer progress(LongConsumer progress) {
    return new PostIndexer(indexDir, readers, rejects, options, Objects.requireNonNull(progress),
        documents);
  }

  /**
   * Asks a running {@link #run} of this instance to stop reading, index what it has read and
   * commit. (The configuring methods return new instances: call it on the one that runs.)
   */
  public void stop() {
    stopping = true;
  }

  public IndexSummary run(List<Path> inputs) throws IOException {
    Thread hook = options.shutdownHook() ? new Thread(this::stopAndWait, "chorus-index-stop") : null;
    if (hook != null) Runtime.getRuntime().addShutdownHook(hook);
    try {
      Files.createDirectories(indexDir);
      try (Directory dir = FSDirectory.open(indexDir)) {
        return run(dir, inputs);
      }
    } finally {
      finished.countDown();
      if (hook != null) removeHook(hook);
    }
  }

  private IndexSummary run(Directory dir, List<Path> inputs) throws IOException {
    long start = System.nanoTime();
    String signature = Checkpoint.signature(SCHEMA_NAME, inputs);
    AtomicLong unreadable = new AtomicLong();
    AtomicLong unindexable = new AtomicLong();
    RejectHandler counting = new RejectHandler() {
      @Override
      public void reject(Rejection r) {
        unreadable.incrementAndGet();
        rejects.reject(r);
      }

      @Override
      public void setAside(Rejection dropped) {
        rejects.setAside(dropped); // a rounded id: the post is kept, the value recorded
      }
    };
    RejectHandler refused = r -> {
      unindexable.incrementAndGet();
      rejects.reject(r);
    };
    try (IndexWriter writer = Writers.open(indexDir, dir, options.ramBufferMb())) {
      Checkpoint.requireSchema(indexDir, writer.getLiveCommitData(), writer.getDocStats().maxDoc);
      long before = writer.getDocStats().numDocs;
      // Into an empty index, ids never seen in this run need no delete-by-id (see SeenIds).
      SeenIds seen = writer.getDocStats().maxDoc == 0 ? new SeenIds() : null;
      Checkpoint previous = Checkpoint.from(writer.getLiveCommitData());
      long skip = previous == null ? 0 : previous.resumeFrom(signature);
      Watermark watermark = new Watermark(skip);
      Workers workers = new Workers(writer, refused, watermark);
      long seq = 0;
      long lastCommitSeq = 0;
      long lastCommitNanos = System.nanoTime();
      boolean complete = true;
      Batch batch = null;
      Set<String> notes = new LinkedHashSet<>();
      try {
        reading:
        for (Path input : inputs) {
          try (PostReader reader = readers.open(input, counting)) {
            batch = new Batch(input.toString());
            for (Post post = reader.next(); post != null; post = reader.next()) {
              if (++seq <= skip) continue;
              boolean replace = seen == null || seen.addAndCheck(post.id());
              if (replace && seen != null) {
                // A repeated id: its first copy may still be queued, and must be in the writer
                // before the update that replaces it.
                workers.submit(batch.end(seq - 1));
                batch = new Batch(input.toString());
                workers.awaitIdle(watermark);
              }
              batch.add(post, reader.line(), replace);
              if (batch.size() == BATCH) {
                workers.submit(batch.end(seq));
                batch = new Batch(input.toString());
                if (seq - lastCommitSeq >= options.commitEveryPosts()
                    || System.nanoTime() - lastCommitNanos >= options.commitInterval().toNanos()) {
                  commit(writer, new Checkpoint(signature, watermark.get(), false));
                  lastCommitSeq = seq;
                  lastCommitNanos = System.nanoTime();
                }
              }
              if (stopping || workers.failed()) {
                complete = false;
                break reading;
              }
            }
            workers.submit(batch.end(seq));
            notes.addAll(reader.notes());
          }
        }
      } finally {
        // Whatever stopped the reading (the end, Ctrl-C, a bad row with --on-error fail), index
        // the posts already read and commit: the checkpoint makes the run resumable.
        if (batch != null && batch.endSeq < seq) workers.submit(batch.end(seq));
        workers.finish();
        boolean done = complete && !workers.failed();
        commit(writer, new Checkpoint(signature, done ? seq : watermark.get(), done));
      }
      workers.rethrow();
      long after = writer.getDocStats().numDocs;
      long indexed = workers.indexed.get();
      // Posts Lucene refused were read (they are in seq) and are counted as rejected, not indexed.
      long read = seq + unreadable.get();
      return new IndexSummary(read, indexed, unreadable.get() + unindexable.get(), Math.min(skip, seq),
          Math.max(0, indexed - (after - before)), after,
          (System.nanoTime() - start) / 1e9, complete, List.copyOf(notes));
    }
  }

  private static void commit(IndexWriter writer, Checkpoint checkpoint) throws IOException {
    writer.setLiveCommitData(checkpoint.toUserData().entrySet());
    writer.commit();
  }

  private void stopAndWait() {
    stop();
    try {
      finished.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting and the hook is running or has run: nothing to remove
    }
  }

  /** Posts read together from one file, with the line each started on (for rejections). */
  private static final class Batch {
    final String file;
    final List<Post> posts = new ArrayList<>(BATCH);
    final long[] lines = new long[BATCH];
    final boolean[] replace = new boolean[BATCH];
    long endSeq;
    long number;

    Batch(String file) {
      this.file = file;
    }

    void add(Post post, long line, boolean replaces) {
      lines[posts.size()] = line;
      replace[posts.size()] = replaces;
      posts.add(post);
    }

    int size() {
      return posts.size();
    }

    Batch end(long seq) {
      endSeq = seq;
      return this;
    }
  }

  /**
   * The number of posts, in reading order, that are all in the writer: batches finish out of
   * order, so it only moves past a batch once every earlier batch is done too.
   */
  private static final class Watermark {
    private final TreeMap<Long, Long> finishedAhead = new TreeMap<>();
    private long nextBatch;
    private long value;

    Watermark(long start) {
      value = start;
    }

    synchronized void done(long batchNumber, long endSeq) {
      finishedAhead.put(batchNumber, endSeq);
      Long end;
      while ((end = finishedAhead.remove(nextBatch)) != null) {
        value = end;
        nextBatch++;
      }
      notifyAll();
    }

    synchronized long get() {
      return value;
    }

    /** Waits until every batch numbered below {@code batches} is done (or the run fails). */
    synchronized void awaitBatches(long batches, BooleanSupplier failed)
        throws InterruptedIOException {
      while (nextBatch < batches && !failed.getAsBoolean()) {
        try {
          wait(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while indexing");
        }
      }
    }
  }

  /** The worker threads and the queue feeding them. */
  private final class Workers {
    private final Batch poison = new Batch("");
    private final BlockingQueue<Batch> queue;
    private final List<Thread> threads = new ArrayList<>();
    private final IndexWriter writer;
    private final RejectHandler rejected;
    private final Watermark watermark;
    private final AtomicReference<Throwable> error = new AtomicReference<>();
    final AtomicLong indexed = new AtomicLong();
    private long submitted;

    Workers(IndexWriter writer, RejectHandler rejected, Watermark watermark) {
      this.writer = writer;
      this.rejected = rejected;
      this.watermark = watermark;
      this.queue = new ArrayBlockingQueue<>(options.threads() * 4);
      for (int i = 0; i < options.threads(); i++) {
        Thread t = new Thread(this::work, "chorus-index-" + i);
        t.setDaemon(true);
        t.start();
        threads.add(t);
      }
    }

    void submit(Batch batch) throws IOException {
      if (batch.size() == 0) return;
      batch.number = submitted++;
      try {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
          if (failed()) return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while indexing");
      }
    }

    boolean failed() {
      return error.get() != null;
    }

    /** Returns once every submitted batch is in the writer. */
    void awaitIdle(Watermark watermark) throws IOException {
      watermark.awaitBatches(submitted, this::failed);
    }

    void finish() {
      for (int i = 0; i < threads.size(); i++) {
        try {
          queue.put(poison);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      for (Thread t : threads) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    void rethrow() throws IOException {
      Throwable e = error.get();
      if (e == null) return;
      if (e instanceof IOException io) throw io;
      if (e instanceof RuntimeException re) throw re;
      if (e instanceof Error err) throw err;
      throw new UncheckedIOException(new IOException(e));
    }

    private void work() {
      Function<Post, Iterable<? extends IndexableField>> builder = documents.get();
      try {
        for (Batch batch = queue.take(); batch != poison; batch = queue.take()) {
          if (failed()) continue; // drain without indexing: the run is ending
          for (int i = 0; i < batch.size(); i++) add(builder, batch, i);
          watermark.done(batch.number, batch.endSeq);
          indexed.addAndGet(batch.size());
          progress.accept(batch.size());
        }
      } catch (Throwable e) {
        error.compareAndSet(null, e);
        // keep draining so the reader never blocks on a full queue
        try {
          for (Batch b = queue.take(); b != poison; b = queue.take()) {
            // discard
          }
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private void add(Function<Post, Iterable<? extends IndexableField>> builder, Batch batch, int i)
        throws IOException {
      Post post = batch.posts.get(i);
      try {
        Iterable<? extends IndexableField> doc = builder.apply(post);
        if (batch.replace[i]) {
          writer.updateDocument(PostDocuments.idTerm(post.id()), doc);
        } else {
          writer.addDocument(doc);
        }
      } catch (IllegalArgumentException e) {
        // Lucene refuses the document itself (e.g. a term over 32 KB): the post is bad input.
        indexed.decrementAndGet();
        rejected.reject(new Rejection(batch.file, batch.lines[i], null,
            "cannot index: " + e.getMessage(), Rejection.excerpt(post.text())));
      }
    }
  }
}
