package org.chorus.search;

import java.time.Instant;

/** How many posts fall in the time bucket starting at {@code time}. */
public record TimeCount(Instant time, long count) {}
