package org.chorus.narratives;

/** Feature indices in increasing order with their values: one post's features. */
final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] index;
  final float[] value;

  SparseVector(int[] index, float[] value) {
    this.index = index;
    this.value = value;
  }

  int size() {
    return index.length;
  }

  double dot(SparseVector o) {
    double s = 0;
    int i = 0, j = 0;
    while (i < index.length && j < o.index.length) {
      int a = index[i], b = o.index[j];
      if (a == b) {
        s += (double) value[i++] * o.value[j++];
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }
}
