package io.newsbeam.dedup;

import java.io.Serializable;

/**
 * Settings of {@link ClusterNearDuplicates}: plain values, checked when built. The defaults are the measured
 * ones the README documents (see {@code pipelines/bench/dedup-eval.sh}).
 */
public final class NearDupConfig implements Serializable {
  public static final int DEFAULT_SHINGLE_SIZE = 4;
  /*
   * 150 bands of 3 rows. Measured on 100,000 generated records (pipelines/bench/dedup.sh and the README): 64
   * bands of 2 rows made 583,266 candidate pairs, growing with the square of the corpus (unrelated articles
   * sharing a few rare phrases collide in some 2-row band), while 150 x 3 made 23,741 and still made 96.8% of
   * the heavily edited copies candidates (99.5% of half-story copies, all light and medium ones).
   */
  public static final int DEFAULT_PERMUTATIONS = 450;
  public static final int DEFAULT_BANDS = 150;
  public static final int DEFAULT_ROWS = 3;
  public static final double DEFAULT_JACCARD = 0.18;
  public static final double DEFAULT_CONTAINMENT = 0.35;
  public static final int DEFAULT_BUCKET_CAP = 200;
  public static final int DEFAULT_COMPONENT_CAP = 2000;
  public static final int DEFAULT_CC_ROUNDS = 4;
  /** A shingle in more than this share of the articles is frequent: left out of MinHash signatures. */
  public static final double DEFAULT_FREQUENT_SHARE = 0.01;
  /** ... but only when it is also in more than this many articles (small corpora filter nothing). */
  public static final int DEFAULT_FREQUENT_MIN_DOCS = 20;
  /** The containment rule applies only when the smaller set has at least this many shingles. */
  public static final int MIN_CONTAINED_SHINGLES = 20;

  public final int shingleSize;
  public final int permutations;
  public final int bands;
  public final int rows;
  public final double jaccard;
  public final double containment;
  public final int bucketCap;
  public final int componentCap;
  public final int ccRounds;
  public final double frequentShare;
  public final int frequentMinDocs;

  private NearDupConfig(int shingleSize, int permutations, int bands, int rows, double jaccard,
      double containment, int bucketCap, int componentCap, int ccRounds, double frequentShare,
      int frequentMinDocs) {
    require(shingleSize >= 1, "shingle size must be >= 1");
    require(bands >= 1 && rows >= 1, "bands and rows must be >= 1");
    require(bands * rows <= permutations, "bands x rows must not exceed permutations");
    require(jaccard > 0 && jaccard <= 1, "jaccard threshold must be in (0, 1]");
    require(containment > 0 && containment <= 1, "containment threshold must be in (0, 1]");
    require(bucketCap >= 2, "bucket cap must be >= 2");
    require(componentCap >= 2, "component cap must be >= 2");
    require(ccRounds >= 1, "cc rounds must be >= 1");
    require(frequentShare > 0 && frequentShare <= 1, "frequent shingle share must be in (0, 1]");
    require(frequentMinDocs >= 1, "frequent shingle minimum must be >= 1");
    this.shingleSize = shingleSize;
    this.permutations = permutations;
    this.bands = bands;
    this.rows = rows;
    this.jaccard = jaccard;
    this.containment = containment;
    this.bucketCap = bucketCap;
    this.componentCap = componentCap;
    this.ccRounds = ccRounds;
    this.frequentShare = frequentShare;
    this.frequentMinDocs = frequentMinDocs;
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  public static NearDupConfig defaults() {
    return new NearDupConfig(DEFAULT_SHINGLE_SIZE, DEFAULT_PERMUTATIONS, DEFAULT_BANDS, DEFAULT_ROWS,
        DEFAULT_JACCARD, DEFAULT_CONTAINMENT, DEFAULT_BUCKET_CAP, DEFAULT_COMPONENT_CAP, DEFAULT_CC_ROUNDS,
        DEFAULT_FREQUENT_SHARE, DEFAULT_FREQUENT_MIN_DOCS);
  }

  public static NearDupConfig of(int shingleSize, int permutations, int bands, int rows, double jaccard,
      double containment, int bucketCap, int componentCap, int ccRounds) {
    return new NearDupConfig(shingleSize, permutations, bands, rows, jaccard, containment, bucketCap,
        componentCap, ccRounds, DEFAULT_FREQUENT_SHARE, DEFAULT_FREQUENT_MIN_DOCS);
  }

  /**
   * The same settings with another frequent-shingle filter: a shingle present in more than
   * {@code max(minDocs, share * articles)} articles is left out of the MinHash signatures (it still counts
   * when a candidate pair is verified). {@code share = 1} turns the filter off.
   */
  public NearDupConfig withFrequentShingles(double share, int minDocs) {
    return new NearDupConfig(shingleSize, permutations, bands, rows, jaccard, containment, bucketCap,
        componentCap, ccRounds, share, minDocs);
  }

  /** How many articles a shingle may be in before it is frequent, for a corpus of {@code articles}. */
  public long frequentDocLimit(long articles) {
    return Math.max(frequentMinDocs, (long) Math.floor(frequentShare * articles));
  }

  /**
   * The set part of the verification rule (the whole rule, with boilerplate set aside, is {@link
   * #sameStory(BodyShingles, BodyShingles)}): Jaccard at least {@link #jaccard}, or containment at least
   * {@link #containment} when the smaller set has at least {@link #MIN_CONTAINED_SHINGLES} shingles (so a
   * copy cut to half the story merges, a two-line brief whose words also occur in a long article does not).
   */
  public boolean sameStory(long[] x, long[] y) {
    return sameStory(x, y, Math.min(x.length, y.length));
  }

  /** The rule with the containment route's size guard taken from {@code smallerArticle} shingles. */
  private boolean sameStory(long[] x, long[] y, int smallerArticle) {
    int inter = ShingleSets.intersection(x, y);
    int union = x.length + y.length - inter;
    int min = Math.min(x.length, y.length);
    if (union > 0 && inter >= jaccard * union) {
      return true;
    }
    return smallerArticle >= MIN_CONTAINED_SHINGLES && min > 0 && inter >= containment * min;
  }

  /**
   * The boilerplate-aware verification rule, used for candidate pairs and for the chaining guard. First the
   * whole bodies must pass {@link #sameStory(long[], long[])}. Then an edge paragraph the two bodies share
   * word for word (first with first, last with last) is set aside, because that is where an outlet's own
   * trailer or byline sits, and it may be as long as a short story: what is left of both bodies must pass
   * the same rule again, so two unrelated stories with one outlet's trailer do not merge while a wire copy
   * whose lead (or last paragraph) was kept still does. A body that is nothing but shared edge paragraphs
   * merges only when it shares the other's lead and not its last paragraph (a copy cut down to its lead
   * paragraph); a shared last paragraph alone never makes two bodies one story.
   *
   * <p>Pure, per pair and symmetric, so it gives the same answer on every runner at any parallelism. Corpus
   * frequency is deliberately not used here: in a corpus where one wire story runs more often than the
   * frequent-shingle limit, that story's own shingles are the frequent ones.
   */
  public boolean sameStory(BodyShingles x, BodyShingles y) {
    if (!sameStory(x.all, y.all)) {
      return false;
    }
    boolean leadShared = x.lead.length > 0 && java.util.Arrays.equals(x.lead, y.lead);
    boolean lastShared = x.last.length > 0 && java.util.Arrays.equals(x.last, y.last);
    if (!leadShared && !lastShared) {
      return true;
    }
    int sharedEdges = (leadShared ? 1 : 0) + (lastShared ? 1 : 0);
    if (x.paragraphs <= sharedEdges || y.paragraphs <= sharedEdges) {
      return !lastShared;
    }
    long[] shared = !lastShared ? x.lead : !leadShared ? x.last : ShingleSets.union(x.lead, x.last);
    // the size guard of the containment route is about the article (a brief is not half a story), so it
    // stays measured on the whole bodies: a half-length cut whose kept lead was set aside still qualifies
    return sameStory(ShingleSets.difference(x.all, shared), ShingleSets.difference(y.all, shared),
        Math.min(x.all.length, y.all.length));
  }

  @Override
  public String toString() {
    return "NearDupConfig{k=" + shingleSize + ", permutations=" + permutations + ", bands=" + bands + "x" + rows
        + ", jaccard>=" + jaccard + ", containment>=" + containment + ", bucketCap=" + bucketCap
        + ", componentCap=" + componentCap + ", ccRounds=" + ccRounds + ", frequentShingles>"
        + frequentShare + "&>" + frequentMinDocs + "docs}";
  }
}
