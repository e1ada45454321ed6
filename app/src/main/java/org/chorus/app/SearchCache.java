package org.chorus.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chorus.search.SearchRequest;

/**
 * The last searches' results, by request. The index is a fixed snapshot while an
 * {@link Investigation} holds it open, so an identical request has an identical answer: the
 * page asks the same search again on Back, paging and every view that shows the current
 * filter. Bounded (least recently used goes first) and thread-safe; two identical requests at
 * once may both compute, which costs time but never a wrong answer.
 */
final class SearchCache {
  private final Map<SearchRequest, Investigation.Search> entries;

  SearchCache(int capacity) {
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<SearchRequest, Investigation.Search> e) {
        return size() > capacity;
      }
    };
  }

  synchronized Investigation.Search get(SearchRequest request) {
    return entries.get(request);
  }

  synchronized void put(Investigation.Search search) {
    entries.put(search.request(), search);
  }
}
