package io.newsbeam.generate;

/**
 * Settings for one {@link GenerateCorpus} run. Immutable; start from {@link #of(long, long)} and adjust
 * with the {@code with...} methods. Shares are fractions of all lines (see {@link KindPlan} for rounding).
 */
public final class GeneratorConfig {
  public static final double DEFAULT_EXACT_DUP_SHARE = 0.05;
  public static final double DEFAULT_NEAR_DUP_SHARE = 0.10;
  public static final double DEFAULT_HARD_NEGATIVE_SHARE = 0.03;
  public static final double DEFAULT_MALFORMED_SHARE = 0.01;
  /** How many recent originals copies and hard negatives may draw from; bounds memory. */
  public static final int DEFAULT_POOL_SIZE = 1000;

  public final long articles;
  public final long seed;
  public final double exactDupShare;
  public final double nearDupShare;
  public final double hardNegativeShare;
  public final double malformedShare;
  public final int poolSize;

  private GeneratorConfig(
      long articles, long seed, double exact, double near, double hardNegative, double malformed, int poolSize) {
    if (articles < 0) {
      throw new IllegalArgumentException("articles must be >= 0: " + articles);
    }
    checkShare("exact-dup-share", exact);
    checkShare("near-dup-share", near);
    checkShare("hard-negative-share", hardNegative);
    checkShare("malformed-share", malformed);
    if (exact + near + hardNegative + malformed > 0.95) {
      throw new IllegalArgumentException("shares add up to more than 0.95; originals would be too few");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("pool size must be >= 1: " + poolSize);
    }
    this.articles = articles;
    this.seed = seed;
    this.exactDupShare = exact;
    this.nearDupShare = near;
    this.hardNegativeShare = hardNegative;
    this.malformedShare = malformed;
    this.poolSize = poolSize;
  }

  private static void checkShare(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1]: " + v);
    }
  }

  public static GeneratorConfig of(long articles, long seed) {
    return new GeneratorConfig(
        articles, seed, DEFAULT_EXACT_DUP_SHARE, DEFAULT_NEAR_DUP_SHARE, DEFAULT_HARD_NEGATIVE_SHARE,
        DEFAULT_MALFORMED_SHARE, DEFAULT_POOL_SIZE);
  }

  public GeneratorConfig withExactDupShare(double v) {
    return new GeneratorConfig(articles, seed, v, nearDupShare, hardNegativeShare, malformedShare, poolSize);
  }

  public GeneratorConfig withNearDupShare(double v) {
    return new GeneratorConfig(articles, seed, exactDupShare, v, hardNegativeShare, malformedShare, poolSize);
  }

  public GeneratorConfig withHardNegativeShare(double v) {
    return new GeneratorConfig(articles, seed, exactDupShare, nearDupShare, v, malformedShare, poolSize);
  }

  public GeneratorConfig withMalformedShare(double v) {
    return new GeneratorConfig(articles, seed, exactDupShare, nearDupShare, hardNegativeShare, v, poolSize);
  }

  public GeneratorConfig withPoolSize(int v) {
    return new GeneratorConfig(articles, seed, exactDupShare, nearDupShare, hardNegativeShare, malformedShare, v);
  }
}
