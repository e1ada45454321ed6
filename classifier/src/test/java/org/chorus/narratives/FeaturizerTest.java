package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeaturizerTest {
  /** Word features only: no shape or language tokens. */
  private static final FeatureSettings WORDS =
      FeatureSettings.defaults().withPostShape(false).withLanguage(false);
  private final Featurizer unigrams = new Featurizer(WORDS.withWordNgrams(1).withHashBits(20));
  private final Featurizer bigrams = new Featurizer(WORDS);

  @Test
  void englishCountsRepeatedWordsAndAddsBigrams() {
    SparseVector u = unigrams.counts("Police police support");
    assertEquals(2, u.size(), "two distinct words");
    float total = 0;
    for (float v : u.value) total += Math.abs(v);
    assertEquals(3, total, "police counted twice, signs from the hash");
    SparseVector b = bigrams.counts("Police police support");
    assertEquals(4, b.size(), "two words and two bigrams");
  }

  @Test
  void chineseCharactersAndTheirBigramsAreFeatures() {
    SparseVector zh = bigrams.counts("香港警察");
    assertEquals(7, zh.size(), "4 characters + 3 character bigrams");
    SparseVector reordered = bigrams.counts("警察香港");
    assertNotEquals(java.util.Arrays.toString(zh.index), java.util.Arrays.toString(reordered.index),
        "bigrams keep the order");
  }

  @Test
  void russianWordsAreCaseInsensitive() {
    SparseVector a = unigrams.counts("Запад вмешивается");
    SparseVector b = unigrams.counts("запад ВМЕШИВАЕТСЯ");
    assertArrayEquals(a.index, b.index);
    assertArrayEquals(a.value, b.value);
    assertEquals(2, a.size());
  }

  @Test
  void indicesAreSortedAndInRange() {
    SparseVector v = new Featurizer(FeatureSettings.defaults().withHashBits(12)
        .withCharNgrams(2, 4)).counts("Rioters smashed the MTR station again! #HongKong");
    for (int i = 0; i < v.size(); i++) {
      assertTrue(v.index[i] >= 0 && v.index[i] < 4096);
      if (i > 0) assertTrue(v.index[i] > v.index[i - 1]);
      assertNotEquals(0f, v.value[i]);
    }
    assertTrue(v.size() > 20, "character n-grams add many features");
  }

  @Test
  void hashesAreStableAcrossRunsAndReleases() {
    // Saved models depend on these buckets never changing: pinned values.
    assertEquals(Murmur3.hash("police", 0, 6, 0), Murmur3.hash("xpolicex", 1, 7, 0));
    assertEquals(PINNED_POLICE, Murmur3.hash("police", 0, 6, 0));
  }

  private static final int PINNED_POLICE = 794926449;

  @Test
  void stemmingFoldsEnglishInflections() {
    Featurizer stem = new Featurizer(WORDS.withWordNgrams(1).withStem(true));
    assertArrayEquals(stem.counts("officers").index, stem.counts("officer").index);
  }

  @Test
  void postShapeKeepsTheCaseThatWordFeaturesDrop() {
    Featurizer shaped = new Featurizer(WORDS.withPostShape(true));
    assertArrayEquals(bigrams.counts("Trump Says Tariffs Work").index,
        bigrams.counts("trump says tariffs work").index, "words alone are lower-cased");
    assertNotEquals(Arrays.toString(shaped.counts("Trump Says Tariffs Work").index),
        Arrays.toString(shaped.counts("trump says tariffs work").index));
    assertTrue(shaped.counts("trump says").size() > bigrams.counts("trump says").size(),
        "shape tokens (length, links, ...) even without capitals");
  }

  @Test
  void languageIsAFeatureWhenTheSettingIsOn() {
    Featurizer lang = new Featurizer(WORDS.withLanguage(true));
    assertEquals(lang.counts("police", null, null).size() + 1,
        lang.counts("police", "ru", null).size());
    assertNotEquals(Arrays.toString(lang.counts("police", "ru", null).index),
        Arrays.toString(lang.counts("police", "en", null).index));
    assertArrayEquals(bigrams.counts("police", "ru", null).index,
        bigrams.counts("police", null, null).index, "off: the language is ignored");
  }

  @Test
  void timeGivesMonthAndHourFeaturesWhenTheSettingIsOn() {
    Featurizer time = new Featurizer(WORDS.withTime(true));
    java.time.Instant t = java.time.Instant.parse("2016-03-08T14:05:00Z");
    assertEquals(time.counts("police", null, null).size() + 2,
        time.counts("police", null, t).size(), "one month and one hour feature");
    assertArrayEquals(time.counts("police", null, t).index,
        time.counts("police", null, t.plusSeconds(600)).index, "same month, same hour");
    assertNotEquals(Arrays.toString(time.counts("police", null, t).index),
        Arrays.toString(time.counts("police", null, t.plusSeconds(3600)).index));
    assertArrayEquals(bigrams.counts("police", null, t).index, bigrams.counts("police").index,
        "off: the time is ignored");
  }

  @Test
  void tfIdfIsUnitLength() {
    var counts = java.util.List.of(bigrams.counts("police support police"),
        bigrams.counts("rioters violence"));
    TfIdf tfidf = TfIdf.fit(counts, FeatureSettings.defaults().dimension(), true);
    SparseVector x = tfidf.apply(counts.get(0));
    assertEquals(1.0, x.dot(x), 1e-5);
    assertEquals(0, tfidf.apply(SparseVector.EMPTY).size());
  }
}
