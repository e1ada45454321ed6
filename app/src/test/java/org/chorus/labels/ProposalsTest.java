package org.chorus.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.chorus.fingerprint.Fingerprint;
import org.junit.jupiter.api.Test;

class ProposalsTest {
  private static Proposals.Candidate c(int item, double u, String text) {
    return new Proposals.Candidate(item, u, Fingerprint.of(text));
  }

  @Test
  void mostUncertainFirstButOneOfEachNearDuplicateGroup() {
    String campaign = "The rioters smashed the station again tonight, shame on them all #HK";
    List<Proposals.Candidate> cs = List.of(
        c(0, 0.99, campaign),
        c(1, 0.98, campaign + " !!"),
        c(2, 0.97, "THE RIOTERS SMASHED THE STATION AGAIN TONIGHT, shame on them all #hk"),
        c(3, 0.50, "Police officers kept order in Mong Kok while shops stayed open"),
        c(4, 0.90, "Foreign hands are behind the unrest, say officials in Beijing today"),
        c(5, 0.10, "Weather is sunny and markets rose a little in the afternoon session"));
    assertEquals(List.of(0, 4, 3), Proposals.pick(cs, 3, List.of(), Proposals.NEAR_DUPLICATE));
    assertEquals(List.of(4, 3, 5), Proposals.pick(cs, 3, List.of(Fingerprint.of(campaign)),
        Proposals.NEAR_DUPLICATE), "copies of a labelled text are not asked again");
  }
}
