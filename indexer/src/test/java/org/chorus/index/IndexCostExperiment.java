package org.chorus.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.FSDirectory;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.fingerprint.Fingerprint;

/**
 * Where the indexing time of a Chorus document goes, field group by field group: what {@code
 * bench index} cannot show. Documents are built first; then each level adds one group of the
 * real document's fields and indexes them on one thread, timed by that thread's CPU (so other
 * load on the machine matters little); the median of five rounds. Run, after {@code mvn
 * -DskipTests package} and {@code mvn -pl indexer test-compile}:
 * {@code java -Xmx2g -cp cli/target/chorus.jar:indexer/target/test-classes
 * org.chorus.index.IndexCostExperiment ../shared/data 100000}
 */
public final class IndexCostExperiment {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    List<Post> posts = new ArrayList<>();
    try (PostReader r = Datasets.open(data.resolve("ira/ira-tweets.dev.csv.gz"), Format.AUTO, null, x -> {})) {
      for (Post p = r.next(); p != null && posts.size() < n; p = r.next()) posts.add(p);
    }
    List<Document> docs = new ArrayList<>();
    for (Post p : posts) docs.add(PostDocuments.toDocument(p));

    String[][] levels = {
        {Schema.TEXT},
        {Schema.ID},
        {Schema.ACCOUNT, Schema.SCREEN_NAME, Schema.LANG, Schema.RETWEET, Schema.LABEL},
        {Schema.HASHTAG, Schema.URL, Schema.MENTION, Schema.RETWEET_OF, Schema.REPLY_TO, Schema.QUOTE_OF},
        {Schema.TIME},
        {Schema.SOURCE},
        {FingerprintFields.BAND, FingerprintFields.SHINGLES, FingerprintFields.SET_KEY},
    };
    String[] names = {"text (PostAnalyzer)", "+ id", "+ account, lang, retweet, label",
        "+ hashtags, links, mentions, references", "+ time", "+ stored post", "+ fingerprint doc values"};
    double[][] us = new double[levels.length + 3][5];
    for (int round = 0; round < 6; round++) {
      int k = Math.max(0, round - 1); // round 0 warms up
      us[0][k] = index(new StandardAnalyzer(), posts.size(),
          i -> List.of(new TextField("text", posts.get(i).text(), Field.Store.NO)));
      Set<String> kept = new HashSet<>();
      for (int l = 0; l < levels.length; l++) {
        kept.addAll(Arrays.asList(levels[l]));
        Set<String> fields = Set.copyOf(kept);
        us[l + 1][k] = index(new PostAnalyzer(), posts.size(), i -> only(docs.get(i), fields));
      }
      long t = CPU.getCurrentThreadCpuTime();
      PostDocumentBuilder builder = new PostDocumentBuilder();
      for (Post p : posts) builder.build(p);
      us[levels.length + 1][k] = (CPU.getCurrentThreadCpuTime() - t) / 1e3 / posts.size();
      t = CPU.getCurrentThreadCpuTime();
      for (Post p : posts) Fingerprint.of(p.text());
      us[levels.length + 2][k] = (CPU.getCurrentThreadCpuTime() - t) / 1e3 / posts.size();
    }
    System.out.printf(Locale.ROOT, "%,d IRA posts, CPU us a post (median of 5):%n", posts.size());
    System.out.printf(Locale.ROOT, "  %-42s %6.2f%n", "bare Lucene (StandardAnalyzer text)", median(us[0]));
    double previous = 0;
    for (int l = 0; l < levels.length; l++) {
      double m = median(us[l + 1]);
      System.out.printf(Locale.ROOT, "  %-42s %6.2f  (%+.2f)%n", names[l], m, l == 0 ? 0 : m - previous);
      previous = m;
    }
    System.out.printf(Locale.ROOT, "  %-42s %6.2f%n", "building the document (not in the above)",
        median(us[levels.length + 1]));
    System.out.printf(Locale.ROOT, "  %-42s %6.2f%n", "  of which Fingerprint.of", median(us[levels.length + 2]));
  }

  private interface Docs {
    Iterable<? extends IndexableField> get(int i);
  }

  private static double index(Analyzer analyzer, int n, Docs docs) throws Exception {
    Path dir = Files.createTempDirectory("index-cost");
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256)
        .setUseCompoundFile(false);
    long t = CPU.getCurrentThreadCpuTime();
    try (FSDirectory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, config)) {
      for (int i = 0; i < n; i++) w.addDocument(docs.get(i));
      w.commit();
    }
    double us = (CPU.getCurrentThreadCpuTime() - t) / 1e3 / n;
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    return us;
  }

  private static List<IndexableField> only(Document doc, Set<String> fields) {
    List<IndexableField> out = new ArrayList<>();
    for (IndexableField f : doc) if (fields.contains(f.name())) out.add(f);
    return out;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
