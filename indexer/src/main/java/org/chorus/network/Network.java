package org.chorus.network;

import java.time.Duration;
import java.util.List;

/**
 * A coordination network: accounts joined by posting the same thing within a time window. Edge
 * types: {@code copy} (near-duplicate texts in one cluster), {@code co-retweet} (retweets of the
 * same post), {@code co-link} (the same URL). Every edge keeps its evidence.
 */
public record Network(List<Node> nodes, List<Edge> edges) {
  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** An account: its posts in the selection and the copy clusters it took part in. */
  public record Node(String account, int posts, int clusters) {}

  /**
   * Two accounts linked by one kind of coordination in one window. {@code weight} is the number
   * of shared clusters (copy) or shared retweeted posts / URLs; {@code evidence} holds up to
   * {@link CoordinationNetwork#EVIDENCE_PER_EDGE} examples of the {@code evidenceCount}.
   */
  public record Edge(String source, String target, String type, Duration window, int weight,
      int evidenceCount, List<Evidence> evidence, Significance significance) {
    public Edge {
      evidence = List.copyOf(evidence);
    }

    /** The edge as it is, without a significance (none was computed). */
    public Edge(String source, String target, String type, Duration window, int weight,
        int evidenceCount, List<Evidence> evidence) {
      this(source, target, type, window, weight, evidenceCount, evidence, null);
    }
  }

  /**
   * How an edge compares with chance ({@link NullModel}): {@code observed} shared items on which
   * the two accounts posted within the window of each other, {@code expected} the mean of that
   * count over {@code runs} circular time shifts (sd {@code sd}), {@code z} = (observed -
   * expected) / max(sd, 1), and {@code p} = (1 + shifts counting at least as many) / (runs + 1).
   * Null on an edge without a window: shifts change nothing there.
   */
  public record Significance(int observed, double expected, double sd, double z, double p,
      int runs) {}

  /** The edges {@code keep} accepts, with the accounts they still link. */
  public Network filter(java.util.function.Predicate<Edge> keep) {
    List<Edge> kept = edges.stream().filter(keep).toList();
    java.util.Set<String> linked = new java.util.HashSet<>();
    for (Edge e : kept) {
      linked.add(e.source());
      linked.add(e.target());
    }
    return new Network(nodes.stream().filter(n -> linked.contains(n.account())).toList(), kept);
  }

  /**
   * Why an edge exists: two posts, one per account, their time gap and similarity (1 for
   * retweets of the same post and shared links); {@code shared} names the cluster, the
   * retweeted post or the URL.
   */
  public record Evidence(String shared, String sourcePost, String targetPost, long gapSeconds,
      double similarity) {}
}
