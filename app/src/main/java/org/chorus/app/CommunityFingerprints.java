package org.chorus.app;

import java.util.List;
import java.util.Map;
import org.chorus.accounts.AccountFingerprint;
import org.chorus.accounts.GroupFingerprint;

/**
 * A network's communities (connected components, largest first, numbered from 1) with the
 * fingerprint of each and of each of their accounts.
 */
public record CommunityFingerprints(List<Community> communities,
    Map<String, AccountFingerprint> accounts) {
  public CommunityFingerprints {
    communities = List.copyOf(communities);
    accounts = Map.copyOf(accounts);
  }

  public record Community(int id, List<String> accounts, GroupFingerprint fingerprint) {
    public Community {
      accounts = List.copyOf(accounts);
    }
  }
}
