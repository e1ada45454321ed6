package org.chorus.eval;

/**
 * One train/test split of item indices (ascending). No group has items on both sides.
 *
 * @param index 0-based fold number
 */
public record Fold(int index, int[] train, int[] test) {

  public Fold {
    train = train.clone();
    test = test.clone();
  }

  @Override
  public int[] train() {
    return train.clone();
  }

  @Override
  public int[] test() {
    return test.clone();
  }
}
