package org.chorus.app;

import java.nio.file.Path;

/**
 * What reading labelled datasets gave: posts kept, posts left out for having no label, and
 * records rejected.
 *
 * @param rejectsFile where the rejected records are, or null when none was written
 */
public record ReadSummary(long labelled, long unlabelled, long rejected, Path rejectsFile) {}
