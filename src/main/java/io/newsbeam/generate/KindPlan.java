package io.newsbeam.generate;

import java.util.SplittableRandom;

/**
 * Decides, line by line, which {@link CopyKind.Variant} to write, streaming and with exact totals.
 *
 * <p>Totals: exact = round(N * exactShare); near = round(N * nearShare) split over light, medium, heavy,
 * half (as evenly as possible, the earlier variants taking the remainder); hard negatives = round(N *
 * hardNegativeShare) split over shared-quote and same-topic-same-day; malformed = round(N * malformedShare)
 * split over truncated-json, invalid-json, non-object and empty-maintext; originals are the rest. Rounding is
 * half-up. Line 1 is always an original (copies need something to copy); every later line draws its variant
 * with probability proportional to how many of each are still due, which is a uniformly random order of the
 * fixed multiset, in O(1) memory.
 */
final class KindPlan {
  private static final CopyKind.Variant[] VARIANTS = CopyKind.Variant.values();
  private final long[] remaining = new long[VARIANTS.length];
  private long total;
  private boolean first = true;
  private final SplittableRandom rng;

  KindPlan(GeneratorConfig cfg, SplittableRandom rng) {
    long[] counts = counts(cfg);
    System.arraycopy(counts, 0, remaining, 0, counts.length);
    this.total = cfg.articles;
    this.rng = rng;
  }

  /** Planned number of lines per variant, indexed by {@link CopyKind.Variant#ordinal()}. */
  static long[] counts(GeneratorConfig cfg) {
    long n = cfg.articles;
    long[] c = new long[VARIANTS.length];
    c[CopyKind.Variant.EXACT.ordinal()] = Math.round(n * cfg.exactDupShare);
    split(Math.round(n * cfg.nearDupShare), c, CopyKind.Variant.NEAR_LIGHT, 4);
    split(Math.round(n * cfg.hardNegativeShare), c, CopyKind.Variant.SHARED_QUOTE, 2);
    split(Math.round(n * cfg.malformedShare), c, CopyKind.Variant.TRUNCATED_JSON, 4);
    long others = 0;
    for (long x : c) {
      others += x;
    }
    long originals = n - others;
    if (n > 0 && originals < 1) {
      throw new IllegalArgumentException("shares leave no room for original stories");
    }
    c[CopyKind.Variant.ORIGINAL.ordinal()] = originals;
    return c;
  }

  private static void split(long total, long[] c, CopyKind.Variant from, int parts) {
    for (int i = 0; i < parts; i++) {
      c[from.ordinal() + i] = total / parts + (i < total % parts ? 1 : 0);
    }
  }

  CopyKind.Variant next() {
    if (total <= 0) {
      throw new IllegalStateException("plan exhausted");
    }
    int chosen;
    if (first) {
      chosen = CopyKind.Variant.ORIGINAL.ordinal();
      first = false;
    } else {
      long r = rng.nextLong(total);
      chosen = 0;
      while (r >= remaining[chosen]) {
        r -= remaining[chosen];
        chosen++;
      }
    }
    remaining[chosen]--;
    total--;
    return VARIANTS[chosen];
  }
}
