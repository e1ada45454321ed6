package org.chorus.corpus.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Decides the campaigns up front: a share of all posts, split into campaigns of 10 to 200
 * accounts (many small, a few large), each a burst of a few minutes, placed on busy days and
 * mostly in Beijing office hours (a known tell of state-run operations).
 */
final class CampaignPlanner {
  static final int MIN_SIZE = 10;
  static final int MAX_SIZE = 200;

  // PV, FI, SP, SE, PS, NN: campaigns push the state narratives; a few push the other side.
  private static final double[] NARRATIVES = {0.3, 0.28, 0.2, 0.17, 0.05, 0.0};

  private CampaignPlanner() {}

  /** The campaigns for a corpus, sorted by start; their sizes sum to at most {@code budget}. */
  static List<CampaignPlan> plan(long budget, int availableAccounts, Rng rng) {
    int maxSize = Math.min(MAX_SIZE, availableAccounts);
    List<CampaignPlan> plans = new ArrayList<>();
    if (maxSize < MIN_SIZE) return plans;
    double[] hourCumulative = cumulativeHourWeights();
    long used = 0;
    while (budget - used >= MIN_SIZE) {
      // log-uniform skewed to small: 10 * 20^(u^1.6)
      int size = (int) Math.round(MIN_SIZE * Math.pow((double) maxSize / MIN_SIZE,
          Math.pow(rng.nextDouble(), 1.6)));
      size = (int) Math.min(size, budget - used);
      if (size < MIN_SIZE) break;
      Narrative narrative = Narrative.values()[rng.weighted(NARRATIVES)];
      Lang lang = narrative == Narrative.PROTEST_SUPPORT
          ? (rng.chance(0.5) ? Lang.EN : Lang.ZH_HANT)
          : Lang.values()[rng.weighted(new double[] {0.38, 0.06, 0.56, 0.0})];
      int minutes = Math.min(30, rng.between(2, 6 + size / 12));
      int hour = pickHour(hourCumulative, rng);
      int startMinute = rng.nextInt(60 - minutes);
      plans.add(new CampaignPlan(0, hour, startMinute, minutes, size, narrative, lang));
      used += size;
    }
    plans.sort(Comparator.comparingInt(CampaignPlan::hour)
        .thenComparingInt(CampaignPlan::startMinute));
    List<CampaignPlan> numbered = new ArrayList<>(plans.size());
    for (int i = 0; i < plans.size(); i++) {
      CampaignPlan p = plans.get(i);
      numbered.add(new CampaignPlan(i, p.hour(), p.startMinute(), p.minutes(), p.size(),
          p.narrative(), p.lang()));
    }
    return numbered;
  }

  private static double[] cumulativeHourWeights() {
    double[] c = new double[Timeline.HOURS];
    double sum = 0;
    for (int h = 0; h < Timeline.HOURS; h++) {
      int beijingHour = (h % 24 + 8) % 24;
      double office = beijingHour >= 9 && beijingHour < 18 ? 1.0
          : beijingHour >= 18 && beijingHour < 23 ? 0.35 : 0.05;
      sum += Timeline.dayWeight(h / 24) * office;
      c[h] = sum;
    }
    return c;
  }

  private static int pickHour(double[] cumulative, Rng rng) {
    double r = rng.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, r);
    return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
  }
}
