package org.chorus.app;

import java.time.ZoneOffset;
import java.util.Objects;

/**
 * One account's profile, its hours of the week counted at a UTC offset (the analyst's guess of
 * where its operators sit).
 */
public record AccountRequest(String account, ZoneOffset offset) {
  public AccountRequest {
    if (account == null || account.isBlank()) {
      throw new IllegalArgumentException("account must be given");
    }
    Objects.requireNonNull(offset, "offset");
  }

  public static AccountRequest utc(String account) {
    return new AccountRequest(account, ZoneOffset.UTC);
  }
}
