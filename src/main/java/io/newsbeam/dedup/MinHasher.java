package io.newsbeam.dedup;

import java.io.Serializable;

/**
 * MinHash signatures of shingle sets. Each shingle is already a 64-bit hash; permutation i is the
 * multiply-shift hash {@code (a_i * h + b_i) >>> 32} with constant odd multipliers {@code a_i} and offsets
 * {@code b_i} drawn from SplitMix64 with a fixed seed, so signatures are identical on every run and runner.
 * Signature entry i is the smallest 32-bit value (unsigned) of permutation i over the set; an empty set has
 * every entry {@code 0xFFFFFFFF}. The hot loop is one multiply, one add and one compare per (shingle,
 * permutation) pair, with no allocation besides the result.
 */
public final class MinHasher implements Serializable {
  /** The seed of the permutation constants; changing it changes every signature. */
  public static final long SEED = 0x6E657773626561L; // "newsbea"

  private final long[] a;
  /** The offsets {@code b_i} plus 2^63 (see {@link #signature}). */
  private final long[] flippedB;

  public MinHasher(int permutations) {
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be >= 1: " + permutations);
    }
    a = new long[permutations];
    flippedB = new long[permutations];
    long state = SEED;
    for (int i = 0; i < permutations; i++) {
      state += 0x9E3779B97F4A7C15L;
      a[i] = Shingler.mix(state) | 1L;
      state += 0x9E3779B97F4A7C15L;
      flippedB[i] = Shingler.mix(state) ^ Long.MIN_VALUE;
    }
  }

  public int permutations() {
    return a.length;
  }

  /**
   * The signature of a shingle set; entries are unsigned 32-bit values stored in ints. Two tricks keep the hot
   * loop short, with the same values as the plain formula: the smallest high half {@code (a h + b) >>> 32} is the
   * high half of the smallest full 64-bit value, so the shift happens once per permutation, not per shingle;
   * and {@code b} carries a flipped top bit, so a signed minimum orders the unsigned sums. Permutations are the
   * outer loop, so their constants and running minimum stay in registers while the shingles stream past.
   */
  public int[] signature(long[] shingles) {
    int p = a.length;
    int[] sig = new int[p];
    int i = 0;
    for (; i + 2 <= p; i += 2) { // two permutations per pass: one load of each shingle feeds two multiplies
      long a0 = a[i];
      long a1 = a[i + 1];
      long b0 = flippedB[i];
      long b1 = flippedB[i + 1];
      long m0 = Long.MAX_VALUE;
      long m1 = Long.MAX_VALUE;
      for (long h : shingles) {
        long v0 = a0 * h + b0;
        long v1 = a1 * h + b1;
        if (v0 < m0) {
          m0 = v0;
        }
        if (v1 < m1) {
          m1 = v1;
        }
      }
      sig[i] = (int) ((m0 ^ Long.MIN_VALUE) >>> 32);
      sig[i + 1] = (int) ((m1 ^ Long.MIN_VALUE) >>> 32);
    }
    for (; i < p; i++) {
      long ai = a[i];
      long bi = flippedB[i];
      long min = Long.MAX_VALUE; // the largest unsigned value, flipped
      for (long h : shingles) {
        long v = ai * h + bi;
        if (v < min) {
          min = v;
        }
      }
      sig[i] = (int) ((min ^ Long.MIN_VALUE) >>> 32);
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
