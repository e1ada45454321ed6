package org.chorus.app;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chorus.narratives.Prediction;

/** Counts posts per label while labelling, for the {@link LabelResult}. */
final class LabelTally {
  private final long start = System.nanoTime();
  private final Map<String, Long> perLabel = new TreeMap<>();
  private long posts;
  private long none;

  LabelTally(List<String> labels) {
    for (String l : labels) perLabel.put(l, 0L);
  }

  void add(Prediction p) {
    posts++;
    if (p.isNone()) none++;
    for (String l : p.labels()) perLabel.merge(l, 1L, Long::sum);
  }

  LabelResult result(long rejected, String output) {
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-9);
    return new LabelResult(posts, perLabel, none, rejected, Math.round(seconds * 1000) / 1000.0,
        Math.round(posts / seconds), output);
  }
}
