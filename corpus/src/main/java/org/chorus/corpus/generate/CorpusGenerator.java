package org.chorus.corpus.generate;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.chorus.corpus.Post;

/**
 * Generates the labelled corpus hour by hour through June to September 2019: organic posts in
 * proportion to the timeline's volume, plus the planned campaigns that start in that hour.
 * Each hour is sorted by time, given ids and handed to the sink, so memory holds one hour of
 * posts whatever the corpus size, and the output is a pure function of the settings.
 */
public final class CorpusGenerator {
  private final GeneratorSettings settings;
  private final PhraseBank bank = PhraseBank.load();

  public CorpusGenerator(GeneratorSettings settings) {
    this.settings = settings;
  }

  /** @param progress receives the number of posts written since the last call */
  public GenerationSummary generate(CorpusSink sink, LongConsumer progress) throws IOException {
    long started = System.nanoTime();
    Rng root = new Rng(settings.seed());
    AccountPopulation population = AccountPopulation.build(settings.accountCount(), root.fork(1));
    long budget = settings.posts() >= 100 ? Math.round(settings.posts() * settings.campaignShare()) : 0;
    List<CampaignPlan> plans = CampaignPlanner.plan(budget, population.bots().size(), root.fork(2));
    long campaignPosts = plans.stream().mapToLong(CampaignPlan::size).sum();
    long organic = settings.posts() - campaignPosts;

    PostComposer composer = new PostComposer(bank);
    RecentPosts recent = new RecentPosts();
    OrganicPosts organicPosts = new OrganicPosts(population, composer, recent);
    CampaignPosts campaigns = new CampaignPosts(population, composer);
    Tally tally = new Tally(population.size());
    Snowflake ids = new Snowflake();
    Rng rng = root.fork(3);
    Rng campaignRng = root.fork(4);

    double[] cumulative = new double[Timeline.HOURS];
    double total = 0;
    for (int h = 0; h < Timeline.HOURS; h++) cumulative[h] = total += Timeline.hourWeight(h);

    long organicSoFar = 0;
    int nextPlan = 0;
    for (int hour = 0; hour < Timeline.HOURS; hour++) {
      long target = Math.round(organic * cumulative[hour] / total);
      long quota = target - organicSoFar;
      organicSoFar = target;
      Instant start = Timeline.hourStart(hour);
      List<Pending> pending = new ArrayList<>((int) quota + 16);
      for (long i = 0; i < quota; i++) {
        Instant time = start.plusSeconds(rng.nextInt(3600));
        pending.add(organicPosts.next(time, Timeline.day(hour / 24), rng));
      }
      List<CampaignPlan> startingNow = new ArrayList<>();
      while (nextPlan < plans.size() && plans.get(nextPlan).hour() == hour) {
        CampaignPlan plan = plans.get(nextPlan++);
        startingNow.add(plan);
        pending.addAll(campaigns.posts(plan, campaignRng));
      }
      publish(pending, startingNow, ids, sink, recent, tally, rng);
      progress.accept(pending.size());
    }
    return tally.summary(population.size(), plans.size(), (System.nanoTime() - started) / 1e9);
  }

  private static void publish(List<Pending> pending, List<CampaignPlan> startingNow,
      Snowflake ids, CorpusSink sink, RecentPosts recent, Tally tally, Rng rng)
      throws IOException {
    pending.sort(Comparator.comparing(Pending::time)); // stable: ties keep generation order
    Map<CampaignPlan, List<Post>> byCampaign = new LinkedHashMap<>();
    for (CampaignPlan plan : startingNow) byCampaign.put(plan, new ArrayList<>());
    for (Pending p : pending) {
      Entities e = Entities.of(p.draft().text());
      Post post = Post.builder(Long.toString(ids.next(p.time())), p.author().account(), p.time(),
              p.draft().text())
          .lang(p.draft().lang().code)
          .hashtags(e.hashtags())
          .urls(e.urls())
          .mentions(e.mentions())
          .retweetOf(p.retweetOf())
          .replyTo(p.replyTo())
          .labels(p.draft().labels())
          .build();
      sink.post(post);
      tally.count(post, p.author());
      if (p.campaign() != null) {
        byCampaign.get(p.campaign()).add(post);
      } else {
        recent.add(post, p.author().persona().isLoud() || rng.chance(0.25));
      }
    }
    for (Map.Entry<CampaignPlan, List<Post>> c : byCampaign.entrySet()) {
      CampaignRecord record = record(c.getKey(), c.getValue(), pending);
      tally.campaign(record);
      sink.campaign(record);
    }
  }

  private static CampaignRecord record(CampaignPlan plan, List<Post> posts, List<Pending> pending) {
    String seed = pending.stream().filter(p -> p.campaign() == plan).findFirst()
        .map(Pending::campaignSeed).orElseThrow();
    return new CampaignRecord(plan.id(), plan.narrative().label, plan.lang().code, seed,
        posts.stream().map(Post::id).toList(),
        posts.stream().map(p -> p.account().id()).toList(),
        posts.stream().map(p -> p.account().displayName()).toList(),
        posts.get(0).time(), posts.get(posts.size() - 1).time());
  }
}
