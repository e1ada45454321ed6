package org.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.app.Narratives;
import org.chorus.app.Progress;
import org.chorus.app.ThemeReport;
import org.chorus.app.ThemesRequest;
import org.chorus.app.ThemesResult;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.Post;
import org.chorus.corpus.RejectsFile;
import org.chorus.eval.MutualInformation;
import org.chorus.index.PostIndex;
import org.chorus.index.PostIndexer;
import org.chorus.narratives.StopWords;
import org.chorus.search.PostFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus bench themes}: the themes of issue 15 against the algorithm before it, in one
 * run over the same index: normalised mutual information with the gold labels (a post's first
 * label; posts without one left out), with the language (lower: themes less split by language),
 * stop words and single characters among the top terms, time and peak heap.
 */
@Command(name = "themes", mixinStandardHelpOptions = true,
    description = "Themes against gold labels (NMI), new against the pre-issue-15 algorithm in"
        + " the same run; time and peak heap.")
public final class ThemesBench implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Option(names = "--input", arity = "1..*", paramLabel = "FILE",
      description = "Labelled posts to index first (into --work-dir).")
  private List<Path> input;

  @Option(names = "--map", paramLabel = "SPEC", converter = InputFiles.MapConverter.class,
      description = "Column map for --input, as for chorus index.")
  private ColumnMap columns;

  @Option(names = "--index", paramLabel = "DIR", description = "An existing index (read only).")
  private Path indexDir;

  @Option(names = "--k", defaultValue = "0", description = "Themes (default: as many as gold labels).")
  private int k;

  @Option(names = "--terms", defaultValue = "8")
  private int terms;

  @Option(names = "--max-posts", defaultValue = "50000")
  private int maxPosts;

  @Option(names = "--seed", defaultValue = "1")
  private long seed;

  @Option(names = "--work-dir", paramLabel = "DIR", required = true,
      description = "Where the index of --input and the assignments file go.")
  private Path work;

  @Option(names = "--skip-old", description = "Do not run the old algorithm.")
  private boolean skipOld;

  /** One system's figures. */
  record Row(String system, int themes, double nmiGold, double nmiLang, int stopTerms,
      int topTerms, double seconds, long heapMb, List<List<String>> top) {}

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(work);
    Path index = indexDir;
    if (input != null) {
      index = work.resolve("index");
      ScratchIndex.delete(index);
      long t = System.nanoTime();
      PostIndexer.create(index, (file, r) -> Datasets.open(file, Format.AUTO, columns, r),
          RejectsFile.failFast(), PostIndexer.Options.defaults().withThreads(1)).run(input);
      System.err.printf(Locale.ROOT, "indexed %s in %.1f s%n", input, (System.nanoTime() - t) / 1e9);
    }
    if (index == null) throw new IllegalArgumentException("give --input FILE or --index DIR");

    // Gold and language, in doc order (the order the assignments file is written in).
    List<String> ids = new ArrayList<>();
    Map<String, Integer> goldNames = new HashMap<>();
    Map<String, Integer> langNames = new HashMap<>();
    int[][] gl = readGoldAndLang(index, ids, goldNames, langNames);
    int kk = k > 0 ? k : Math.max(2, goldNames.size() - (goldNames.containsKey(null) ? 1 : 0));
    System.err.printf(Locale.ROOT, "%,d posts, %d gold labels, %d languages, k = %d%n",
        ids.size(), goldNames.size(), langNames.size(), kk);

    List<Row> rows = new ArrayList<>();
    if (!skipOld) rows.add(runOld(index, ids.size(), kk, gl));
    rows.add(runNew(index, ids, kk, gl));
    print(rows, ids.size());
    return 0;
  }

  private int[][] readGoldAndLang(Path index, List<String> ids, Map<String, Integer> goldNames,
      Map<String, Integer> langNames) throws Exception {
    IntList gold = new IntList();
    IntList lang = new IntList();
    try (PostIndex idx = PostIndex.open(index)) {
      idx.forEach(ip -> {
        Post p = ip.post();
        ids.add(p.id());
        String g = p.labels().isEmpty() ? null : p.labels().get(0);
        gold.add(g == null ? -1 : goldNames.computeIfAbsent(g, x -> goldNames.size()));
        lang.add(langNames.computeIfAbsent(p.lang() == null ? "und" : p.lang(),
            x -> langNames.size()));
      });
    }
    return new int[][] {gold.toArray(), lang.toArray()};
  }

  private Row runNew(Path index, List<String> ids, int kk, int[][] gl) throws Exception {
    System.gc();
    Path assignments = work.resolve("assignments.jsonl");
    ThemesResult r;
    long t = System.nanoTime();
    long heap;
    try (HeapSampler sampler = new HeapSampler()) {
      r = Narratives.themes(new ThemesRequest(index, PostFilter.ALL, kk, terms, 1, maxPosts, seed,
          assignments, true), Progress.NONE);
      heap = sampler.peakBytes();
    }
    double seconds = (System.nanoTime() - t) / 1e9;
    int[] theme = new int[ids.size()];
    int i = 0;
    try (BufferedReader in = Files.newBufferedReader(assignments, StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; i++) {
        JsonNode n = JSON.readTree(line);
        if (!n.get("id").asText().equals(ids.get(i))) {
          throw new IllegalStateException("assignments out of order at line " + (i + 1));
        }
        theme[i] = n.get("theme").isNull() ? -1 : n.get("theme").asInt();
      }
    }
    List<List<String>> top = r.themes().stream().map(ThemeReport::topTerms).toList();
    System.err.printf(Locale.ROOT, "new: %,d distinct texts clustered, %,d posts in %,d copy"
        + " groups, %,d unassigned%n", r.clustered(), r.collapsedPosts(), r.copyGroups(),
        r.unassigned());
    return row("new (issue 15)", theme, gl, top, seconds, heap);
  }

  private Row runOld(Path index, int n, int kk, int[][] gl) throws Exception {
    System.gc();
    long t = System.nanoTime();
    long heap;
    int[] theme = new int[n];
    java.util.Arrays.fill(theme, -1);
    List<List<String>> top;
    try (HeapSampler sampler = new HeapSampler(); PostIndex idx = PostIndex.open(index)) {
      // As the old Theming: every stride-th post of the index, at most maxPosts.
      long stride = Math.max(1, (n + maxPosts - 1) / maxPosts);
      List<String> texts = new ArrayList<>();
      IntList at = new IntList();
      int[] seen = {0};
      idx.forEach(ip -> {
        if (seen[0] % stride == 0) {
          texts.add(ip.post().text());
          at.add(seen[0]);
        }
        seen[0]++;
      });
      OldThemes.Result r = OldThemes.fit(texts, kk, terms, seed);
      int[] pos = at.toArray();
      for (int j = 0; j < pos.length; j++) theme[pos[j]] = r.theme()[j];
      top = r.topTerms();
      heap = sampler.peakBytes();
      if (stride > 1) {
        // Only the sample has themes: score on the sample alone.
        int[] g = new int[pos.length];
        int[] l = new int[pos.length];
        int[] th = new int[pos.length];
        for (int j = 0; j < pos.length; j++) {
          g[j] = gl[0][pos[j]];
          l[j] = gl[1][pos[j]];
          th[j] = theme[pos[j]];
        }
        return row("old (sample of " + pos.length + ")", th, new int[][] {g, l}, top,
            (System.nanoTime() - t) / 1e9, heap);
      }
    }
    return row("old (before issue 15)", theme, gl, top, (System.nanoTime() - t) / 1e9, heap);
  }

  private static Row row(String name, int[] theme, int[][] gl, List<List<String>> top,
      double seconds, long heap) {
    IntList a = new IntList();
    IntList b = new IntList();
    for (int i = 0; i < theme.length; i++) {
      if (gl[0][i] < 0) continue;
      a.add(theme[i]);
      b.add(gl[0][i]);
    }
    double nmiGold = a.size == 0 ? Double.NaN : MutualInformation.normalized(a.toArray(), b.toArray());
    double nmiLang = MutualInformation.normalized(theme, gl[1]);
    // Within each language: how well the clustering follows the gold labels, alignment aside.
    StringBuilder per = new StringBuilder();
    int langs = java.util.Arrays.stream(gl[1]).max().orElse(-1) + 1;
    for (int l = 0; l < langs; l++) {
      IntList x = new IntList();
      IntList y = new IntList();
      for (int i = 0; i < theme.length; i++) {
        if (gl[1][i] != l || gl[0][i] < 0) continue;
        x.add(theme[i]);
        y.add(gl[0][i]);
      }
      if (x.size >= 50) {
        per.append(String.format(Locale.ROOT, " lang#%d(%d posts) %.3f", l, x.size,
            MutualInformation.normalized(x.toArray(), y.toArray())));
      }
    }
    System.err.println(name + ": NMI with gold within each language:" + per);
    int stop = 0;
    int all = 0;
    for (List<String> ts : top) {
      for (String term : ts) {
        all++;
        if (StopWords.all().isStop(term) || term.codePointCount(0, term.length()) == 1) stop++;
      }
    }
    return new Row(name, top.size(), nmiGold, nmiLang, stop, all, seconds, heap >> 20, top);
  }

  private static void print(List<Row> rows, int posts) {
    System.out.printf(Locale.ROOT, "%-24s %6s %9s %9s %14s %8s %8s%n", "system", "themes",
        "NMI gold", "NMI lang", "stop/1-char", "seconds", "heap MB");
    for (Row r : rows) {
      System.out.printf(Locale.ROOT, "%-24s %6d %9.3f %9.3f %8d of %3d %8.1f %8d%n", r.system(),
          r.themes(), r.nmiGold(), r.nmiLang(), r.stopTerms(), r.topTerms(), r.seconds(),
          r.heapMb());
    }
    for (Row r : rows) {
      System.out.println();
      System.out.println(r.system() + ", top terms:");
      for (int t = 0; t < r.top().size(); t++) {
        System.out.println("  " + (t + 1) + ": " + String.join(", ", r.top().get(t)));
      }
    }
  }

  /** A growable int array. */
  static final class IntList {
    int[] a = new int[1024];
    int size;

    void add(int v) {
      if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
      a[size++] = v;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, size);
    }
  }

  /** Clears a scratch index of an earlier run. */
  static final class ScratchIndex {
    static void delete(Path dir) throws java.io.IOException {
      if (!Files.exists(dir)) return;
      try (var s = Files.walk(dir)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
  }
}
