/**
 * Accounts as evidence: the account records a users file gives ({@link
 * org.chorus.accounts.AccountStore}, kept beside the index) and the fingerprints computed from
 * them and from the accounts' posts ({@link org.chorus.accounts.Fingerprints}): when in the week
 * an account posts and the UTC offset that best fits a working week, creation-date bursts, a
 * long silence then a burst, language switches, screen names ending in a run of digits. Each
 * signal is an immutable record; a group (a copy cluster, a network community) gets the same
 * signals summed over its accounts ({@link org.chorus.accounts.GroupFingerprint}).
 */
package org.chorus.accounts;
