package org.chorus.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The posts whose labels would teach the model most: the model trained on the labels file so
 * far scores a pool of posts, and the most uncertain ones are proposed, no two near-duplicates.
 *
 * @param next 1 to {@link #MAX_NEXT} posts to propose
 * @param pool 1 to {@link #MAX_POOL}: the posts scored; a larger index is sampled at random
 * @param copies the model learns people's decisions also from their posts' near-duplicate
 *     copies, and copies of labelled posts are never proposed
 */
public record ProposeRequest(Path labels, int next, int pool, long seed, boolean copies) {
  public static final int MAX_NEXT = 500;
  public static final int DEFAULT_POOL = 20_000;
  public static final int MAX_POOL = 200_000;

  public ProposeRequest {
    Objects.requireNonNull(labels, "labels");
    if (next < 1 || next > MAX_NEXT) {
      throw new IllegalArgumentException("next must be from 1 to " + MAX_NEXT);
    }
    if (pool < 1 || pool > MAX_POOL) {
      throw new IllegalArgumentException("pool must be from 1 to " + MAX_POOL);
    }
  }

  /** Decisions carried to copies, as by default. */
  public ProposeRequest(Path labels, int next, int pool, long seed) {
    this(labels, next, pool, seed, true);
  }
}
