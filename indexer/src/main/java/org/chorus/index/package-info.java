/**
 * The post index: what a post is in Lucene ({@link org.chorus.index.Schema},
 * {@link org.chorus.index.PostDocuments}, {@link org.chorus.index.PostAnalyzer}), how posts get
 * there ({@link org.chorus.index.PostIndexer}: threads, replace by id, checkpointed commits), and
 * how other parts read and annotate it:
 *
 * <pre>{@code
 * try (PostIndex index = PostIndex.open(dir)) {
 *   index.forEach(query, p -> use(p.docId(), p.post(), p.narratives()));   // doc-id order
 * }
 * try (NarrativeWriter w = NarrativeWriter.open(dir)) {
 *   w.set(indexedPost, List.of("protesters_violent"));                     // commits on close
 * }
 * }</pre>
 */
package org.chorus.index;
