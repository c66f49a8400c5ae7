package io.newsbeam.aggregate;

import static io.newsbeam.sources.SourceArticles.article;

import io.newsbeam.model.Article;
import io.newsbeam.model.Citation;
import io.newsbeam.model.Quote;
import io.newsbeam.model.SourceReliability;
import io.newsbeam.sources.ExtractCitations;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

/**
 * Quote corroboration in Beam: two publishers with the same quote of one speaker are corroborated, one publisher
 * twice is not, a quote below 0.8 overlap is not, the same words of another speaker are not; and the flags reach
 * the reliability rows.
 */
public class CorroborateByQuotesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static final String PESKOV = "The meeting at the highest level should be carefully prepared and effective";

  static Quote quote(String id, String article, String publisher, String speaker, String text) {
    return new Quote(id, article, 20250516, publisher, speaker, speaker, "person", null, null, text, "direct",
        "said", text, 0, text.length(), "test", 1.0, List.of(), null, 1);
  }

  private PCollection<Quote> quotes() throws Exception {
    return p.apply("Quotes", Create.of(
        // two publishers, one speaker, the second a shortened version: corroborated
        quote("q1", "a1", "Harbour Post", "Dmitry Peskov", PESKOV),
        quote("q2", "a2", "Kyiv Ledger", "Dmitry Peskov", "the meeting should be carefully prepared and effective"),
        // one publisher twice: not
        quote("q3", "a3", "Harbour Post", "Olena Bondar", "Grain exports through Odesa will resume next week"),
        quote("q4", "a4", "Harbour Post", "Olena Bondar", "Grain exports through Odesa will resume next week"),
        // two publishers, overlap below 0.8: not
        quote("q5", "a5", "Harbour Post", "Marta Koval", "prices will rise again in the spring because of drought"),
        quote("q6", "a6", "Kyiv Ledger", "Marta Koval", "prices will fall in the summer after a good harvest"),
        // Peskov's words under another speaker: not (only one publisher for that speaker)
        quote("q7", "a7", "Kyiv Ledger", "Marco Rubio", PESKOV),
        // no speaker: not compared
        quote("q8", "a8", "Delta Wire", null, PESKOV))
        .withCoder(p.getSchemaRegistry().getSchemaCoder(Quote.class)));
  }

  @Test
  public void flagsArticlesWhoseQuoteAnotherPublisherCarries() throws Exception {
    PCollection<KV<String, Boolean>> flags = quotes().apply("CorroborateByQuotes", CorroborateByQuotes.create());
    PAssert.that(flags).containsInAnyOrder(KV.of("a1", true), KV.of("a2", true));
    p.run().waitUntilFinish();
  }

  @Test
  public void flagsMakeCitationsCorroborated() throws Exception {
    // every article in its own cluster with one publisher: only the quote path can corroborate
    List<Article> articles = List.of(
        article("a1", "Harbour Post", "Reuters reported that the talks ended after two hours."),
        article("a3", "Harbour Post", "Reuters reported that grain exports will resume."),
        article("a5", "Harbour Post", "Reuters reported that prices will rise."));
    PCollection<Article> input = p.apply("Articles",
        Create.of(articles).withCoder(p.getSchemaRegistry().getSchemaCoder(Article.class)));
    PCollection<Citation> citations = input.apply("ExtractCitations", ExtractCitations.create());
    PCollection<KV<String, Boolean>> flags = quotes().apply("CorroborateByQuotes", CorroborateByQuotes.create());
    PCollection<SourceReliability> rows = PCollectionTuple.of(ScoreSourceReliability.CITATIONS, citations)
        .and(ScoreSourceReliability.ARTICLES, input)
        .and(ScoreSourceReliability.QUOTE_CORROBORATED, flags)
        .apply("ScoreSourceReliability", ScoreSourceReliability.create());
    PCollection<String> reuters = rows
        .apply("ReutersRow", Filter.by((SourceReliability r) -> r.entity.equals("Reuters")))
        .apply("Components", MapElements.into(TypeDescriptors.strings())
            .via((SourceReliability r) -> r.entityKind + " citations=" + r.citations + " corroborated="
                + r.corroboratedCitations + " successes=" + r.successes));
    PAssert.that(reuters).containsInAnyOrder("source citations=3 corroborated=1 successes=1");
    p.run().waitUntilFinish();
  }
}
