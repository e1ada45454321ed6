package org.chorus.accounts;

/**
 * The signals of a group of accounts (a copy cluster, a network community), over all posts of
 * its accounts in the selection: their joint weekly rhythm, their creation burst, and how many
 * of them show each account-level signal.
 *
 * @param creation null when no account of the group has a known creation date
 * @param reactivated accounts {@link Dormancy#reactivated() reactivated} after a silence
 * @param languageSwitchers accounts whose dominant language changed at least once
 * @param digitNames accounts whose screen name ends in a run of digits, of {@code named}
 * @param named accounts with a known screen name
 * @param medianFollowers null when no account's count is known, as {@code medianFollowing}
 */
public record GroupFingerprint(
    int accounts,
    long posts,
    long undated,
    Rhythm rhythm,
    GroupCreation creation,
    int reactivated,
    int languageSwitchers,
    int digitNames,
    int named,
    Long medianFollowers,
    Long medianFollowing) {}
