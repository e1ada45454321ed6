package org.chorus.search;

import java.time.LocalDate;

/** How many matching posts were published on one UTC day. */
public record DayCount(LocalDate day, long count) {}
