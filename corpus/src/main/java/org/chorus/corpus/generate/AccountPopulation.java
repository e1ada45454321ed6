package org.chorus.corpus.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chorus.corpus.Account;

/**
 * The accounts that post, built once from the seed. Activity is heavy-tailed (a few prolific
 * accounts, many that post once or twice); campaign accounts come in creation batches with
 * neighbouring ids and one handle pattern per batch, and post little on their own.
 */
final class AccountPopulation {
  private final List<Member> members;
  private final double[] cumulativeActivity;
  private final List<List<Member>> batches;
  private final List<Member> bots;
  private final List<Member> loud;

  private AccountPopulation(List<Member> members, List<List<Member>> batches) {
    this.members = List.copyOf(members);
    this.batches = batches.stream().map(List::copyOf).toList();
    this.bots = members.stream().filter(m -> m.persona().isBot()).toList();
    this.loud = members.stream().filter(m -> m.persona().isLoud() || m.activity() > 12).toList();
    this.cumulativeActivity = new double[members.size()];
    double sum = 0;
    for (int i = 0; i < members.size(); i++) {
      sum += members.get(i).activity();
      cumulativeActivity[i] = sum;
    }
  }

  /** How many accounts a corpus of this many posts has: 600 for the bundled 8,000, sublinear. */
  static int defaultSize(long posts) {
    return (int) Math.max(300, Math.round(600 * Math.pow(posts / 8000.0, 0.7)));
  }

  static AccountPopulation build(int size, Rng rng) {
    List<Member> members = new ArrayList<>(size);
    List<List<Member>> batches = new ArrayList<>();
    Handles handles = new Handles();
    Snowflake organicIds = new Snowflake();
    Persona[] personas = Persona.values();
    int assigned = 0;
    for (int p = 0; p < personas.length; p++) {
      Persona persona = personas[p];
      int n = p == personas.length - 1 ? size - assigned : (int) Math.round(persona.share * size);
      assigned += n;
      if (persona.isBot()) {
        addBots(n, rng, handles, members, batches);
        continue;
      }
      for (int i = 0; i < n; i++) {
        String id = rng.chance(0.4)
            ? Long.toString(1_000_000L + (long) (rng.nextDouble() * 3_000_000_000L))
            : Long.toString(organicIds.next(randomInstant(rng, 2012, 2019)));
        String handle = handles.next(persona, 0, rng);
        double activity = persona.activity * Math.min(rng.pareto(1.3), 80);
        members.add(new Member(members.size(), new Account(id, handle), persona, activity, -1));
      }
    }
    return new AccountPopulation(members, batches);
  }

  private static void addBots(int n, Rng rng, Handles handles, List<Member> members,
      List<List<Member>> batches) {
    Snowflake ids = new Snowflake();
    int made = 0;
    while (made < n) {
      int batchSize = Math.min(n - made, rng.between(20, 90));
      int batch = batches.size();
      List<Member> current = new ArrayList<>(batchSize);
      long created = LocalDate.of(2019, 4, 1).atStartOfDay().toInstant(ZoneOffset.UTC)
          .toEpochMilli() + (long) (rng.nextDouble() * 150 * 86_400_000L);
      for (int i = 0; i < batchSize; i++) {
        created += rng.between(5, 300) * 1000L;
        String id = Long.toString(ids.next(Instant.ofEpochMilli(created)));
        String handle = handles.next(Persona.CAMPAIGN_BOT, batch, rng);
        double activity = Persona.CAMPAIGN_BOT.activity * (0.3 + rng.nextDouble());
        Member m = new Member(members.size(), new Account(id, handle), Persona.CAMPAIGN_BOT,
            activity, batch);
        members.add(m);
        current.add(m);
      }
      batches.add(current);
      made += batchSize;
    }
  }

  private static Instant randomInstant(Rng rng, int fromYear, int toYear) {
    long from = LocalDate.of(fromYear, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    long to = LocalDate.of(toYear, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    return Instant.ofEpochMilli(from + (long) (rng.nextDouble() * (to - from)));
  }

  List<Member> members() {
    return members;
  }

  int size() {
    return members.size();
  }

  List<Member> bots() {
    return bots;
  }

  List<List<Member>> batches() {
    return batches;
  }

  /** An account drawn in proportion to its activity: who writes the next organic post. */
  Member pickPoster(Rng rng) {
    double r = rng.nextDouble() * cumulativeActivity[cumulativeActivity.length - 1];
    int i = Arrays.binarySearch(cumulativeActivity, r);
    return members.get(i >= 0 ? i : Math.min(-i - 1, members.size() - 1));
  }

  /** An outlet or prolific account: who gets mentioned. */
  Member pickLoud(Rng rng) {
    return loud.isEmpty() ? rng.pick(members) : rng.pick(loud);
  }
}
