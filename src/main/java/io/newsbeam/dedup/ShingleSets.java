package io.newsbeam.dedup;

/** Set measures over sorted, distinct shingle hash arrays (as {@link Shingler} returns them). */
public final class ShingleSets {
  private ShingleSets() {}

  /** |A ∩ B| by a linear merge of the two sorted arrays. */
  public static int intersection(long[] x, long[] y) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        n++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
  public static double jaccard(long[] x, long[] y) {
    int inter = intersection(x, y);
    int union = x.length + y.length - inter;
    return union == 0 ? 0 : (double) inter / union;
  }

  /** |A ∩ B| / min(|A|, |B|): how much of the smaller set is in the larger; 0 when either is empty. */
  public static double containment(long[] x, long[] y) {
    int min = Math.min(x.length, y.length);
    return min == 0 ? 0 : (double) intersection(x, y) / min;
  }

  /** The elements of sorted {@code x} that are not in sorted {@code y}, sorted. */
  public static long[] difference(long[] x, long[] y) {
    long[] out = new long[x.length];
    int n = 0;
    int j = 0;
    for (long v : x) {
      while (j < y.length && y[j] < v) {
        j++;
      }
      if (j >= y.length || y[j] != v) {
        out[n++] = v;
      }
    }
    return n == x.length ? x : java.util.Arrays.copyOf(out, n);
  }

  /** The elements of sorted {@code x} or sorted {@code y}, sorted and distinct. */
  public static long[] union(long[] x, long[] y) {
    long[] out = new long[x.length + y.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < x.length || j < y.length) {
      if (j >= y.length || (i < x.length && x[i] < y[j])) {
        out[n++] = x[i++];
      } else if (i >= x.length || y[j] < x[i]) {
        out[n++] = y[j++];
      } else {
        out[n++] = x[i++];
        j++;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
