/**
 * Searching a post index: {@link org.chorus.search.SearchRequest} (Lucene query syntax over the
 * text, filters, order, page, facets) run by {@link org.chorus.search.PostSearcher} into a
 * {@link org.chorus.search.SearchResult} (exact total, hits with highlighted snippets, facet
 * counts over every match); {@link org.chorus.search.IndexStats} summarises a whole index.
 */
package org.chorus.search;
