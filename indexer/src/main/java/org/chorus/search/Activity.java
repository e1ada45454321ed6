package org.chorus.search;

import java.time.Instant;

/**
 * What a set of posts looks like over time and facets: an account's profile, when the filter
 * names one account.
 *
 * @param first null when there are no posts, as is {@code last}
 */
public record Activity(long posts, Instant first, Instant last, Facets facets,
    WeekHours weekHours) {}
