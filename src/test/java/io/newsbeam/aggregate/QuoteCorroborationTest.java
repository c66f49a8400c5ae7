package io.newsbeam.aggregate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** The pure side of quote corroboration: token overlap, the short-quote floor, the cap, independence. */
public class QuoteCorroborationTest {
  private static final String LONG = "The meeting at the highest level should be carefully prepared and effective";

  private static SpeakerQuote q(String article, String publisher, String text) {
    return new SpeakerQuote(article, article + "-q", publisher, QuoteOverlap.tokens(text));
  }

  @Test
  public void tokensAreDistinctLowerCaseWords() {
    assertEquals(List.of("is", "it", "necessary", "very"), QuoteOverlap.tokens("It is necessary, VERY necessary."));
  }

  @Test
  public void overlapIsSharedOverTheSmallerSet() {
    // 4 shared of min(5, 6) = 0.8
    assertEquals(0.8, QuoteOverlap.overlap(QuoteOverlap.tokens("a b c d e"), QuoteOverlap.tokens("a b c d x y")),
        1e-9);
    // a shortened quote is wholly inside the longer one
    assertEquals(1.0, QuoteOverlap.overlap(QuoteOverlap.tokens("should be carefully prepared and effective"),
        QuoteOverlap.tokens(LONG)), 1e-9);
    assertEquals(0.0, QuoteOverlap.overlap(List.of(), QuoteOverlap.tokens(LONG)), 1e-9);
  }

  @Test
  public void shortQuotesAreNeverTheSameQuote() {
    List<String> four = QuoteOverlap.tokens("we will see soon");
    assertFalse(QuoteOverlap.sameQuote(four, four));
    List<String> five = QuoteOverlap.tokens("we will see it soon");
    assertTrue(QuoteOverlap.sameQuote(five, five));
  }

  @Test
  public void onlyAnotherPublisherCorroborates() {
    List<SpeakerQuote> quotes = List.of(
        q("a1", "Harbour Post", LONG),
        q("a2", "harbour  post", LONG), // the same outlet, spelled differently
        q("a3", "Kyiv Ledger", "That meeting should be carefully prepared and effective"),
        q("a4", "Kyiv Ledger", "Talks about grain exports will resume in Istanbul next week"));
    // a3 shares 7 of its 8 tokens with a1 and a2 (all but "that"): 0.875 >= 0.8, and another publisher
    assertEquals(Set.of("a1", "a2", "a3"), QuoteCorroboration.corroboratedArticles(quotes));
    assertEquals(Set.of(), QuoteCorroboration.corroboratedArticles(quotes.subList(0, 2)));
  }

  @Test
  public void belowTheThresholdIsNotTheSameQuote() {
    List<SpeakerQuote> quotes = List.of(
        q("a1", "Harbour Post", "prices will rise again in the spring because of the drought"),
        q("a2", "Kyiv Ledger", "prices will fall in the summer after a good harvest"));
    assertTrue(QuoteOverlap.overlap(quotes.get(0).tokens, quotes.get(1).tokens) < QuoteOverlap.MIN_OVERLAP);
    assertEquals(Set.of(), QuoteCorroboration.corroboratedArticles(quotes));
  }

  @Test
  public void capKeepsTheFirstQuotesInIdOrderWhateverTheArrivalOrder() {
    List<SpeakerQuote> quotes = new ArrayList<>();
    for (int i = 9; i >= 0; i--) {
      quotes.add(q("a" + i, "P" + i, LONG));
    }
    QuoteCorroboration.Capped capped = QuoteCorroboration.cap(quotes, 3);
    assertEquals(List.of("a0", "a1", "a2"), capped.kept().stream().map(x -> x.articleId).toList());
    assertEquals(7, capped.dropped());
  }
}
