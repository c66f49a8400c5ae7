package io.newsbeam.quotes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.newsbeam.io.ReaderConfig;
import io.newsbeam.io.RecordDecoder;
import io.newsbeam.model.Article;
import io.newsbeam.model.Mention;
import io.newsbeam.model.Quote;
import io.newsbeam.model.RawArticle;
import io.newsbeam.normalize.ArticleNormalizer;
import io.newsbeam.normalize.NormalizeConfig;
import java.io.FileInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The seed article (read and normalized by the real classes) yields exactly the quotes of issue 5. */
public class SeedQuotesTest {
  static Article seedArticle() {
    String file = "testdata/corpus/000_44610d290e9c4598.txt";
    List<RawArticle> raws = new ArrayList<>();
    new RecordDecoder(ReaderConfig.defaults()).decode(file, () -> new FileInputStream(file), raws::add,
        r -> { throw new AssertionError("rejected: " + r); });
    assertEquals(1, raws.size());
    return new ArticleNormalizer(NormalizeConfig.defaults()).normalize(raws.get(0));
  }

  @Test
  public void seedYieldsExactlyTheIssueQuotes() {
    Article a = seedArticle();
    ArticleQuotes aq = new ArticleQuotes(new QuoteExtractor(SpeakerAliases.builtIn()));
    QuoteExtractor.Result r = aq.extract(a);
    List<String> got = new ArrayList<>();
    for (Quote q : aq.quotes(a, r)) {
      String[] words = q.quoteText.split(" ");
      got.add(q.speaker + " | " + q.quoteKind + " | " + String.join(" ", List.of(words).subList(0, 3)));
      // offsets are code points into the body
      int s = a.body.offsetByCodePoints(0, q.start);
      int e = a.body.offsetByCodePoints(0, q.end);
      assertEquals(q.quoteText, a.body.substring(s, e));
    }
    assertEquals(List.of(
        "Dmitry Peskov | reported | a meeting between",
        "Dmitry Peskov | reported | such a meeting",
        "Dmitry Peskov | labelled | The meeting at",
        "Dmitry Peskov | reported | the meeting is",
        "Dmitry Peskov | labelled | This is how",
        "Dmitry Peskov | reported | the Kremlin believes",
        "Dmitry Peskov | reported | restoring partnership with",
        "Dmitry Peskov | direct | It is difficult",
        "Donald Trump | reported | a peaceful settlement",
        "Marco Rubio | reported | he does not",
        "Donald Trump | reported | he would meet"), got);
    List<String> mentioned = new ArrayList<>();
    for (Mention m : aq.mentions(a, r)) {
      mentioned.add(m.name);
    }
    assertTrue(mentioned.toString(), mentioned.contains("Vladimir Putin"));
    assertTrue(mentioned.toString(), !mentioned.contains("Dmitry Peskov"));
  }
}
