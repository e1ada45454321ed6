package org.chorus.corpus;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One social-media post, as every part of Chorus sees it. Optional references (retweet, reply,
 * quote) and {@code lang} are null when the source does not know them; lists are never null.
 * {@code retweet} is separate from {@code retweetOf} because some archives flag retweets
 * without saying which post was retweeted; a known {@code retweetOf} implies the flag.
 */
public record Post(
    String id,
    Account account,
    Instant time,
    String lang,
    String text,
    List<String> hashtags,
    List<String> urls,
    List<String> mentions,
    boolean retweet,
    String retweetOf,
    String replyTo,
    String quoteOf,
    List<String> labels) {

  /**
   * The time of a post whose source gives none (labelled claims, news, any data that was never
   * a timeline): the epoch, which no real post has. Time windows, timelines and time features
   * leave such posts out and count them ({@link #dated()}).
   */
  public static final Instant NO_TIME = Instant.EPOCH;

  /** False for a post without a time ({@link #NO_TIME}). */
  public boolean dated() {
    return !NO_TIME.equals(time);
  }

  public Post {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(text, "text");
    hashtags = List.copyOf(hashtags == null ? List.of() : hashtags);
    urls = List.copyOf(urls == null ? List.of() : urls);
    mentions = List.copyOf(mentions == null ? List.of() : mentions);
    labels = List.copyOf(labels == null ? List.of() : labels);
    retweet = retweet || retweetOf != null;
  }

  public static Builder builder(String id, Account account, Instant time, String text) {
    return new Builder(id, account, time, text);
  }

  public Builder toBuilder() {
    return new Builder(id, account, time, text)
        .lang(lang)
        .hashtags(hashtags)
        .urls(urls)
        .mentions(mentions)
        .retweet(retweet)
        .retweetOf(retweetOf)
        .replyTo(replyTo)
        .quoteOf(quoteOf)
        .labels(labels);
  }

  /** Readers fill posts field by field; the builder keeps that readable. */
  public static final class Builder {
    private final String id;
    private final Account account;
    private final Instant time;
    private final String text;
    private String lang;
    private List<String> hashtags = List.of();
    private List<String> urls = List.of();
    private List<String> mentions = List.of();
    private boolean retweet;
    private String retweetOf;
    private String replyTo;
    private String quoteOf;
    private List<String> labels = List.of();

    private Builder(String id, Account account, Instant time, String text) {
      this.id = id;
      this.account = account;
      this.time = time;
      this.text = text;
    }

    public Builder lang(String lang) { this.lang = lang; return this; }
    public Builder hashtags(List<String> hashtags) { this.hashtags = hashtags; return this; }
    public Builder urls(List<String> urls) { this.urls = urls; return this; }
    public Builder mentions(List<String> mentions) { this.mentions = mentions; return this; }
    public Builder retweet(boolean retweet) { this.retweet = retweet; return this; }
    public Builder retweetOf(String retweetOf) { this.retweetOf = retweetOf; return this; }
    public Builder replyTo(String replyTo) { this.replyTo = replyTo; return this; }
    public Builder quoteOf(String quoteOf) { this.quoteOf = quoteOf; return this; }
    public Builder labels(List<String> labels) { this.labels = labels; return this; }

    public Post build() {
      return new Post(id, account, time, lang, text, hashtags, urls, mentions, retweet, retweetOf,
          replyTo, quoteOf, labels);
    }
  }
}
