package org.chorus.dupes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns leader clusters into reported clusters. With a window, a cluster's posts (time order)
 * are cut into bursts: a burst starts at its first post and takes every later post at most
 * {@code window} after that first post (inclusive: exactly one window apart still counts); the
 * next post starts a new burst. So all posts of a burst are within the window of each other,
 * and time gaps cannot chain either. Bursts with fewer than {@code minAccounts} distinct
 * accounts, or a single post, are dropped.
 */
final class Bursts {
  private Bursts() {}

  static List<DuplicateFinder.RawCluster> split(PostColumns cols, ExactGroups groups,
      LeaderClustering clustering, DuplicateFinder.Options options) {
    int count = groups.count();
    // Group ids by leader: leaders' member groups are contiguous after this sort.
    long[] byLeader = new long[count];
    int m = 0;
    for (int g = 0; g < count; g++) {
      int leader = clustering.leaderOf[g];
      if (leader >= 0) {
        byLeader[m++] = ((long) leader << 32) | g;
      }
    }
    Arrays.sort(byLeader, 0, m);
    long window = options.window() == null ? Long.MAX_VALUE : options.window().toMillis();
    int[] seenStamp = new int[Math.max(1, cols.accountNames.size())];
    int stamp = 0;
    List<DuplicateFinder.RawCluster> out = new ArrayList<>();
    int[] posts = new int[16];
    double[] postSim = new double[16];
    for (int a = 0; a < m; ) {
      int leader = (int) (byLeader[a] >>> 32);
      int b = a;
      int n = 0;
      while (b < m && (int) (byLeader[b] >>> 32) == leader) {
        int g = (int) byLeader[b];
        int size = groups.size(g);
        if (n + size > posts.length) {
          posts = Arrays.copyOf(posts, Math.max(n + size, posts.length * 2));
          postSim = Arrays.copyOf(postSim, posts.length);
        }
        for (int k = groups.start[g]; k < groups.start[g + 1]; k++) {
          posts[n] = groups.members[k];
          postSim[n++] = g == leader ? 1.0 : clustering.similarity[g];
        }
        b++;
      }
      a = b;
      if (n < 2) continue;
      final int[] p = posts;
      int[] order = sortByTime(p, n, cols.time);
      int first = 0;
      // Undated posts sort first; a time window cannot hold them, so they start no burst.
      if (window != Long.MAX_VALUE) {
        while (first < n && cols.time[p[order[first]]] == PostColumns.UNDATED) first++;
      }
      for (int s = first; s < n; ) {
        long t0 = cols.time[p[order[s]]];
        int e = s;
        while (e < n && (window == Long.MAX_VALUE || cols.time[p[order[e]]] - t0 <= window)) e++;
        stamp++;
        int accounts = 0;
        for (int k = s; k < e; k++) {
          int acc = cols.account[p[order[k]]];
          if (acc >= 0 && seenStamp[acc] != stamp) {
            seenStamp[acc] = stamp;
            accounts++;
          }
        }
        if (e - s >= 2 && accounts >= options.minAccounts()) {
          int len = e - s;
          int[] docs = new int[len];
          String[] names = new String[len];
          long[] times = new long[len];
          double[] sim = new double[len];
          // The representative: the burst's earliest post of the leader's text, else (a burst
          // of variants only) the leader's earliest post, whose text the similarities refer to.
          int repDoc = cols.doc[groups.representative(leader)];
          for (int k = len - 1; k >= 0; k--) {
            int post = p[order[s + k]];
            if (groups.groupOf[post] == leader) repDoc = cols.doc[post];
          }
          for (int k = 0; k < len; k++) {
            int o = order[s + k];
            int post = p[o];
            docs[k] = cols.doc[post];
            int acc = cols.account[post];
            names[k] = acc >= 0 ? cols.accountNames.get(acc) : "";
            times[k] = cols.time[post];
            sim[k] = postSim[o];
          }
          out.add(new DuplicateFinder.RawCluster(repDoc, accounts, docs, names, times,
              sim));
        }
        s = e;
      }
    }
    out.sort(DuplicateFinder.RawCluster.ORDER);
    return out;
  }

  private static int[] sortByTime(int[] posts, int n, long[] time) {
    Integer[] idx = new Integer[n];
    for (int k = 0; k < n; k++) idx[k] = k;
    Arrays.sort(idx, (x, y) -> {
      int c = Long.compare(time[posts[x]], time[posts[y]]);
      return c != 0 ? c : Integer.compare(posts[x], posts[y]);
    });
    int[] out = new int[n];
    for (int k = 0; k < n; k++) out[k] = idx[k];
    return out;
  }
}
