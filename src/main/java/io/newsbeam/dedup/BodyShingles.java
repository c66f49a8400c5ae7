package io.newsbeam.dedup;

/**
 * The word shingles of an article body ({@link Shingler}), with those of its first and last paragraphs kept
 * apart. The edges are where an outlet puts its own text (bylines, reader-support, copyright and contact
 * trailers), so verification can tell a match that rests on one shared edge paragraph from one spread over
 * the story ({@link NearDupConfig#sameStory(BodyShingles, BodyShingles)}). Paragraphs are the body's
 * blank-line-separated blocks, as the normalizer joins them; blocks without a word do not count.
 *
 * <p>{@link #lead} and {@link #last} are the shingles of that paragraph on its own, so they are the same array
 * as {@link #all} for a one-paragraph body. Immutable by convention: the arrays are shared, never written.
 */
public final class BodyShingles {
  private static final long[] NONE = new long[0];

  /** Every shingle of the whole body (shingles that span a paragraph break included), sorted, distinct. */
  public final long[] all;
  /** The shingles of the first paragraph alone. */
  public final long[] lead;
  /** The shingles of the last paragraph alone. */
  public final long[] last;
  /** How many paragraphs with at least one word the body has. */
  public final int paragraphs;

  public BodyShingles(long[] all, long[] lead, long[] last, int paragraphs) {
    if (paragraphs < 0) {
      throw new IllegalArgumentException("paragraphs must be >= 0: " + paragraphs);
    }
    this.all = all;
    this.lead = lead;
    this.last = last;
    this.paragraphs = paragraphs;
  }

  /** Shingles {@code body} with {@code shingler}: the whole body once, and its first and last paragraphs. */
  public static BodyShingles of(Shingler shingler, String body) {
    long[] all = shingler.shingles(body);
    String first = null;
    String lastText = null;
    int count = 0;
    for (String block : body.split("\n\\s*\n")) {
      if (hasWord(block)) {
        if (first == null) {
          first = block;
        }
        lastText = block;
        count++;
      }
    }
    if (count == 0) {
      return new BodyShingles(all, NONE, NONE, 0);
    }
    if (count == 1) {
      return new BodyShingles(all, all, all, 1);
    }
    return new BodyShingles(all, shingler.shingles(first), shingler.shingles(lastText), count);
  }

  private static boolean hasWord(String block) {
    for (int i = 0; i < block.length(); i++) {
      if (Character.isLetterOrDigit(block.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
