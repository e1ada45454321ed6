package org.chorus.app;

import java.util.List;
import org.chorus.accounts.AccountFingerprint;

/**
 * The accounts a request asked for, sorted, at most its limit.
 *
 * @param total accounts that matched, before the limit
 * @param records accounts the index keeps a users-file record of (0: indexed without one)
 * @param withCreationDate accounts of the whole dataset with a known creation date, which
 *     creation bursts are scored against
 */
public record AccountsResult(List<AccountFingerprint> accounts, int total, int records,
    int withCreationDate) {
  public AccountsResult {
    accounts = List.copyOf(accounts);
  }
}
