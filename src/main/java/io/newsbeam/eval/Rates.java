package io.newsbeam.eval;

/** The arithmetic every evaluation command shares: a safe ratio and the F1 of a precision and a recall. */
public final class Rates {
  private Rates() {}

  /** {@code hits / total}, 0 when there is nothing to divide by. */
  public static double ratio(long hits, long total) {
    return total == 0 ? 0 : (double) hits / total;
  }

  /** Harmonic mean of precision and recall, 0 when both are 0. */
  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
