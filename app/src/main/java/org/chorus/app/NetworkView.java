package org.chorus.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chorus.network.Network;

/**
 * As much of a coordination network as a page can draw: the edges of the chosen types, and of
 * their accounts the {@code maxNodes} with the highest weighted degree, with the edges among
 * them. A force layout of thousands of nodes is unreadable and slow; the export has the rest.
 *
 * @param totalNodes accounts with at least one edge of the chosen types
 * @param totalEdges edges of the chosen types
 * @param capped whether nodes were left out
 */
public record NetworkView(int totalNodes, int totalEdges, boolean capped, List<Node> nodes,
    List<Network.Edge> edges) {
  /** The edge types a network has, as {@link Network.Edge#type()} names them. */
  public static final List<String> TYPES = List.of("copy", "co-retweet", "co-link");

  public NetworkView {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * An account with its figures over the edges of the chosen types (all of them, not just the
   * shown ones): {@code degree} accounts linked to it, {@code weight} the sum of their edges'
   * weights.
   */
  public record Node(String account, String name, int posts, int clusters, int degree,
      long weight) {}

  /**
   * @throws IllegalArgumentException naming {@code types} when one is not an edge type, or
   *     {@code maxNodes} when it is below 1
   */
  static NetworkView of(Network network, Set<String> types, int maxNodes,
      Function<String, String> names) {
    for (String t : types) {
      if (!TYPES.contains(t)) {
        throw new IllegalArgumentException("types must be among " + String.join(", ", TYPES)
            + ", not '" + t + "'");
      }
    }
    if (maxNodes < 1) throw new IllegalArgumentException("maxNodes must be at least 1");
    List<Network.Edge> edges = new ArrayList<>();
    Map<String, Set<String>> neighbours = new HashMap<>();
    Map<String, Long> weight = new HashMap<>();
    for (Network.Edge e : network.edges()) {
      if (!types.contains(e.type())) continue;
      edges.add(e);
      neighbours.computeIfAbsent(e.source(), k -> new HashSet<>()).add(e.target());
      neighbours.computeIfAbsent(e.target(), k -> new HashSet<>()).add(e.source());
      weight.merge(e.source(), (long) e.weight(), Long::sum);
      weight.merge(e.target(), (long) e.weight(), Long::sum);
    }
    List<Network.Node> linked = new ArrayList<>();
    for (Network.Node n : network.nodes()) {
      if (weight.containsKey(n.account())) linked.add(n);
    }
    linked.sort(Comparator.comparingLong((Network.Node n) -> weight.get(n.account())).reversed()
        .thenComparing(Network.Node::account));
    List<Network.Node> kept = linked.subList(0, Math.min(maxNodes, linked.size()));
    Set<String> shown = new HashSet<>();
    List<Node> nodes = new ArrayList<>(kept.size());
    for (Network.Node n : kept) {
      shown.add(n.account());
      nodes.add(new Node(n.account(), names.apply(n.account()), n.posts(), n.clusters(),
          neighbours.get(n.account()).size(), weight.get(n.account())));
    }
    List<Network.Edge> shownEdges = new ArrayList<>();
    for (Network.Edge e : edges) {
      if (shown.contains(e.source()) && shown.contains(e.target())) shownEdges.add(e);
    }
    return new NetworkView(linked.size(), edges.size(), kept.size() < linked.size(), nodes,
        shownEdges);
  }
}
