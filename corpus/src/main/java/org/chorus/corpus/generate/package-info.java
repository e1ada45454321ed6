/**
 * The deterministic generator of the bundled labelled corpus about the 2019 Hong Kong protests
 * ({@code chorus generate}). Entry points: {@link org.chorus.corpus.generate.CorpusFiles#generate}
 * (to a directory) and {@link org.chorus.corpus.generate.CorpusGenerator} (to any
 * {@link org.chorus.corpus.generate.CorpusSink}); the ground truth of the planted campaigns is
 * read back with {@link org.chorus.corpus.generate.CampaignJson}. The words come from the phrase
 * banks in this package's resources; the data card is {@code corpus/hk2019/README.md}.
 */
package org.chorus.corpus.generate;
