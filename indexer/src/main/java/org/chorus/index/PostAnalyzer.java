package org.chorus.index;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Analysis of post text ({@link Schema#TEXT}) for English, Chinese and Russian in one field, so
 * a mixed corpus needs no language detection:
 *
 * <ol>
 *   <li>UAX#29 words, with URLs and e-mail addresses recognised whole and then dropped: link
 *       fragments ("https", "t.co", "x7fq2") would otherwise match everything. {@code #tag}
 *       and {@code @name} keep their word (the exact values live in their own fields).
 *   <li>Full-width Latin folded to ASCII, half-width kana to full, then lower case.
 *   <li>Han, kana and Hangul as overlapping bigrams: "暴徒" is one term, and a Chinese query
 *       of any length becomes a phrase of bigrams.
 *   <li>Stemming chosen by the script of each word: Porter plus {@link EnglishDerivationFilter}
 *       for Latin words, Snowball Russian for Cyrillic words; anything else is left alone.
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
    ts = new CJKWidthFilter(ts);
    ts = new LowerCaseFilter(ts);
    ts = new CJKBigramFilter(ts);
    ts = new ScriptFilter(ts, Character.UnicodeScript.LATIN,
        in -> new EnglishDerivationFilter(new PorterStemFilter(new EnglishPossessiveFilter(in))));
    ts = new ScriptFilter(ts, Character.UnicodeScript.CYRILLIC,
        in -> new SnowballFilter(in, new RussianStemmer()));
    return new TokenStreamComponents(source, ts);
  }

  /** Wildcard and prefix query terms get the same width folding and case as indexed words. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new CJKWidthFilter(in));
  }
}
