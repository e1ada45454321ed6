package org.chorus.search;

import java.time.Instant;
import java.util.List;

/**
 * One matching post. {@code score} is NaN when results are sorted by time. {@code snippet} is
 * the text with matched words between {@code **}; the text itself is in {@code text}.
 */
public record Hit(
    int docId,
    String id,
    String account,
    String screenName,
    Instant time,
    String lang,
    float score,
    String snippet,
    String text,
    List<String> labels,
    List<String> narratives) {}
