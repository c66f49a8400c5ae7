package io.newsbeam.dedup;

import java.io.Serializable;

/**
 * MinHash signatures of shingle sets. Each shingle is already a 64-bit hash; permutation i is the
 * multiply-shift hash {@code (a_i * h + b_i) >>> 32} with constant odd multipliers {@code a_i} and offsets
 * {@code b_i} drawn from SplitMix64 with a fixed seed, so signatures are identical on every run and runner.
 * Signature entry i is the smallest 32-bit value (unsigned) of permutation i over the set; an empty set has
 * every entry {@code 0xFFFFFFFF}. The hot loop is two arrays and no allocation besides the result.
 */
public final class MinHasher implements Serializable {
  /** The seed of the permutation constants; changing it changes every signature. */
  public static final long SEED = 0x6E657773626561L; // "newsbea"

  private final long[] a;
  private final long[] b;

  public MinHasher(int permutations) {
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be >= 1: " + permutations);
    }
    a = new long[permutations];
    b = new long[permutations];
    long state = SEED;
    for (int i = 0; i < permutations; i++) {
      state += 0x9E3779B97F4A7C15L;
      a[i] = Shingler.mix(state) | 1L;
      state += 0x9E3779B97F4A7C15L;
      b[i] = Shingler.mix(state);
    }
  }

  public int permutations() {
    return a.length;
  }

  /** The signature of a shingle set; entries are unsigned 32-bit values stored in ints. */
  public int[] signature(long[] shingles) {
    int p = a.length;
    long[] min = new long[p];
    java.util.Arrays.fill(min, 0xFFFFFFFFL);
    for (long h : shingles) {
      for (int i = 0; i < p; i++) {
        long v = (a[i] * h + b[i]) >>> 32;
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    int[] sig = new int[p];
    for (int i = 0; i < p; i++) {
      sig[i] = (int) min[i];
    }
    return sig;
  }

  /** The share of equal entries: an unbiased estimate of the Jaccard similarity of the two sets. */
  public static double estimate(int[] x, int[] y) {
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      same += x[i] == y[i] ? 1 : 0;
    }
    return (double) same / x.length;
  }
}
