package org.chorus.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chorus.corpus.Post;
import org.chorus.index.IndexedPost;
import org.chorus.index.PostIndex;
import org.chorus.index.Schema;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Prediction;
import org.chorus.search.Breakdown;
import org.chorus.search.Count;
import org.chorus.search.Hit;
import org.chorus.search.PostFilter;
import org.chorus.search.PostSearcher;
import org.chorus.search.SearchRequest;
import org.chorus.search.TimeBucket;
import org.chorus.search.TimeCount;
import org.chorus.search.TimeHistogram;
import org.chorus.search.Timeline;

/** {@link Investigation#narratives}: from the index's labels, or a model's labels of a sample. */
final class NarrativeMixing {
  private NarrativeMixing() {}

  static NarrativeMix none() {
    return new NarrativeMix(NarrativeMix.Source.NONE, null,
        new Timeline(TimeBucket.DAY, 0, 0, List.of()), List.of(), Map.of(), Map.of());
  }

  static NarrativeMix fromIndex(PostSearcher searcher, NarrativesRequest request)
      throws IOException {
    Breakdown b = searcher.breakdown(request.filter(), request.bucket(), Schema.NARRATIVE);
    Map<String, List<Hit>> top = new LinkedHashMap<>();
    PostFilter filter = request.filter();
    boolean blank = filter.query().isBlank() || filter.query().strip().equals("*");
    for (Count c : b.values()) {
      // The filter's narratives are alternatives: narrowing to one outside them would widen it.
      if (request.top() == 0
          || !(filter.narratives().isEmpty() || filter.narratives().contains(c.value()))) {
        top.put(c.value(), List.of());
        continue;
      }
      SearchRequest search = SearchRequest.builder(filter).narratives(List.of(c.value()))
          .order(blank ? SearchRequest.Order.TIME_DESC : SearchRequest.Order.RELEVANCE)
          .size(request.top()).facets(false).build();
      top.put(c.value(), searcher.search(search).hits());
    }
    return new NarrativeMix(NarrativeMix.Source.INDEX, null, b.totals(), shares(b.values()),
        b.series(), top);
  }

  static NarrativeMix fromModel(PostIndex index, PostSearcher searcher, NarrativeModel model,
      NarrativesRequest request) throws IOException {
    int[] docs = searcher.top(request.filter(), SearchRequest.Order.TIME_DESC, request.sample());
    List<Post> posts = new ArrayList<>(docs.length);
    for (int doc : docs) {
      IndexedPost p = index.get(doc);
      posts.add(p.post());
    }
    List<Prediction> predictions = model.predictBatch(posts);
    Timeline totals = TimeHistogram.count(each -> {
      for (Post p : posts) if (p.dated()) each.accept(p.time().toEpochMilli());
    }, request.bucket(), posts.size());

    List<Count> counts = new ArrayList<>();
    Map<String, List<TimeCount>> series = new LinkedHashMap<>();
    Map<String, List<Hit>> top = new LinkedHashMap<>();
    List<String> labels = new ArrayList<>(model.labels());
    long[] perLabel = new long[labels.size()];
    for (Prediction p : predictions) {
      for (String l : p.labels()) {
        int at = labels.indexOf(l);
        if (at >= 0) perLabel[at]++;
      }
    }
    Integer[] order = new Integer[labels.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> -perLabel[i]));
    for (int i : order) {
      if (perLabel[i] == 0) continue;
      String label = labels.get(i);
      counts.add(new Count(label, perLabel[i]));
      long[] row = new long[totals.counts().size()];
      List<Integer> with = new ArrayList<>();
      for (int k = 0; k < posts.size(); k++) {
        if (!predictions.get(k).labels().contains(label)) continue;
        with.add(k);
        Post p = posts.get(k);
        int slot = p.dated() ? totals.slot(p.time().toEpochMilli()) : -1;
        if (slot >= 0) row[slot]++;
      }
      List<TimeCount> line = new ArrayList<>(row.length);
      for (int s = 0; s < row.length; s++) {
        line.add(new TimeCount(totals.counts().get(s).time(), row[s]));
      }
      series.put(label, line);
      with.sort(Comparator.comparingDouble((Integer k) -> -predictions.get(k).score(label)));
      int n = Math.min(request.top(), with.size());
      int[] best = new int[n];
      float[] scores = new float[n];
      for (int k = 0; k < n; k++) {
        best[k] = docs[with.get(k)];
        scores[k] = (float) predictions.get(with.get(k)).score(label);
      }
      top.put(label, searcher.hits(request.filter(), best, scores));
    }
    return new NarrativeMix(NarrativeMix.Source.MODEL, posts.size(), totals, shares(counts),
        series, top);
  }

  private static List<NarrativeMix.Share> shares(List<Count> counts) {
    long sum = counts.stream().mapToLong(Count::count).sum();
    List<NarrativeMix.Share> out = new ArrayList<>();
    for (Count c : counts) {
      out.add(new NarrativeMix.Share(c.value(), c.count(), sum == 0 ? 0 : (double) c.count() / sum));
    }
    return out;
  }
}
