package org.chorus.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chorus.accounts.AccountStore;
import org.chorus.corpus.AccountReader;
import org.chorus.corpus.AccountRecord;
import org.chorus.corpus.AtomicFile;
import org.chorus.corpus.RejectHandler;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectsFile;
import org.chorus.index.IndexLockedException;
import org.chorus.index.IndexSummary;
import org.chorus.index.PostIndexer;

/**
 * Reading datasets into an index ({@link #index}) or into Chorus JSON Lines ({@link #convert}).
 * One instance serves one call at a time; {@link #stop()} (e.g. from a Ctrl-C hook) ends a
 * running {@link #index} early with everything read so far committed.
 */
public final class Indexing {
  // Progress is reported per block of posts: one call per post would cost more than the post.
  private static final int PROGRESS_BLOCK = 1024;

  private volatile boolean stopping;
  private volatile PostIndexer running;

  /**
   * Indexes the request's input; posts replace earlier posts with the same id. Safe to
   * interrupt: a stopped or killed run leaves the index at its last commit, and the same
   * request again completes it.
   *
   * @throws org.chorus.corpus.InvalidInputException an input is missing or unreadable, or a
   *     record is bad and the data has no rejects file
   * @throws RequestException the index or rejects path is a file, or runs through one
   * @throws IndexLockedException another run is writing the index; its rejects file is left
   *     untouched
   */
  public IndexResult index(IndexRequest request, Progress progress) throws IOException {
    long start = System.nanoTime();
    OutputPath.folder("index", request.index());
    DatasetFiles data = request.data();
    Datasets.requireFiles(data.files());
    List<Path> users = new ArrayList<>(), posts = new ArrayList<>();
    for (Path f : data.files()) (Datasets.isUsersFile(f) ? users : posts).add(f);
    IndexIdentity before = RunRecorder.identityOrNull(request.index());
    RejectsFile rejects = data.openRejects();
    IndexSummary s;
    IndexResult.Accounts accounts = IndexResult.Accounts.NONE;
    try (rejects; RunRecorder run = RunRecorder.start("index", request, data.files(), null)) {
      // Users files are read first: a bad one stops the run before any post is indexed.
      UsersRead read = readUsers(users, rejects);
      PostIndexer indexer = PostIndexer.create(request.index(), data::open, rejects,
              PostIndexer.Options.defaults().withThreads(request.threads())
                  .withRamBufferMb(request.ramBufferMb()))
          .progress(progress::advance);
      running = indexer;
      if (stopping) indexer.stop();
      try {
        s = indexer.run(posts);
      } catch (IndexLockedException refused) {
        // The rejects file belongs to the run holding the lock: it may be writing it right now.
        rejects.abandon();
        throw refused;
      } finally {
        running = null;
      }
      if (!users.isEmpty()) {
        int kept = AccountStore.add(request.index(), read.records().values());
        accounts = new IndexResult.Accounts(users.size(), read.read(),
            read.records().size(), read.rejected(), kept);
      }
      // An interrupted run leaves no manifest: the index is not what its inputs make yet.
      if (s.finished()) {
        rejects.close();
        RunRecorder.writeForIndex(request.index(),
            run.manifest(IndexIdentity.of(request.index())), before,
            rejects.written() ? rejects.path() : null);
      }
    }
    return new IndexResult(s.read(), s.indexed(), s.rejected(), s.skipped(), s.updated(),
        s.postsInIndex(), (System.nanoTime() - start) / 1e9, s.finished(),
        rejects.written() ? rejects.path() : null, request.index(), s.notes(), accounts);
  }

  /** The records of users files, by id (a later row of an account replaces an earlier one). */
  private record UsersRead(Map<String, AccountRecord> records, long read, long rejected) {}

  private static UsersRead readUsers(List<Path> files, RejectHandler rejects) throws IOException {
    Map<String, AccountRecord> records = new LinkedHashMap<>();
    long[] rejected = {0};
    long read = 0;
    RejectHandler counting = r -> {
      rejected[0]++;
      rejects.reject(r);
    };
    for (Path f : files) {
      try (AccountReader reader = Datasets.openAccounts(f, counting)) {
        for (AccountRecord a = reader.next(); a != null; a = reader.next()) {
          records.put(a.id(), a);
          read++;
        }
      }
    }
    return new UsersRead(records, read + rejected[0], rejected[0]);
  }

  /**
   * Copies the posts of several indexes (e.g. the shards of a Spark job) into {@code out};
   * returns the posts {@code out} then holds. Ids are not compared across the sources.
   *
   * @throws org.chorus.index.IndexMissingException a source holds no index
   */
  public static int merge(Path out, List<Path> from) throws IOException {
    OutputPath.folder("index", out);
    for (Path p : from) {
      if (p.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
        throw new RequestException("cannot merge the index " + out + " into itself");
      }
    }
    return org.chorus.index.IndexMerge.merge(out, from);
  }

  /** Asks a running {@link #index} to stop reading, index what it has read and commit. */
  public void stop() {
    stopping = true;
    PostIndexer indexer = running;
    if (indexer != null) indexer.stop();
  }

  /**
   * Rewrites the request's input as Chorus JSON Lines, streaming: memory does not grow with the
   * input.
   *
   * @throws org.chorus.corpus.InvalidInputException an input is missing or unreadable, or a
   *     record is bad and the data has no rejects file
   * @throws RequestException the output or rejects path is a folder, or runs through a file
   */
  public ConvertResult convert(ConvertRequest request, Progress progress) throws IOException {
    long start = System.nanoTime();
    OutputPath.file("output", request.output());
    DatasetFiles data = request.data();
    RejectsFile rejects = data.openRejects();
    long[] written = {0};
    List<String> notes;
    try (rejects; PostReader reader = data.open(rejects);
        RunRecorder run = RunRecorder.start("convert", request, data.files(), null)) {
      // Written whole or not at all, so the output may even be the input file.
      AtomicFile.write(request.output(), os -> {
        Writer out = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        for (Post post = reader.next(); post != null; post = reader.next()) {
          out.write(PostJson.write(post));
          out.write('\n');
          if (++written[0] % PROGRESS_BLOCK == 0) progress.advance(PROGRESS_BLOCK);
        }
        out.flush();
      });
      progress.advance(written[0] % PROGRESS_BLOCK);
      notes = reader.notes();
      RunManifest manifest = run.manifest(null);
      rejects.close();
      RunRecorder.writeBeside(manifest, List.of(request.output()),
          rejects.written() ? rejects.path() : null);
    }
    return new ConvertResult(written[0], rejects.count(), (System.nanoTime() - start) / 1e9,
        rejects.written() ? rejects.path() : null, request.output(), notes);
  }
}
