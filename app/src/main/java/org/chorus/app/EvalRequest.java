package org.chorus.app;

import java.nio.file.Path;

/** Score a narrative model on labelled datasets. */
public record EvalRequest(Path model, DatasetFiles data, Scoring scoring) {}
