package org.chorus.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.app.CommunityFingerprints;
import org.chorus.app.Investigation;
import org.chorus.app.NetworkRequest;
import org.chorus.app.TimeWindows;
import org.chorus.network.CoordinationNetwork;
import org.chorus.network.Network;
import org.chorus.network.NetworkWriter;
import org.chorus.network.NullModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus network}: the coordination network of accounts, for Gephi. */
@Command(name = "network", mixinStandardHelpOptions = true,
    description = "Link accounts that posted near-duplicates (copy), retweeted the same post"
        + " (co-retweet) or shared the same URL (co-link) within a time window; export nodes and"
        + " edges with their evidence for Gephi.")
public final class NetworkCommand implements Callable<Integer> {
  @Mixin CopyOptions near;
  @Mixin QuietOption quiet;

  @Option(names = "--window", defaultValue = "1h", split = ",", paramLabel = "DURATION",
      description = "One or more windows, e.g. 10m,1h (default: ${DEFAULT-VALUE}); each gives its"
          + " own edges.")
  List<String> windows;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file.")
  Path out;

  @Option(names = "--format", defaultValue = "graphml", paramLabel = "graphml|gexf|csv",
      description = "graphml, gexf (Gephi) or csv (edges in FILE, nodes in FILE.nodes.csv);"
          + " default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--top", defaultValue = "20", paramLabel = "N",
      description = "Strongest edges shown on screen (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--null-runs", defaultValue = "" + NullModel.DEFAULT_RUNS, paramLabel = "R",
      description = "Test each edge against R circular time shifts of every account's posts"
          + " (keeps each account's activity, breaks the timing between accounts): expected"
          + " count, z-score and p-value per edge; 0: no test (default: ${DEFAULT-VALUE}).")
  int nullRuns;

  @Option(names = "--null-seed", defaultValue = "" + NullModel.DEFAULT_SEED, paramLabel = "N",
      description = "Seed of the time shifts (default: ${DEFAULT-VALUE}).")
  long nullSeed;

  @Option(names = "--min-z", paramLabel = "Z",
      description = "Keep only edges whose z-score against the shifts is at least Z.")
  Double minZ;

  @Option(names = "--max-p", paramLabel = "P",
      description = "Keep only edges whose empirical p-value is at most P (the least is"
          + " 1/(R+1)).")
  Double maxP;

  @Option(names = "--json", description = "Print the summary as JSON.")
  boolean json;

  @Option(names = "--no-fingerprints", negatable = true, defaultValue = "true",
      description = "Communities (connected components) with their accounts' fingerprints, and"
          + " each account's signals as node attributes (default: on).")
  boolean fingerprints = true;

  @Option(names = "--communities", defaultValue = "10", paramLabel = "N",
      description = "Largest communities shown on screen (default: ${DEFAULT-VALUE}).")
  int communities;

  @Override
  public Integer call() throws IOException {
    NetworkWriter.Format fmt;
    try {
      fmt = NetworkWriter.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be graphml, gexf or csv: " + format);
    }
    Investigation.Coordination.outputs("--out", fmt, out);
    if (nullRuns < 0) throw new UsageException("--null-runs must be 0 or more: " + nullRuns);
    if (nullRuns == 0 && (minZ != null || maxP != null)) {
      throw new UsageException("--min-z and --max-p need --null-runs of at least 1");
    }
    NetworkRequest request = Requests.check(() -> new NetworkRequest(near.selection.filter(),
        near.copies(), windows.stream().map(TimeWindows::parse).toList(),
        nullRuns == 0 ? null : new NullModel(nullRuns, nullSeed), minZ, maxP));
    Investigation.Coordination found;
    CommunityFingerprints prints = null;
    List<Path> written;
    try (Investigation investigation = Requests.open(near.index)) {
      try (ConsoleProgress progress = quiet.progress("network", -1)) {
        found = investigation.network(request, progress);
      }
      if (fingerprints) {
        prints = investigation.accounts().communities(found.network(), request.filter());
      }
      written = investigation.write(request, found, fmt, out, prints);
    }
    Network net = found.network();
    Map<String, Long> byType = new LinkedHashMap<>();
    for (Network.Edge e : net.edges()) byType.merge(e.type(), 1L, Long::sum);
    if (json) {
      long scored = net.edges().stream().filter(e -> e.significance() != null).count();
      JsonLines.print(System.out, new Summary(net.nodes().size(), net.edges().size(), byType,
          found.skippedGroups(), nullRuns, scored, minZ, maxP, out.toString(), prints == null
              ? null : prints.communities().stream().map(CommunityLine::of).toList()));
      return ExitCode.OK;
    }
    Table table = new Table("weight", "z", "p", "type", "window", "account", "account",
        "evidence").alignRight(0, 1, 2).maxWidth(100);
    for (Network.Edge e : net.edges().subList(0, Math.min(top, net.edges().size()))) {
      Network.Significance s = e.significance();
      table.row(e.weight(), s == null ? "" : String.format(Locale.ROOT, "%.1f", s.z()),
          s == null ? "" : String.format(Locale.ROOT, "%.3f", s.p()), e.type(),
          TimeWindows.format(e.window()), e.source(), e.target(), firstEvidence(e));
    }
    table.print(System.out);
    System.out.printf(Locale.ROOT, "%,d accounts, %,d edges %s written to %s%n",
        net.nodes().size(), net.edges().size(), byType,
        String.join(" and ", written.stream().map(Path::toString).toList()));
    if (prints != null && !prints.communities().isEmpty()) {
      Table c = new Table("community", "accounts", "posts", "accounts' fingerprint", "members")
          .alignRight(0, 1, 2).maxWidth(100);
      for (CommunityFingerprints.Community k : prints.communities().subList(0,
          Math.min(communities, prints.communities().size()))) {
        c.row(k.id(), k.accounts().size(), Table.count(k.fingerprint().posts()),
            FingerprintLines.compact(k.fingerprint()), String.join(" ", k.accounts()));
      }
      c.print(System.out);
      System.out.printf(Locale.ROOT, "%,d communities (connected components)%n",
          prints.communities().size());
    }
    if (found.undatedPosts() > 0) {
      System.out.printf(Locale.ROOT, "%,d posts without a time were left out of the time"
          + " windows%n", found.undatedPosts());
    }
    if (found.skippedGroups() > 0) {
      System.out.printf(Locale.ROOT, "%,d groups of more than %,d accounts linked no pairs"
          + " (broadcast, not coordination)%n", found.skippedGroups(),
          CoordinationNetwork.MAX_ACCOUNTS_PER_GROUP);
    }
    return ExitCode.OK;
  }

  private static String firstEvidence(Network.Edge e) {
    if (e.evidence().isEmpty()) return "";
    Network.Evidence x = e.evidence().get(0);
    return String.format(Locale.ROOT, "%s: posts %s / %s, %ds apart, similarity %.2f", x.shared(),
        x.sourcePost(), x.targetPost(), x.gapSeconds(), x.similarity());
  }

  record Summary(int nodes, int edges, @JsonProperty("edges_by_type") Map<String, Long> edgesByType,
      @JsonProperty("skipped_broadcast_groups") int skippedBroadcastGroups,
      @JsonProperty("null_runs") int nullRuns, @JsonProperty("edges_scored") long edgesScored,
      @JsonProperty("min_z") Double minZ, @JsonProperty("max_p") Double maxP, String output,
      @JsonInclude(JsonInclude.Include.NON_NULL) List<CommunityLine> communities) {}

  record CommunityLine(int community, List<String> accounts,
      FingerprintLines.GroupLine fingerprint) {
    static CommunityLine of(CommunityFingerprints.Community c) {
      return new CommunityLine(c.id(), c.accounts(), FingerprintLines.GroupLine.of(c.fingerprint()));
    }
  }
}
