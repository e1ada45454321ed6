package org.chorus.accounts;

import java.time.Instant;

/**
 * The longest silence between two posts of an account and what followed it. An account is
 * {@code reactivated} when the silence lasted at least {@link Fingerprints#DORMANT_DAYS} days
 * and at least {@link Fingerprints#BURST_POSTS} posts followed within
 * {@link Fingerprints#BURST_DAYS} days of its end: a dormant account put (back) to use.
 *
 * @param silenceDays the longest gap between consecutive dated posts, in whole days
 * @param resumed the first post after that gap; null with fewer than two dated posts
 * @param postsAfter posts within {@link Fingerprints#BURST_DAYS} days from {@code resumed} on
 */
public record Dormancy(long silenceDays, Instant resumed, int postsAfter, boolean reactivated) {}
