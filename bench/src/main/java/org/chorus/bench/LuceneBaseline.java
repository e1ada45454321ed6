package org.chorus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.chorus.app.DatasetFiles;
import org.chorus.app.Progress;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.index.PostIndexer;

/**
 * The yardstick of {@code bench index}: what indexing the posts costs Lucene alone. The same
 * readers and threads as {@code chorus index} (one reader, workers fed batches through a bounded
 * queue) and the same commit cadence, but one {@link StandardAnalyzer} text field per post and
 * plain {@code addDocument}.
 */
final class LuceneBaseline {
  private static final int BATCH = 512;
  private static final List<Post> END = List.of();

  /** Posts indexed and records rejected, and the seconds from opening the input to closing. */
  record Outcome(long posts, long rejected, double seconds) {}

  private LuceneBaseline() {}

  static Outcome index(DatasetFiles input, Path dir, int threads, double ramBufferMb, Progress progress)
      throws IOException {
    long start = System.nanoTime();
    PostIndexer.Options cadence = PostIndexer.Options.defaults();
    AtomicLong rejected = new AtomicLong();
    AtomicLong posts = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
        .setRAMBufferSizeMB(ramBufferMb).setUseCompoundFile(false);
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config);
        PostReader reader = input.open(r -> rejected.incrementAndGet())) {
      BlockingQueue<List<Post>> queue = new ArrayBlockingQueue<>(threads * 4);
      List<Thread> workers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Thread t = new Thread(() -> work(writer, queue, posts, progress, failure), "baseline-" + i);
        t.start();
        workers.add(t);
      }
      long read = 0;
      long lastCommit = 0;
      long lastCommitNanos = System.nanoTime();
      List<Post> batch = new ArrayList<>(BATCH);
      for (Post p = reader.next(); p != null && failure.get() == null; p = reader.next()) {
        batch.add(p);
        if (++read % BATCH == 0) {
          put(queue, batch);
          batch = new ArrayList<>(BATCH);
          if (read - lastCommit >= cadence.commitEveryPosts()
              || System.nanoTime() - lastCommitNanos >= cadence.commitInterval().toNanos()) {
            writer.commit();
            lastCommit = read;
            lastCommitNanos = System.nanoTime();
          }
        }
      }
      put(queue, batch);
      for (int i = 0; i < threads; i++) put(queue, END);
      for (Thread t : workers) join(t);
      if (failure.get() != null) throw new IOException("baseline indexing failed", failure.get());
      writer.commit();
    }
    return new Outcome(posts.get(), rejected.get(), (System.nanoTime() - start) / 1e9);
  }

  private static void work(IndexWriter writer, BlockingQueue<List<Post>> queue, AtomicLong posts,
      Progress progress, AtomicReference<Throwable> failure) {
    try {
      for (List<Post> batch = queue.take(); batch != END; batch = queue.take()) {
        if (failure.get() != null) continue; // drain, so the reader never blocks on a full queue
        try {
          for (Post p : batch) {
            Document doc = new Document();
            doc.add(new TextField("text", p.text(), Field.Store.NO));
            writer.addDocument(doc);
          }
          posts.addAndGet(batch.size());
          progress.advance(batch.size());
        } catch (IOException | RuntimeException e) {
          failure.compareAndSet(null, e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void put(BlockingQueue<List<Post>> queue, List<Post> batch) throws IOException {
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    }
  }

  private static void join(Thread t) throws IOException {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted");
    }
  }
}
