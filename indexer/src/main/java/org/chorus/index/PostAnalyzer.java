package org.chorus.index;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Analysis of post text ({@link Schema#TEXT}) for English, Chinese and Russian in one field, so
 * a mixed corpus needs no language detection:
 *
 * <ol>
 *   <li>UAX#29 words, with URLs and e-mail addresses recognised whole and then dropped: link
 *       fragments ("https", "t.co", "x7fq2") would otherwise match everything. {@code #tag}
 *       and {@code @name} keep their word (the exact values live in their own fields).
 *   <li>Full-width Latin folded to ASCII, half-width kana to full, lower case, and common
 *       traditional Chinese characters folded to simplified ({@link CharacterFoldFilter}).
 *   <li>Han, kana and Hangul as overlapping bigrams: "暴徒" is one term, and a Chinese query
 *       of any length becomes a phrase of bigrams.
 *   <li>English possessives, Porter and {@link EnglishDerivationFilter}; then Snowball Russian
 *       for Cyrillic words ({@link RussianStemFilter}). The English steps only remove Latin
 *       suffixes, so they leave other scripts alone without a per-word script test.
 * </ol>
 *
 * Thread-safe, like every Lucene analyzer (each thread gets its own token stream).
 */
public final class PostAnalyzer extends Analyzer {
  private static final Set<String> DROPPED_TYPES = Set.of(
      UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.URL],
      UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.EMAIL]);

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    UAX29URLEmailTokenizer source = new UAX29URLEmailTokenizer();
    TokenStream ts = new TypeTokenFilter(source, DROPPED_TYPES);
    ts = new CharacterFoldFilter(ts);
    ts = new CJKBigramFilter(ts);
    ts = new EnglishPossessiveFilter(ts);
    ts = new PorterStemFilter(ts);
    ts = new EnglishDerivationFilter(ts);
    ts = new RussianStemFilter(ts);
    return new TokenStreamComponents(source, ts);
  }

  /** Wildcard and prefix query terms get the same width folding and case as indexed words. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new CharacterFoldFilter(in);
  }
}
