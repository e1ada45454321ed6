package org.chorus.accounts;

import java.time.Instant;

/**
 * One account's attributes (from the users file, where there was one) and signals (from its
 * posts in the selection). Anything unknown is null: an index built without a users file has no
 * creation dates (except those a Twitter snowflake id carries) and no follower counts.
 *
 * @param posts the account's posts in the selection, dated or not
 * @param undated those of them without a time, left out of every time signal
 * @param first null when no post is dated, as is {@code last}
 * @param creation null when the creation date is unknown
 */
public record AccountFingerprint(
    String account,
    String displayName,
    ScreenName screenName,
    Long followers,
    Long following,
    long posts,
    long undated,
    Instant first,
    Instant last,
    Rhythm rhythm,
    Creation creation,
    Dormancy dormancy,
    LanguageHistory languages) {}
