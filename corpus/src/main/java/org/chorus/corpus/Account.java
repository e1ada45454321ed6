package org.chorus.corpus;

import java.util.Objects;

/**
 * The account that published a post. Archives hash the ids of small accounts, so {@code id} is
 * whatever the source gives (numeric id, hash or handle) and {@code screenName} may be null.
 */
public record Account(String id, String screenName) {

  public Account {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) throw new IllegalArgumentException("account id is blank");
  }

  public static Account of(String id) {
    return new Account(id, null);
  }

  /** The screen name where known, else the id: what a person wants to read. */
  public String displayName() {
    return screenName != null && !screenName.isEmpty() ? screenName : id;
  }
}
