package org.chorus.narratives;

/**
 * How text becomes features; stored in every model file so labelling extracts exactly the
 * features the model was trained on.
 *
 * @param hashBits features hash into {@code 2^hashBits} buckets (signed hashing)
 * @param wordNgrams longest word n-gram (1 = unigrams, 2 = uni- and bigrams)
 * @param charNgramMin shortest character n-gram taken inside each non-CJK word, 0 = none
 * @param charNgramMax longest such n-gram
 * @param charNgramsOverText take the character n-grams over the whole text as written (case,
 *     spacing and punctuation included, links shortened to one symbol) instead of inside each
 *     lower-cased word
 * @param stem replace each word by its {@code Morphology.stem()} (English morphology)
 * @param sublinearTf use {@code 1 + ln(tf)} instead of the raw term count
 * @param postShape add the post's shape as features ({@link PostShape}): length, links,
 *     mentions, hashtags, truncation, capitalisation, punctuation, how it starts and ends
 * @param language add the post's language field (when the data has one) as a feature
 * @param time add the post's month and hour of day (UTC) as features, when it has a time
 * @param classWeighting how far each feature's idf is scaled by how unevenly it spreads over
 *     the training labels ({@link ClassWeighting}), 0 = plain TF-IDF, 1 = fully
 *
 * <p>Model files of format version 1 lack the last four: they read as off (false, 0), which is
 * how those models were trained.
 */
public record FeatureSettings(
    int hashBits,
    int wordNgrams,
    int charNgramMin,
    int charNgramMax,
    boolean charNgramsOverText,
    boolean stem,
    boolean sublinearTf,
    boolean postShape,
    boolean language,
    boolean time,
    double classWeighting) {

  public FeatureSettings {
    if (hashBits < 10 || hashBits > 24) {
      throw new IllegalArgumentException("hashBits must be 10..24, was " + hashBits);
    }
    if (wordNgrams < 1 || wordNgrams > 3) {
      throw new IllegalArgumentException("wordNgrams must be 1..3, was " + wordNgrams);
    }
    if (charNgramMin < 0 || charNgramMax < charNgramMin || charNgramMax > 8) {
      throw new IllegalArgumentException("char n-grams must satisfy 0 <= min <= max <= 8");
    }
    if (!(classWeighting >= 0 && classWeighting <= 1)) {
      throw new IllegalArgumentException("classWeighting must be 0..1, was " + classWeighting);
    }
  }

  /** The measured default (see {@link Featurizer}). */
  public static FeatureSettings defaults() {
    return new FeatureSettings(20, 2, 0, 0, false, false, true, true, true, false, 0.5);
  }

  public int dimension() {
    return 1 << hashBits;
  }

  public FeatureSettings withHashBits(int bits) {
    return new FeatureSettings(bits, wordNgrams, charNgramMin, charNgramMax, charNgramsOverText,
        stem, sublinearTf, postShape, language, time, classWeighting);
  }

  public FeatureSettings withCharNgrams(int min, int max) {
    return new FeatureSettings(hashBits, wordNgrams, min, max, charNgramsOverText, stem,
        sublinearTf, postShape, language, time, classWeighting);
  }

  public FeatureSettings withCharNgramsOverText(boolean on) {
    return new FeatureSettings(hashBits, wordNgrams, charNgramMin, charNgramMax, on, stem,
        sublinearTf, postShape, language, time, classWeighting);
  }

  public FeatureSettings withWordNgrams(int n) {
    return new FeatureSettings(hashBits, n, charNgramMin, charNgramMax, charNgramsOverText, stem,
        sublinearTf, postShape, language, time, classWeighting);
  }

  public FeatureSettings withStem(boolean on) {
    return new FeatureSettings(hashBits, wordNgrams, charNgramMin, charNgramMax,
        charNgramsOverText, on, sublinearTf, postShape, language, time, classWeighting);
  }

  public FeatureSettings withPostShape(boolean on) {
    return new FeatureSettings(hashBits, wordNgrams, charNgramMin, charNgramMax,
        charNgramsOverText, stem, sublinearTf, on, language, time, classWeighting);
  }

  public FeatureSettings withLanguage(boolean on) {
    return new FeatureSettings(hashBits, wordNgrams, charNgramMin, charNgramMax,
        charNgramsOverText, stem, sublinearTf, postShape, on, time, classWeighting);
  }

  public FeatureSettings withTime(boolean on) {
    return new FeatureSettings(hashBits, wordNgrams, charNgramMin, charNgramMax,
        charNgramsOverText, stem, sublinearTf, postShape, language, on, classWeighting);
  }

  public FeatureSettings withClassWeighting(double share) {
    return new FeatureSettings(hashBits, wordNgrams, charNgramMin, charNgramMax,
        charNgramsOverText, stem, sublinearTf, postShape, language, time, share);
  }
}
