package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.index.PostIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus dupes}: copy-paste messaging across accounts, as clusters with evidence. */
@Command(name = "dupes", mixinStandardHelpOptions = true,
    description = "Find near-duplicate clusters: the same message posted by several accounts,"
        + " each copy verified against the cluster's representative (no chaining). Sorted by"
        + " distinct accounts.")
public final class DupesCommand implements Callable<Integer> {
  @Mixin NearDuplicateOptions near;

  @Option(names = "--window", defaultValue = "none", paramLabel = "DURATION",
      description = "Copies count only within this time of the cluster's first post, e.g. 10m,"
          + " 1h (inclusive; default: ${DEFAULT-VALUE}).")
  String window;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
      description = "Clusters shown in the table (default: ${DEFAULT-VALUE}; --json prints all).")
  int limit;

  @Option(names = "--members", description = "List each cluster's posts under it in the table.")
  boolean members;

  @Option(names = "--json", description = "One cluster per line, with all its members.")
  boolean json;

  @Option(names = "--quiet", description = "No progress on standard error.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    Duration w = NearDuplicateOptions.parseWindow(window);
    DuplicateFinder.Options options = near.finderOptions(w);
    List<Cluster> clusters;
    DuplicateFinder.Stats stats;
    try (PostIndex index = PostIndex.open(near.index);
        ConsoleProgress progress = ConsoleProgress.start("dupes", -1, quiet)) {
      DuplicateFinder finder = new DuplicateFinder(index.reader());
      clusters = finder.find(options);
      stats = finder.lastStats();
      progress.advance(stats.posts());
      if (stats.posts() == 0 && index.size() > 0 && !hasFingerprints(index)) {
        System.err.println("chorus: the index has no near-duplicate fingerprints (built by an"
            + " older chorus?): index the data again");
      }
    }
    PrintStream out = System.out;
    if (json) {
      for (Cluster c : clusters) JsonLines.print(out, toJson(c));
      return ExitCode.OK;
    }
    Table table = new Table("cluster", "accounts", "posts", "first", "span", "text")
        .alignRight(0, 1, 2);
    for (Cluster c : clusters.subList(0, Math.min(limit, clusters.size()))) {
      table.row(c.id(), c.accounts(), c.size(), c.first(), span(c.span()), c.representative());
      if (members) {
        for (Cluster.Member m : c.members()) {
          table.row("", "", "", m.time(), String.format(Locale.ROOT, "%.2f", m.similarity()),
              "  post " + m.postId() + " by " + m.account());
        }
      }
    }
    table.print(out);
    out.printf(Locale.ROOT, "%,d clusters (%s shown) from %,d posts; threshold %.2f, window %s,"
            + " retweets %s; %,d candidate pairs, %,d verified%n",
        clusters.size(), Math.min(limit, clusters.size()), stats.posts(), options.threshold(),
        NearDuplicateOptions.formatWindow(w), options.retweets().name().toLowerCase(Locale.ROOT),
        stats.candidatePairs(), stats.verifiedPairs());
    return ExitCode.OK;
  }

  private static boolean hasFingerprints(PostIndex index) {
    for (var leaf : index.reader().leaves()) {
      if (leaf.reader().getFieldInfos().fieldInfo(org.chorus.index.FingerprintFields.SET_KEY) != null) {
        return true;
      }
    }
    return false;
  }

  static String span(Duration d) {
    long s = d.getSeconds();
    if (s < 60) return s + "s";
    if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    if (s < 86400) return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    return String.format(Locale.ROOT, "%dd%02dh", s / 86400, (s % 86400) / 3600);
  }

  static Map<String, Object> toJson(Cluster c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cluster", c.id());
    m.put("size", c.size());
    m.put("accounts", c.accounts());
    m.put("first", c.first().toString());
    m.put("last", c.last().toString());
    m.put("span_seconds", c.span().getSeconds());
    m.put("representative_id", c.representativeId());
    m.put("representative", c.representative());
    m.put("members", c.members().stream().map(x -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", x.postId());
      e.put("account", x.account());
      e.put("time", x.time().toString());
      e.put("similarity", Math.round(x.similarity() * 1000) / 1000.0);
      return e;
    }).toList());
    return m;
  }
}
