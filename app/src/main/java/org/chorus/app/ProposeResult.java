package org.chorus.app;

import java.util.List;

/**
 * Proposals and the state they come from.
 *
 * @param narratives every label the labels file names, in order: what an answer may say
 * @param humanLabelled posts a person has decided about
 * @param seedLabelled posts only a seed query has guessed about
 * @param note why the proposals are a diverse random sample rather than uncertain posts, or null
 */
public record ProposeResult(List<Proposal> proposals, List<String> narratives,
    int humanLabelled, int seedLabelled, int scored, String note) {
  public ProposeResult {
    proposals = List.copyOf(proposals);
    narratives = List.copyOf(narratives);
  }
}
