package org.chorus.corpus.generate;

/**
 * The writing systems the corpus uses. Traditional Chinese is how Hong Kong voices write,
 * simplified how PRC-state-style voices write; both are ISO code {@code zh} in posts, as
 * Twitter's archive has them. Cantonese (written, colloquial) gets {@code yue}.
 */
enum Lang {
  EN("en", "en"),
  ZH_HANT("zh", "zh-hant"),
  ZH_HANS("zh", "zh-hans"),
  YUE("yue", "yue");

  /** The language code written into {@code Post.lang}. */
  final String code;
  /** The phrase-bank file suffix. */
  final String bank;

  Lang(String code, String bank) {
    this.code = code;
    this.bank = bank;
  }

  boolean isChinese() {
    return this != EN;
  }
}
