package org.chorus.app;

import java.nio.file.Path;

/**
 * Compare two narrative models on the same labelled posts: B's macro-F1 minus A's, with a
 * paired bootstrap (both scored on the same resamples). The scoring's slices do not apply.
 */
public record CompareRequest(Path a, Path b, DatasetFiles data, Scoring scoring) {}
