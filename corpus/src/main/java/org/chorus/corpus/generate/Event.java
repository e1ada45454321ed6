package org.chorus.corpus.generate;

import java.time.LocalDate;

/**
 * A day the protests made news. {@code weight} multiplies that day's post volume; {@code id}
 * names the event's phrase section ({@code @event.ID}) in the phrase banks.
 */
record Event(LocalDate date, String id, double weight) {}
