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
      int evidenceCount, List<Evidence> evidence) {
    public Edge {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * Why an edge exists: two posts, one per account, their time gap and similarity (1 for
   * retweets of the same post and shared links); {@code shared} names the cluster, the
   * retweeted post or the URL.
   */
  public record Evidence(String shared, String sourcePost, String targetPost, long gapSeconds,
      double similarity) {}
}
