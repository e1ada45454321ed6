package org.chorus.search;

import java.util.List;

/** Counts over all the posts a search matched (not only the page shown), most frequent first. */
public record Facets(
    List<Count> accounts,
    List<Count> hashtags,
    List<Count> languages,
    List<Count> labels,
    List<Count> narratives,
    List<DayCount> perDay) {

  public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(),
      List.of(), List.of());
}
