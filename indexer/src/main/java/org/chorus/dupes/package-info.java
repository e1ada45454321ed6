/**
 * Near-duplicate posts in an index: {@link org.chorus.dupes.DuplicateFinder} clusters every copy
 * campaign in one pass over the fingerprints the index stored ({@code chorus dupes}); {@link
 * org.chorus.dupes.SimilarFinder} finds the copies of one text ({@code chorus similar}). The
 * primitive collections and sorts these passes need ({@code LongList}, {@code LongSet}, {@code
 * RadixSort}) live here, beside their only users.
 */
package org.chorus.dupes;
