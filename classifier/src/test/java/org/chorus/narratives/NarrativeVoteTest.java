package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NarrativeVoteTest {
  private final Map<String, List<String>> labels = Map.of(
      "1", List.of("support_police"),
      "2", List.of("support_police", "protesters_violent"),
      "3", List.of("protesters_violent"),
      "4", List.of(),
      "5", List.of("foreign_interference"));

  @Test
  void majorityOfLabelledPostsWins() {
    assertEquals(Optional.of("support_police"),
        NarrativeVote.majority(List.of("1", "2", "4", "5"), labels::get));
  }

  @Test
  void tiesGoToTheFirstNameWhateverTheOrder() {
    assertEquals(Optional.of("protesters_violent"),
        NarrativeVote.majority(List.of("1", "3"), labels::get));
    assertEquals(Optional.of("protesters_violent"),
        NarrativeVote.majority(List.of("3", "1"), labels::get));
  }

  @Test
  void unlabelledOrUnknownPostsGiveNoNarrative() {
    assertEquals(Optional.empty(), NarrativeVote.majority(List.of("4", "unknown"), labels::get));
  }
}
