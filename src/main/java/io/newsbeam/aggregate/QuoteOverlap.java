package io.newsbeam.aggregate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much two quotes of one speaker say the same thing: the overlap of their word-token sets, {@code |A ∩ B| /
 * min(|A|, |B|)}, over lower-cased letter/digit runs. The min in the denominator lets a quote that one outlet
 * shortened ("the meeting is necessary") still match the longer version another outlet ran. Pure.
 */
public final class QuoteOverlap {
  /** Two same-speaker quotes carry the same story at or above this overlap. */
  public static final double MIN_OVERLAP = 0.8;
  /**
   * Quotes with fewer distinct tokens are not compared: one- to four-word quotes ("important", "we will see")
   * recur across unrelated stories and would match by accident.
   */
  public static final int MIN_TOKENS = 5;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private QuoteOverlap() {}

  /** The distinct lower-cased word tokens of a quote, sorted (a stable, comparable form). */
  public static List<String> tokens(String quoteText) {
    Set<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(quoteText.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return List.copyOf(out);
  }

  /** {@code |A ∩ B| / min(|A|, |B|)} of two sorted distinct token lists; 0 when either is empty. */
  public static double overlap(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.size() && j < b.size()) {
      int c = a.get(i).compareTo(b.get(j));
      if (c == 0) {
        shared++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / Math.min(a.size(), b.size());
  }

  /** True when both are long enough to compare and overlap by at least {@link #MIN_OVERLAP}. */
  public static boolean sameQuote(List<String> a, List<String> b) {
    return a.size() >= MIN_TOKENS && b.size() >= MIN_TOKENS && overlap(a, b) >= MIN_OVERLAP;
  }
}
