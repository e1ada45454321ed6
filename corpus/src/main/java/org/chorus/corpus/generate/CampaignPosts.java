package org.chorus.corpus.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a campaign plan into posts: a seed text, then one copy per account, each with its own
 * edits, all within the campaign's few minutes and front-loaded like a scheduled burst.
 * Accounts come mostly from one creation batch, topped up from others.
 */
final class CampaignPosts {
  private final AccountPopulation population;
  private final PostComposer composer;

  CampaignPosts(AccountPopulation population, PostComposer composer) {
    this.population = population;
    this.composer = composer;
  }

  List<Pending> posts(CampaignPlan plan, Rng rng) {
    Instant start = Timeline.hourStart(plan.hour()).plusSeconds(plan.startMinute() * 60L);
    LocalDate day = Timeline.day(plan.hour() / 24);
    String mention = rng.chance(0.2) ? population.pickLoud(rng).account().displayName() : null;
    Draft seed = composer.campaignSeed(plan.narrative(), plan.lang(), day, rng, mention);
    CopyVariation variation = new CopyVariation(composer.tags(plan.narrative(), plan.lang()),
        composer.emoji(plan.narrative()), composer.synonyms(plan.lang()), plan.lang());
    List<Member> accounts = accounts(plan.size(), rng);
    List<Pending> out = new ArrayList<>(accounts.size());
    int span = plan.minutes() * 60;
    for (int i = 0; i < accounts.size(); i++) {
      Instant time = start.plusSeconds((long) (span * Math.pow(rng.nextDouble(), 1.4)));
      String text = i == 0 ? seed.text()
          : variation.vary(seed.text(), rng, population.pickLoud(rng).account().displayName());
      Draft draft = new Draft(text, seed.lang(), seed.labels());
      out.add(new Pending(time, accounts.get(i), draft, null, null, plan, seed.text()));
    }
    return out;
  }

  private List<Member> accounts(int size, Rng rng) {
    List<Member> bots = population.bots();
    List<Member> batch = new ArrayList<>(rng.pick(population.batches()));
    for (int i = batch.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      Member t = batch.get(i);
      batch.set(i, batch.get(j));
      batch.set(j, t);
    }
    Set<Integer> chosen = new HashSet<>();
    List<Member> out = new ArrayList<>(size);
    int fromBatch = 0;
    while (out.size() < size) {
      Member m = fromBatch < batch.size() && rng.chance(0.8) ? batch.get(fromBatch++)
          : rng.pick(bots);
      if (chosen.add(m.index())) out.add(m);
    }
    return out;
  }
}
