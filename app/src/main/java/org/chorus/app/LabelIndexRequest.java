package org.chorus.app;

import java.nio.file.Path;
import org.chorus.search.PostFilter;

/**
 * Label the posts of an index that a filter selects ({@link PostFilter#ALL}: every post) with
 * a narrative model, setting their narrative field in place.
 *
 * @param threads worker threads; 0 for one per core
 */
public record LabelIndexRequest(Path model, Path index, PostFilter filter, int threads) {}
