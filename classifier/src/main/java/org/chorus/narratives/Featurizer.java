package org.chorus.narratives;

import edu.stanford.nlp.process.Morphology;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.chorus.corpus.Post;
import org.chorus.corpus.text.Links;
import org.chorus.corpus.text.Scripts;

/**
 * Turns a post's text into hashed term counts: CoreNLP words ({@link Tokenizer}), word n-grams
 * up to {@link FeatureSettings#wordNgrams()}, optionally character n-grams inside each word
 * (with {@code <} and {@code >} marking the word's ends, as fastText does) and optionally
 * {@code Morphology.stem()} stems, optionally the post's shape ({@link PostShape}), language
 * and time (month, hour of day). Each feature is hashed with MurmurHash3 into
 * {@code 2^hashBits} buckets with a hash-derived sign, so collisions cancel on average instead
 * of adding up. {@link TfIdf} then weights and normalises the counts.
 *
 * <p>Default, chosen by measurement (grouped 5-fold CV, see the module report): word uni- and
 * bigrams, post shape and language, no character n-grams, no stemming, no time, 2^20 buckets.
 * Post shape lifted state-trolls' state-backed F1 from 0.858 to 0.882 and IRA's macro-F1 with
 * it. Character 2-5-grams add about +0.01 on state-trolls (0.887 to 0.894 with 2^22 buckets)
 * but multiply the non-zeros per post by about ten, too much memory for the 2M IRA posts in
 * 4 GB; stemming is English-only and measured no better. Time features help IRA (accounts of
 * one operation share shifts and campaigns: macro-F1 0.597 to 0.620) but tie a model to its
 * training period, so they are an option. Chinese needs no character n-gram option: CJK text
 * is split into single characters, so its word bigrams are character bigrams.
 *
 * <p>Thread-safe: tokenizer and stemmer state is per call or per thread.
 */
final class Featurizer {
  private static final int WORD_SEED = 0x2f6b1a53;
  private static final int CHAR_SEED = 0x7d1c4e91;
  private static final int SHAPE_SEED = 0x3b8f02c7;
  private static final ThreadLocal<Morphology> STEMMER = ThreadLocal.withInitial(Morphology::new);

  private final FeatureSettings settings;
  private final Tokenizer tokenizer = new Tokenizer();
  private final int mask;

  Featurizer(FeatureSettings settings) {
    this.settings = settings;
    this.mask = settings.dimension() - 1;
  }

  FeatureSettings settings() {
    return settings;
  }

  /** {@link #counts(String, String, Instant)} of a post's text, language and time. */
  SparseVector counts(Post post) {
    return counts(post.text(), post.lang(), post.time());
  }

  /** Signed hashed term counts of one text, indices increasing, zero counts dropped. */
  SparseVector counts(String text) {
    return counts(text, null, null);
  }

  /**
   * Signed hashed term counts of one text, its language and time (each null when unknown),
   * indices increasing, zero counts dropped.
   */
  SparseVector counts(String text, String lang, Instant time) {
    List<String> words = tokenizer.words(text);
    if (settings.stem()) words = stem(words);
    Hashes h = new Hashes(words.size() * (settings.wordNgrams() + 1) + 8);
    int[] wordHash = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      wordHash[i] = Murmur3.hash(w, 0, w.length(), WORD_SEED);
      h.add(wordHash[i]);
      int g = wordHash[i];
      for (int n = 2; n <= settings.wordNgrams() && i - n + 1 >= 0; n++) {
        g = Murmur3.combine(wordHash[i - n + 1], n == 2 ? wordHash[i] : g);
        h.add(g);
      }
      if (settings.charNgramMin() > 0 && !settings.charNgramsOverText() && w.length() > 1
          && !Scripts.isCjkOrHangul(w.codePointAt(0))) {
        addCharNgrams("<" + w + ">", h);
      }
    }
    if (settings.charNgramMin() > 0 && settings.charNgramsOverText()) {
      addCharNgrams(shortenLinks(text), h);
    }
    if (settings.postShape()) {
      List<String> shape = new ArrayList<>(32);
      PostShape.tokens(text, shape);
      for (String t : shape) addTag(t, h);
    }
    if (settings.language() && lang != null && !lang.isBlank()) {
      addTag("lang:" + lang.strip().toLowerCase(Locale.ROOT), h);
    }
    if (settings.time() && time != null && !Post.NO_TIME.equals(time)) {
      // Accounts run by one operation keep the same shifts and campaigns' months.
      ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
      addTag("month:" + utc.getYear() + "-" + utc.getMonthValue(), h);
      addTag("hour:" + utc.getHour(), h);
    }
    return h.toVector(mask);
  }

  /** A feature that is not a word: shape, language, time (their own hash seed). */
  private static void addTag(String tag, Hashes h) {
    h.add(Murmur3.hash(tag, 0, tag.length(), SHAPE_SEED));
  }

  private void addCharNgrams(String w, Hashes h) {
    for (int n = settings.charNgramMin(); n <= settings.charNgramMax(); n++) {
      for (int i = 0; i + n <= w.length(); i++) h.add(Murmur3.hash(w, i, i + n, CHAR_SEED));
    }
  }

  /** Links are random strings: one symbol keeps "a link was here" without the noise. */
  static String shortenLinks(String text) {
    return Links.replaceLoosely(text, '\u2197');
  }

  private static List<String> stem(List<String> words) {
    Morphology m = STEMMER.get();
    String[] out = new String[words.size()];
    for (int i = 0; i < out.length; i++) {
      String w = words.get(i);
      out[i] = isAsciiWord(w) ? m.stem(w) : w;
    }
    return Arrays.asList(out);
  }

  private static boolean isAsciiWord(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') return false;
    }
    return !w.isEmpty();
  }

  /** Collects hashes, then sorts and merges them into signed counts. */
  private static final class Hashes {
    private int[] buf;
    private int n;

    Hashes(int capacity) {
      buf = new int[Math.max(8, capacity)];
    }

    void add(int hash) {
      if (n == buf.length) buf = Arrays.copyOf(buf, n * 2);
      buf[n++] = hash;
    }

    SparseVector toVector(int mask) {
      // Bucket in the upper bits, sign in the lowest: one sort groups a bucket's hits.
      for (int i = 0; i < n; i++) buf[i] = ((buf[i] & mask) << 1) | (buf[i] >>> 31);
      Arrays.sort(buf, 0, n);
      int[] index = new int[n];
      float[] value = new float[n];
      int m = 0;
      for (int i = 0; i < n; ) {
        int bucket = buf[i] >>> 1;
        int count = 0;
        for (; i < n && (buf[i] >>> 1) == bucket; i++) count += (buf[i] & 1) == 0 ? 1 : -1;
        if (count != 0) {
          index[m] = bucket;
          value[m++] = count;
        }
      }
      return new SparseVector(Arrays.copyOf(index, m), Arrays.copyOf(value, m));
    }
  }
}
