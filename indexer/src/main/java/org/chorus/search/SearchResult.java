package org.chorus.search;

import java.util.List;

/** The page of hits a search asked for, the exact number of matches, and facets if asked. */
public record SearchResult(long total, List<Hit> hits, Facets facets, double millis) {}
