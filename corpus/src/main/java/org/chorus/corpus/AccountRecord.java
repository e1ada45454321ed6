package org.chorus.corpus;

import java.time.Instant;
import java.util.Objects;

/**
 * What a users file says about one account (Twitter's information-operations releases ship one
 * beside the tweets): the account's own record, joined to posts by {@link Account#id()}. Every
 * attribute but the id may be unknown (null): hashed releases blank the names of small accounts.
 *
 * @param followers follower count when the archive was taken, or null
 * @param following following count, or null
 * @param created when the account was made, or null
 * @param language the interface language the account chose (not what it posts in), or null
 */
public record AccountRecord(
    String id,
    String displayName,
    String screenName,
    String reportedLocation,
    String description,
    String profileUrl,
    Long followers,
    Long following,
    Instant created,
    String language) {

  public AccountRecord {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) throw new IllegalArgumentException("account id is blank");
  }

  /** An account known by its id alone. */
  public static AccountRecord of(String id) {
    return new AccountRecord(id, null, null, null, null, null, null, null, null, null);
  }

  /** The account as posts name it. */
  public Account account() {
    return new Account(id, screenName);
  }
}
