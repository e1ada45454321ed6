/**
 * The text rules every pipeline shares: where a link starts and ends ({@link
 * org.chorus.corpus.text.Links}), which characters are Chinese or Japanese ({@link
 * org.chorus.corpus.text.Scripts}) and how full-width forms fold to ASCII ({@link
 * org.chorus.corpus.text.FullWidth}). The corpus readers, the Lucene analysis, the near-duplicate
 * normaliser and the narrative featurizer call these instead of each writing its own.
 *
 * <p>Where two pipelines draw a line differently (the featurizer's link test is the one the
 * shipped model was trained with; the normaliser also drops bare {@code t.co/} links), the
 * difference is a named rule here, so it is visible and cannot drift further.
 */
package org.chorus.corpus.text;
