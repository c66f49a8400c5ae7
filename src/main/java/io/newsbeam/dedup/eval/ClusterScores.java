package io.newsbeam.dedup.eval;

import io.newsbeam.eval.Rates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 and the adjusted Rand index of a predicted clustering against gold
 * stories, over a chosen set of records. Pairwise figures count the pairs (r, x) where r is a focus record
 * and x any other record: a pair is gold-positive when both carry the same story, predicted-positive when
 * both ended in the same article.
 */
public final class ClusterScores {
  public final long truePositives;
  public final long predictedPositives;
  public final long goldPositives;
  public final double ari;

  private ClusterScores(long tp, long pp, long gp, double ari) {
    this.truePositives = tp;
    this.predictedPositives = pp;
    this.goldPositives = gp;
    this.ari = ari;
  }

  /** Precision; 1.0 when nothing was predicted (no false merge). */
  public double precision() {
    return predictedPositives == 0 ? 1.0 : (double) truePositives / predictedPositives;
  }

  /** Recall; 1.0 when there was nothing to find. */
  public double recall() {
    return goldPositives == 0 ? 1.0 : (double) truePositives / goldPositives;
  }

  public double f1() {
    return Rates.f1(precision(), recall());
  }

  /** One record: its gold story and the article (cluster) it ended in. */
  public static final class Item {
    final String story;
    final String cluster;

    public Item(String story, String cluster) {
      this.story = story;
      this.cluster = cluster;
    }
  }

  /**
   * @param all every scored record (pair counts are taken over these)
   * @param focus pairwise figures count pairs with a focus record on one side
   * @param ariSubset the records the adjusted Rand index is computed over
   */
  public static ClusterScores of(List<Item> all, List<Item> focus, List<Item> ariSubset) {
    Map<String, Long> stories = new HashMap<>();
    Map<String, Long> clusters = new HashMap<>();
    Map<String, Long> cells = new HashMap<>();
    for (Item i : all) {
      stories.merge(i.story, 1L, Long::sum);
      clusters.merge(i.cluster, 1L, Long::sum);
      cells.merge(i.story + "\u0000" + i.cluster, 1L, Long::sum);
    }
    long tp = 0;
    long pp = 0;
    long gp = 0;
    for (Item i : focus) {
      gp += stories.get(i.story) - 1;
      pp += clusters.get(i.cluster) - 1;
      tp += cells.get(i.story + "\u0000" + i.cluster) - 1;
    }
    return new ClusterScores(tp, pp, gp, adjustedRand(ariSubset));
  }

  /** Hubert and Arabie's adjusted Rand index; 1.0 for identical partitions (also trivial ones). */
  public static double adjustedRand(List<Item> items) {
    Map<String, Long> a = new HashMap<>();
    Map<String, Long> b = new HashMap<>();
    Map<String, Long> n = new HashMap<>();
    for (Item i : items) {
      a.merge(i.story, 1L, Long::sum);
      b.merge(i.cluster, 1L, Long::sum);
      n.merge(i.story + "\u0000" + i.cluster, 1L, Long::sum);
    }
    double index = n.values().stream().mapToDouble(ClusterScores::choose2).sum();
    double sa = a.values().stream().mapToDouble(ClusterScores::choose2).sum();
    double sb = b.values().stream().mapToDouble(ClusterScores::choose2).sum();
    double total = choose2(items.size());
    double expected = total == 0 ? 0 : sa * sb / total;
    double max = (sa + sb) / 2;
    return max == expected ? 1.0 : (index - expected) / (max - expected);
  }

  private static double choose2(long k) {
    return k * (k - 1) / 2.0;
  }
}
