package org.chorus.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.accounts.GroupFingerprint;
import java.util.concurrent.Callable;
import org.chorus.app.DupesRequest;
import org.chorus.app.Investigation;
import org.chorus.app.TimeWindows;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.SharedSpan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus dupes}: copy-paste messaging across accounts, as clusters with evidence. */
@Command(name = "dupes", mixinStandardHelpOptions = true,
    description = "Find near-duplicate clusters: the same message posted by several accounts,"
        + " each copy verified against the cluster's representative (no chaining). Sorted by"
        + " distinct accounts.")
public final class DupesCommand implements Callable<Integer> {
  @Mixin CopyOptions near;
  @Mixin JsonOption json;
  @Mixin QuietOption quiet;

  @Option(names = "--window", defaultValue = "none", paramLabel = "DURATION",
      description = "Copies count only within this time of the cluster's first post, e.g. 10m,"
          + " 1h (inclusive; default: ${DEFAULT-VALUE}).")
  String window;

  @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
      description = "Clusters shown in the table (default: ${DEFAULT-VALUE}; --json prints all).")
  int limit;

  @Option(names = "--members", description = "List each cluster's posts under it in the table.")
  boolean members;

  @Option(names = "--no-fingerprints", negatable = true, defaultValue = "true",
      description = "Each cluster's account fingerprint: working-week share and UTC offset,"
          + " creation burst, reactivated accounts, language switches, digit names (default: on).")
  boolean fingerprints = true;

  @Override
  public Integer call() throws IOException {
    DupesRequest request = Requests.check(() -> new DupesRequest(near.selection.filter(),
        near.copies(), TimeWindows.parse(window)));
    Investigation.Dupes found;
    Map<Integer, GroupFingerprint> prints = Map.of();
    try (Investigation investigation = Requests.open(near.index);
        ConsoleProgress progress = quiet.progress("dupes", -1)) {
      found = investigation.dupes(request, progress);
      if (fingerprints) {
        List<Cluster> wanted = json.json ? found.clusters()
            : found.clusters().subList(0, Math.min(limit, found.clusters().size()));
        prints = investigation.accounts().clusters(wanted, request.filter());
      }
    }
    if (found.fingerprintsMissing()) {
      System.err.println("chorus: the index has no near-duplicate fingerprints (built by an"
          + " older chorus?): index the data again");
    }
    PrintStream out = System.out;
    List<Cluster> clusters = found.clusters();
    if (json.json) {
      for (Cluster c : clusters) JsonLines.print(out, ClusterLine.of(c, prints.get(c.id())));
      return ExitCode.OK;
    }
    Table table = fingerprints
        ? new Table("cluster", "accounts", "posts", "first", "span", "text", "accounts' fingerprint")
        : new Table("cluster", "accounts", "posts", "first", "span", "text");
    table.alignRight(0, 1, 2);
    for (Cluster c : clusters.subList(0, Math.min(limit, clusters.size()))) {
      GroupFingerprint g = prints.get(c.id());
      if (fingerprints) {
        table.row(c.id(), c.accounts(), c.size(), c.first(), span(c.span()), c.representative(),
            g == null ? "" : FingerprintLines.compact(g));
      } else {
        table.row(c.id(), c.accounts(), c.size(), c.first(), span(c.span()), c.representative());
      }
      if (members) {
        var evidence = c.evidence();
        for (Cluster.Member m : c.members()) {
          Object[] cells = {"", "", "", m.time(), String.format(Locale.ROOT, "%.2f",
              m.similarity()), "  post " + m.postId() + " by " + m.account() + evidence(m, evidence.apply(m)), ""};
          table.row(fingerprints ? cells : java.util.Arrays.copyOf(cells, 6));
        }
      }
    }
    table.print(out);
    out.printf(Locale.ROOT, "%,d clusters (%s shown) from %,d posts; %s >= %.2f, window %s,"
            + " retweets %s; %s%,d verified pairs%n",
        clusters.size(), Math.min(limit, clusters.size()), found.stats().posts(),
        request.copies().similarity().label(), request.copies().threshold(),
        TimeWindows.format(request.window()),
        request.copies().retweets().name().toLowerCase(Locale.ROOT),
        found.stats().candidatePairs() < 0 ? ""
            : String.format(Locale.ROOT, "%,d candidate pairs, ", found.stats().candidatePairs()),
        found.stats().verifiedPairs());
    if (found.undatedOutsideWindow() > 0) {
      out.printf(Locale.ROOT, "%,d posts without a time were left out: a time window cannot"
          + " hold them%n", found.undatedOutsideWindow());
    }
    return ExitCode.OK;
  }

  /**
   * The member's containment and Jaccard to the representative and its text with the run it
   * shares with the representative in [brackets], from a few characters before the run (the
   * table cuts long cells at their end, and the run is what a reader checks).
   */
  static String evidence(Cluster.Member m, SharedSpan span) {
    if (m.sameWords()) return " (same words)";
    if (span == null || m.text() == null) return "";
    String t = m.text();
    int s = span.start(), e = span.end();
    String marked = s < 0 ? t : t.substring(0, s) + "[" + t.substring(s, e) + "]" + t.substring(e);
    int from = Math.max(0, s - 12);
    if (from > 0 && Character.isLowSurrogate(marked.charAt(from))) from--; // not half an emoji
    if (from > 0) marked = "…" + marked.substring(from);
    return String.format(Locale.ROOT, " (containment %.2f, jaccard %.2f): %s",
        span.containment(), span.jaccard(), marked.replaceAll("\\s+", " "));
  }

  static String span(Duration d) {
    long s = d.getSeconds();
    if (s < 60) return s + "s";
    if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    if (s < 86400) return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
    return String.format(Locale.ROOT, "%dd%02dh", s / 86400, (s % 86400) / 3600);
  }

  /** One cluster as a JSON line, with all its members. */
  record ClusterLine(int cluster, int size, int accounts, Instant first, Instant last,
      @JsonProperty("span_seconds") long spanSeconds,
      @JsonProperty("representative_id") String representativeId, String representative,
      List<MemberLine> members, FingerprintLines.GroupLine fingerprint) {
    static ClusterLine of(Cluster c, GroupFingerprint g) {
      var evidence = c.evidence();
      return new ClusterLine(c.id(), c.size(), c.accounts(), c.first(), c.last(),
          c.span().getSeconds(), c.representativeId(), c.representative(),
          c.members().stream().map(m -> MemberLine.of(m, evidence.apply(m))).toList(),
          g == null ? null : FingerprintLines.GroupLine.of(g));
    }
  }

  /**
   * A member with its evidence: containment and Jaccard to the representative, and the run of
   * words it shares with it ({@code shared}, at chars [shared_start, shared_end) of its text).
   * A member with the representative's words (links, mentions, case, punctuation aside) has
   * {@code same_words} instead, and no text.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MemberLine(String id, String account, Instant time, double similarity,
      @JsonProperty("same_words") Boolean sameWords, Double containment, Double jaccard,
      String text, String shared, @JsonProperty("shared_start") Integer sharedStart,
      @JsonProperty("shared_end") Integer sharedEnd) {
    static MemberLine of(Cluster.Member m, SharedSpan s) {
      double similarity = JsonLines.round(m.similarity(), 3);
      if (m.sameWords()) {
        return new MemberLine(m.postId(), m.account(), m.time(), similarity, true, null, null,
            null, null, null, null);
      }
      boolean span = s != null && s.start() >= 0;
      return new MemberLine(m.postId(), m.account(), m.time(), similarity, null,
          s == null ? null : JsonLines.round(s.containment(), 3),
          s == null ? null : JsonLines.round(s.jaccard(), 3), m.text(), s == null ? null : s.in(m.text()),
          span ? s.start() : null, span ? s.end() : null);
    }
  }
}
