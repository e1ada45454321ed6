package org.chorus.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectsFile;
import org.chorus.index.IndexedPost;
import org.chorus.index.NarrativeWriter;
import org.chorus.index.PostIndex;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Prediction;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus label}: applies a narrative model to datasets (streamed, in input order, on
 * worker threads) or to every post of an index, whose narrative field it then sets.
 */
@Command(name = "label", mixinStandardHelpOptions = true,
    description = "Label posts with a narrative model: datasets to JSON Lines (id, labels,"
        + " scores), or an index in place (then search --narrative, facets, dupes and network"
        + " can filter by narrative).")
public final class LabelCommand implements Callable<Integer> {
  private static final int BATCH = 2048;

  @Option(names = "--model", required = true, paramLabel = "M", description = "Model file.")
  private Path modelFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Target target;

  static final class Target {
    @ArgGroup(exclusive = false)
    Files files;

    @Option(names = "--index", required = true, paramLabel = "DIR",
        description = "Label every post of this index in place.")
    Path index;
  }

  static final class Files {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "FILE",
        description = "Dataset files (CSV, TSV or JSON Lines, gzip or not), read in order.")
    List<Path> inputs;

    @Option(names = "--output", required = true, paramLabel = "OUT.jsonl",
        description = "Where predictions go, one JSON object per post.")
    Path output;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|twitter|jsonl|csv",
        converter = InputOptions.FormatConverter.class,
        description = "Input layout (default: ${DEFAULT-VALUE}).")
    Format format = Format.AUTO;

    @Option(names = "--map", paramLabel = "SPEC", converter = InputOptions.MapConverter.class,
        description = "Column map for CSV/TSV (header names) or JSON Lines (field names); see chorus index --help.")
    ColumnMap columns;

    // The same options as InputOptions, declared here because picocli refuses a @Mixin inside
    // an @ArgGroup (remkop/picocli#1793), and --input excludes --index.
    @Option(names = "--on-error", defaultValue = "skip", paramLabel = "skip|fail",
        converter = InputOptions.OnErrorConverter.class,
        description = "skip: write bad records to OUT.jsonl.rejects.jsonl and go on (default); "
            + "fail: stop at the first.")
    org.chorus.app.Input.OnError onError = org.chorus.app.Input.OnError.SKIP;
  }

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
  private int threads;

  @Option(names = "--json", description = "Print the summary as JSON Lines.")
  private boolean json;

  @Option(names = "--quiet", description = "No progress on standard error.")
  private boolean quiet;

  @Override
  public Integer call() throws Exception {
    NarrativeModel model = ModelFile.read(modelFile);
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "label");
      t.setDaemon(true);
      return t;
    });
    long start = System.nanoTime();
    try {
      Counts counts = target.index != null ? labelIndex(model, pool) : labelFiles(model, pool);
      print(System.out, counts, (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
    return ExitCode.OK;
  }

  private Counts labelFiles(NarrativeModel model, ExecutorService pool) throws Exception {
    Files f = target.files;
    Datasets.requireFiles(f.inputs);
    Counts counts = new Counts(model.labels());
    Path parent = f.output.toAbsolutePath().getParent();
    if (parent != null) java.nio.file.Files.createDirectories(parent);
    RejectsFile rejects = InputOptions.rejects(f.onError, RejectsFile.beside(f.output));
    JsonFactory jf = new JsonFactory();
    try (rejects; PostReader reader = Datasets.open(f.inputs, f.format, f.columns, rejects);
        Writer w = new BufferedWriter(java.nio.file.Files.newBufferedWriter(f.output,
            StandardCharsets.UTF_8), 1 << 16);
        JsonGenerator g = jf.createGenerator(w);
        ConsoleProgress progress = ConsoleProgress.start("label", -1, quiet)) {
      g.setRootValueSeparator(null);
      ArrayDeque<Future<Labelled>> pending = new ArrayDeque<>();
      List<Post> batch = new ArrayList<>(BATCH);
      for (Post p = reader.next(); ; p = reader.next()) {
        if (p != null) batch.add(p);
        if (batch.size() == BATCH || (p == null && !batch.isEmpty())) {
          List<Post> b = batch;
          pending.add(pool.submit(() -> new Labelled(b, predict(model, b))));
          batch = new ArrayList<>(BATCH);
        }
        // Keep a bounded number of batches in flight; write them in input order.
        while (!pending.isEmpty() && (pending.size() > 2L * threadsOr(2) || p == null)) {
          write(g, w, pending.poll(), counts, progress);
        }
        if (p == null) break;
      }
      counts.rejected = rejects.count();
    }
    counts.where = f.output.toString();
    return counts;
  }

  private int threadsOr(int dflt) {
    return threads > 0 ? threads : Math.max(dflt, Runtime.getRuntime().availableProcessors());
  }

  private static List<Prediction> predict(NarrativeModel model, List<Post> posts) {
    List<Prediction> out = new ArrayList<>(posts.size());
    for (Post p : posts) out.add(model.predict(p));
    return out;
  }

  private static void write(JsonGenerator g, Writer w, Future<Labelled> f, Counts counts,
      ConsoleProgress progress) throws IOException, InterruptedException {
    Labelled l;
    try {
      l = f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IOException(e.getCause());
    }
    for (int i = 0; i < l.posts.size(); i++) {
      Prediction p = l.predictions.get(i);
      g.writeStartObject();
      g.writeStringField("id", l.posts.get(i).id());
      g.writeArrayFieldStart("labels");
      for (String s : p.labels()) g.writeString(s);
      g.writeEndArray();
      g.writeObjectFieldStart("scores");
      for (var e : p.scores().entrySet()) {
        g.writeNumberField(e.getKey(), Math.round(e.getValue() * 1e6) / 1e6);
      }
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
      w.write('\n');
      counts.add(p);
    }
    progress.advance(l.posts.size());
  }

  private Counts labelIndex(NarrativeModel model, ExecutorService pool) throws Exception {
    Counts counts = new Counts(model.labels());
    try (PostIndex index = PostIndex.open(target.index);
        NarrativeWriter writer = NarrativeWriter.open(target.index);
        ConsoleProgress progress = ConsoleProgress.start("label", index.size(), quiet)) {
      List<IndexedPost> batch = new ArrayList<>(BATCH);
      ArrayDeque<Future<List<Prediction>>> pending = new ArrayDeque<>();
      ArrayDeque<List<IndexedPost>> batches = new ArrayDeque<>();
      PostIndex.PostVisitor flushing = ip -> {
        batch.add(ip);
        if (batch.size() == BATCH) {
          List<IndexedPost> b = new ArrayList<>(batch);
          batch.clear();
          batches.add(b);
          pending.add(pool.submit(() -> predict(model, b.stream().map(IndexedPost::post).toList())));
          while (pending.size() > 2L * threadsOr(2)) {
            store(writer, batches.poll(), pending.poll(), counts, progress);
          }
        }
      };
      index.forEach(flushing);
      if (!batch.isEmpty()) {
        List<IndexedPost> b = new ArrayList<>(batch);
        batches.add(b);
        pending.add(pool.submit(() -> predict(model, b.stream().map(IndexedPost::post).toList())));
      }
      while (!pending.isEmpty()) store(writer, batches.poll(), pending.poll(), counts, progress);
      writer.commit();
    }
    counts.where = target.index.toString();
    return counts;
  }

  private static void store(NarrativeWriter writer, List<IndexedPost> posts,
      Future<List<Prediction>> f, Counts counts, ConsoleProgress progress) throws IOException {
    List<Prediction> predictions;
    try {
      predictions = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IOException(e.getCause());
    }
    for (int i = 0; i < posts.size(); i++) {
      writer.set(posts.get(i), predictions.get(i).labels());
      counts.add(predictions.get(i));
    }
    progress.advance(posts.size());
  }

  private record Labelled(List<Post> posts, List<Prediction> predictions) {}

  /** Posts per assigned label, and how many got none. */
  private static final class Counts {
    final Map<String, Long> perLabel = new TreeMap<>();
    long posts;
    long none;
    long rejected;
    String where;

    Counts(List<String> labels) {
      for (String l : labels) perLabel.put(l, 0L);
    }

    void add(Prediction p) {
      posts++;
      if (p.isNone()) none++;
      for (String l : p.labels()) perLabel.merge(l, 1L, Long::sum);
    }
  }

  private void print(PrintStream out, Counts c, double seconds) {
    if (json) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("type", "summary");
      s.put("posts", c.posts);
      s.put("labels", c.perLabel);
      s.put("none", c.none);
      s.put("rejected", c.rejected);
      s.put("seconds", Math.round(seconds * 1000) / 1000.0);
      s.put("posts_per_second", Math.round(c.posts / Math.max(seconds, 1e-9)));
      s.put("output", c.where);
      JsonLines.print(out, s);
      return;
    }
    Table t = new Table("label", "posts", "share").alignRight(1, 2);
    for (var e : c.perLabel.entrySet()) t.row(e.getKey(), IndexCommand.count(e.getValue()), pct(e.getValue(), c.posts));
    t.row("(none)", IndexCommand.count(c.none), pct(c.none, c.posts));
    t.print(out);
    out.printf(Locale.ROOT, "%,d posts labelled in %.1f s (%,.0f posts/s) -> %s%n", c.posts,
        seconds, c.posts / Math.max(seconds, 1e-9), c.where);
    if (c.rejected > 0) out.printf(Locale.ROOT, "note: %,d records rejected%n", c.rejected);
  }

  private static String pct(long n, long total) {
    return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / total);
  }
}
