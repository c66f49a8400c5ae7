package io.newsbeam.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Within the quotes of one speaker: which articles carry a quote that an article of another publisher also
 * carries ({@link QuoteOverlap#sameQuote}). Pure; the Beam side is {@link CorroborateByQuotes}.
 *
 * <p>Comparing is all pairs inside one speaker's group, so a group is capped at {@link #MAX_QUOTES_PER_SPEAKER}
 * quotes: the first ones in (article id, quote id) order are kept, the rest are not compared (counted, and
 * documented in the README). That bounds the work per speaker at cap²/2 token-set comparisons and keeps the
 * result independent of arrival order.
 */
public final class QuoteCorroboration {
  public static final int MAX_QUOTES_PER_SPEAKER = 2000;

  static final Comparator<SpeakerQuote> ORDER =
      Comparator.comparing((SpeakerQuote q) -> q.articleId).thenComparing(q -> q.quoteId);

  private QuoteCorroboration() {}

  /** The kept quotes of a group and how many were over the cap. */
  public record Capped(List<SpeakerQuote> kept, long dropped) {}

  /** The first {@code cap} quotes in {@link #ORDER}, holding at most cap + 1 in memory. */
  public static Capped cap(Iterable<SpeakerQuote> quotes, int cap) {
    TreeSet<SpeakerQuote> kept = new TreeSet<>(ORDER);
    long dropped = 0;
    for (SpeakerQuote q : quotes) {
      if (kept.add(q) && kept.size() > cap) {
        kept.pollLast();
        dropped++;
      }
    }
    return new Capped(new ArrayList<>(kept), dropped);
  }

  /** Article ids (sorted) with a same-speaker quote that another publisher's article also carries. */
  public static Set<String> corroboratedArticles(List<SpeakerQuote> quotes) {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < quotes.size(); i++) {
      SpeakerQuote a = quotes.get(i);
      for (int j = i + 1; j < quotes.size(); j++) {
        SpeakerQuote b = quotes.get(j);
        if (out.contains(a.articleId) && out.contains(b.articleId)) {
          continue; // nothing new to learn from this pair
        }
        if (!samePublisher(a.publisher, b.publisher) && QuoteOverlap.sameQuote(a.tokens, b.tokens)) {
          out.add(a.articleId);
          out.add(b.articleId);
        }
      }
    }
    return out;
  }

  /** Publishers are normalized upstream; case and spacing differences are still one outlet. */
  static boolean samePublisher(String a, String b) {
    return fold(a).equals(fold(b));
  }

  private static String fold(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
