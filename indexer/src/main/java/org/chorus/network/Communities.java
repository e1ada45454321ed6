package org.chorus.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The communities of a network: its connected components over every edge type and window,
 * largest first (then by first account). Components are exact and need no tuning; in a network
 * whose edges already passed coordination thresholds they are the groups an analyst reports.
 */
public final class Communities {
  private Communities() {}

  /** Each community's accounts, in node order; every node is in exactly one. */
  public static List<List<String>> of(Network network) {
    Map<String, Integer> index = new HashMap<>();
    List<Network.Node> nodes = network.nodes();
    for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i).account(), i);
    int[] parent = new int[nodes.size()];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    for (Network.Edge e : network.edges()) {
      Integer a = index.get(e.source()), b = index.get(e.target());
      if (a == null || b == null) continue;
      int ra = root(parent, a), rb = root(parent, b);
      if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
    Map<Integer, List<String>> byRoot = new HashMap<>();
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      List<String> members = byRoot.computeIfAbsent(root(parent, i), r -> {
        List<String> l = new ArrayList<>();
        out.add(l);
        return l;
      });
      members.add(nodes.get(i).account());
    }
    // Stable: equal sizes keep the order of their first node.
    out.sort(Comparator.comparingInt(l -> -l.size()));
    return out.stream().map(List::copyOf).toList();
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
