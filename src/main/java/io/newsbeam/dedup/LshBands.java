package io.newsbeam.dedup;

import java.io.Serializable;

/**
 * Locality-sensitive banding of MinHash signatures: the first {@code bands * rows} entries are cut into
 * {@code bands} bands of {@code rows}; two signatures become a candidate pair when they agree on every
 * entry of at least one band, which happens with probability {@code 1 - (1 - s^rows)^bands} for Jaccard
 * similarity s. Each band is reduced to one 64-bit bucket key that also encodes the band index, so keys of
 * different bands never meet.
 */
public final class LshBands implements Serializable {
  private final int bands;
  private final int rows;

  public LshBands(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1: " + bands + " x " + rows);
    }
    this.bands = bands;
    this.rows = rows;
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The bucket key of band {@code band} of {@code signature}. */
  public long key(int[] signature, int band) {
    long h = 0x243F6A8885A308D3L ^ band;
    int from = band * rows;
    for (int i = from; i < from + rows; i++) {
      h = Shingler.mix(h ^ (signature[i] & 0xFFFFFFFFL));
    }
    return h;
  }

  /** Probability that a pair with Jaccard similarity s shares at least one band. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
