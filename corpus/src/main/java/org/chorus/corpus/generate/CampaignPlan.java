package org.chorus.corpus.generate;

/**
 * One campaign as planned before generation: when it starts (hour index and minute within the
 * hour), how long its burst lasts, how many accounts post, what it pushes and in which script.
 */
record CampaignPlan(int index, int hour, int startMinute, int minutes, int size,
    Narrative narrative, Lang lang) {

  String id() {
    return String.format("c%04d", index + 1);
  }
}
