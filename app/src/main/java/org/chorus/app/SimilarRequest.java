package org.chorus.app;

import org.chorus.dupes.Similarity;

/**
 * The near-duplicates of a message: either {@code text} or the post {@code postId} of the
 * index, never both.
 */
public record SimilarRequest(String text, String postId, double threshold, int limit,
    Similarity similarity) {
  public SimilarRequest(String text, String postId, double threshold, int limit) {
    this(text, postId, threshold, limit, Similarity.JACCARD);
  }

  public SimilarRequest {
    if (similarity == null) similarity = Similarity.JACCARD;
    if ((text == null) == (postId == null)) {
      throw new IllegalArgumentException("give either a text or a post id");
    }
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be above 0 and at most 1: " + threshold);
    }
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
  }

  public static SimilarRequest toText(String text, double threshold, int limit) {
    return new SimilarRequest(text, null, threshold, limit);
  }

  public static SimilarRequest toPost(String postId, double threshold, int limit) {
    return new SimilarRequest(null, postId, threshold, limit);
  }

  public SimilarRequest with(Similarity s) {
    return new SimilarRequest(text, postId, threshold, limit, s);
  }
}
