package org.chorus.app;

import java.nio.file.Path;

/**
 * Label the posts of datasets with a narrative model, streamed in input order to a JSON Lines
 * file of {@link PostLabels}.
 *
 * @param threads worker threads; 0 for one per core
 */
public record LabelRequest(Path model, DatasetFiles data, Path output, int threads) {}
