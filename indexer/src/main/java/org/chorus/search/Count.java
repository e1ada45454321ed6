package org.chorus.search;

/** How many matching posts have one value of a facet. */
public record Count(String value, long count) {}
