package io.newsbeam.aggregate;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The score, written out: with {@code n} citations of which {@code k} had the outcome, and a prior
 * Beta(a0, b0) where {@code a0 = 1 + r·w}, {@code b0 = 1 + (1 − r)·w} for a rating {@code r} ∈ [0, 1] given
 * with weight {@code w} pseudo-citations (no rating: a0 = b0 = 1, the uniform prior):
 *
 * <pre>
 *   posterior = Beta(a0 + k, b0 + n − k)
 *   score     = (a0 + k) / (a0 + b0 + n)                       (posterior mean)
 *   low, high = the 5% and 95% quantiles of the posterior       (Commons Math BetaDistribution)
 * </pre>
 */
public final class ReliabilityFormula {
  public static final double LOW_QUANTILE = 0.05;
  public static final double HIGH_QUANTILE = 0.95;

  private ReliabilityFormula() {}

  /** The posterior of one entity. */
  public record Posterior(double priorAlpha, double priorBeta, double alpha, double beta, double mean, double low,
      double high) {}

  public static double priorAlpha(Double rating, double weight) {
    return rating == null ? 1.0 : 1.0 + rating * weight;
  }

  public static double priorBeta(Double rating, double weight) {
    return rating == null ? 1.0 : 1.0 + (1.0 - rating) * weight;
  }

  public static Posterior posterior(long n, long k, Double rating, double weight) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("need 0 <= k <= n, got k=" + k + " n=" + n);
    }
    double a0 = priorAlpha(rating, weight);
    double b0 = priorBeta(rating, weight);
    double a = a0 + k;
    double b = b0 + (n - k);
    // null RNG: only quantiles are used, never sampling, so no random generator is needed
    BetaDistribution beta = new BetaDistribution(null, a, b);
    return new Posterior(a0, b0, a, b, a / (a + b), beta.inverseCumulativeProbability(LOW_QUANTILE),
        beta.inverseCumulativeProbability(HIGH_QUANTILE));
  }

  /** {@code part / whole}, 0 when there is nothing to divide. */
  public static double share(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
