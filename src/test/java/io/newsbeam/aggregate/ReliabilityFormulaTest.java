package io.newsbeam.aggregate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.junit.Test;

public class ReliabilityFormulaTest {
  /** {n, k, rating (NaN: none), weight, expected mean, expected prior alpha, expected prior beta}. */
  private static final double[][] CASES = {
      {0, 0, Double.NaN, 0, 0.5, 1, 1},
      {2, 2, Double.NaN, 0, 0.75, 1, 1},
      {10, 3, Double.NaN, 0, 4.0 / 12, 1, 1},
      {2, 2, 0.9, 10, 12.0 / 14, 10, 2},
      {0, 0, 0.2, 10, 3.0 / 12, 3, 9},
      {5, 0, 1.0, 0, 1.0 / 7, 1, 1},
  };

  @Test
  public void posteriorMeanAndQuantiles() {
    for (double[] c : CASES) {
      Double rating = Double.isNaN(c[2]) ? null : c[2];
      ReliabilityFormula.Posterior post = ReliabilityFormula.posterior((long) c[0], (long) c[1], rating, c[3]);
      String label = java.util.Arrays.toString(c);
      assertEquals(label, c[4], post.mean(), 1e-12);
      assertEquals(label, c[5], post.priorAlpha(), 1e-12);
      assertEquals(label, c[6], post.priorBeta(), 1e-12);
      BetaDistribution beta = new BetaDistribution(c[5] + c[1], c[6] + c[0] - c[1]);
      assertEquals(label, beta.inverseCumulativeProbability(0.05), post.low(), 1e-9);
      assertEquals(label, beta.inverseCumulativeProbability(0.95), post.high(), 1e-9);
    }
  }

  @Test
  public void uniformPriorIntervalForOneFailure() {
    // Beta(1, 2): CDF 1 - (1 - x)^2, so the 5% quantile is 1 - sqrt(0.95)
    ReliabilityFormula.Posterior post = ReliabilityFormula.posterior(1, 0, null, 0);
    assertEquals(1 - Math.sqrt(0.95), post.low(), 1e-9);
    assertEquals(1 - Math.sqrt(0.05), post.high(), 1e-9);
  }

  @Test
  public void rejectsImpossibleCounts() {
    assertThrows(IllegalArgumentException.class, () -> ReliabilityFormula.posterior(1, 2, null, 0));
  }

  @Test
  public void ratingsFileParsesAndMatchesParentDomains() {
    ReliabilityRatings r = ReliabilityRatings.parse("# comment\ndomain,rating,weight\nwww.Example.org,0.7,\n"
        + "wire.example,0.2,4\n");
    assertEquals(0.7, r.forDomain("news.example.org").rating(), 0);
    assertEquals(ReliabilityRatings.DEFAULT_WEIGHT, r.forDomain("example.org").weight(), 0);
    assertEquals(4.0, r.forDomain("wire.example").weight(), 0);
    assertEquals(null, r.forDomain("other.example"));
    assertThrows(IllegalArgumentException.class, () -> ReliabilityRatings.parse("domain,rating\nx.example,1.5\n"));
    assertThrows(IllegalArgumentException.class, () -> ReliabilityRatings.parse("site,score\nx.example,0.5\n"));
  }

  @Test
  public void shippedExampleRatingsParse() {
    ReliabilityRatings r = ReliabilityRatings.load("pipelines/local/ratings-example.csv");
    assertEquals(3, r.asMap().size());
  }
}
