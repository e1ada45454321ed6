/**
 * What a post is and how datasets become posts.
 *
 * <p>{@link org.chorus.corpus.Datasets#open Datasets.open} is the entry point: it takes a file
 * (gzip or not), a {@link org.chorus.corpus.Format} and an optional
 * {@link org.chorus.corpus.ColumnMap}, and returns a streaming
 * {@link org.chorus.corpus.PostReader}. Records that cannot become posts go to a
 * {@link org.chorus.corpus.RejectHandler}, usually a {@link org.chorus.corpus.RejectsFile}, so
 * every record read is either returned or rejected. Readers work on bytes
 * ({@code CsvTokenizer}), validate UTF-8 once per record and decode only the fields they map,
 * which keeps memory constant and reading far faster than indexing.
 */
package org.chorus.corpus;
