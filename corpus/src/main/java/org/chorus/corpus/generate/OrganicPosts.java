package org.chorus.corpus.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.chorus.corpus.Post;

/**
 * Organic posts: an account drawn by activity writes an original post, retweets a recent post
 * of its side, or replies to one.
 */
final class OrganicPosts {
  private final AccountPopulation population;
  private final PostComposer composer;
  private final RecentPosts recent;
  private final HeadlineDesk headlines = new HeadlineDesk();

  OrganicPosts(AccountPopulation population, PostComposer composer, RecentPosts recent) {
    this.population = population;
    this.composer = composer;
    this.recent = recent;
  }

  Pending next(Instant time, LocalDate day, Rng rng) {
    Member author = population.pickPoster(rng);
    double kind = rng.nextDouble();
    double retweetShare = author.persona().isBot() ? 0.25 : 0.11;
    if (kind < retweetShare) {
      Post original = recent.toRetweet(author.persona().pickNarrative(rng), rng);
      if (original != null && !original.account().id().equals(author.account().id())) {
        return retweet(time, author, original);
      }
    } else if (kind < retweetShare + 0.07) {
      Post parent = recent.toReply(rng);
      if (parent != null && !parent.account().id().equals(author.account().id())) {
        Draft words = composer.reply(author, day, rng);
        Draft draft = new Draft("@" + parent.account().displayName() + " " + words.text(),
            words.lang(), words.labels());
        return new Pending(time, author, draft, null, parent.id(), null, null);
      }
    }
    return new Pending(time, author, composer.organic(author, day, rng, headlines), null, null,
        null, null);
  }

  // A retweet carries the original's words and labels: the retweeter endorses that narrative.
  private static Pending retweet(Instant time, Member author, Post original) {
    String text = "RT @" + original.account().displayName() + ": " + original.text();
    Lang lang = langOf(original.lang());
    Draft draft = new Draft(text, lang, List.copyOf(original.labels()));
    return new Pending(time, author, draft, original.id(), null, null, null);
  }

  private static Lang langOf(String code) {
    for (Lang l : Lang.values()) if (l.code.equals(code)) return l;
    return Lang.EN;
  }
}
