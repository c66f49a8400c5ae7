package io.newsbeam.dedup;

import io.newsbeam.normalize.TextCleaner;
import java.util.Arrays;

/**
 * Word k-shingles of a body as a sorted set of 64-bit hashes. Tokens are maximal runs of letters and digits
 * of {@link TextCleaner#canonical} text (typographic quotes and dashes folded), lower-cased; every token is
 * hashed once (FNV-1a over its chars), every shingle once from its k token hashes (a multiply-xor chain
 * finished by the SplitMix64 mixer). A body with fewer than k tokens but at least one is one shingle of all
 * of them; a body without tokens has no shingles.
 *
 * <p>Not thread-safe: an instance reuses its token buffer between calls, so the hot loop allocates only the
 * result array. Use one instance per DoFn instance (or thread).
 */
public final class Shingler {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long CHAIN = 0x9E3779B97F4A7C15L;

  private final int k;
  private long[] tokens = new long[1024];
  private long[] shingles = new long[1024];

  public Shingler(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("shingle size must be >= 1: " + k);
    }
    this.k = k;
  }

  public int size() {
    return k;
  }

  /** The distinct shingle hashes of {@code body}, sorted ascending (signed order). */
  public long[] shingles(String body) {
    int n = tokenize(TextCleaner.canonical(body));
    if (n == 0) {
      return new long[0];
    }
    int count = Math.max(1, n - k + 1);
    if (shingles.length < count) {
      shingles = new long[Math.max(count, shingles.length * 2)];
    }
    int width = Math.min(k, n);
    for (int i = 0; i < count; i++) {
      long h = width;
      for (int j = 0; j < width; j++) {
        h = (h ^ tokens[i + j]) * CHAIN;
        h = Long.rotateLeft(h, 29);
      }
      shingles[i] = mix(h);
    }
    Arrays.sort(shingles, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || shingles[i] != shingles[distinct - 1]) {
        shingles[distinct++] = shingles[i];
      }
    }
    return Arrays.copyOf(shingles, distinct);
  }

  /** Hashes every token of {@code text} into {@link #tokens}; returns how many. */
  private int tokenize(String text) {
    int n = 0;
    long h = FNV_OFFSET;
    boolean inToken = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
        inToken = true;
      } else if (inToken) {
        n = addToken(n, h);
        h = FNV_OFFSET;
        inToken = false;
      }
    }
    if (inToken) {
      n = addToken(n, h);
    }
    return n;
  }

  private int addToken(int n, long h) {
    if (n == tokens.length) {
      tokens = Arrays.copyOf(tokens, n * 2);
    }
    tokens[n] = mix(h);
    return n + 1;
  }

  /** The SplitMix64 finaliser: a bijection that spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
