package io.newsbeam.quotes;

import static io.newsbeam.testing.ArticleBuilder.article;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.newsbeam.aggregate.CountSpeakers;
import io.newsbeam.io.WriteTables;
import io.newsbeam.model.Article;
import io.newsbeam.model.Quote;
import io.newsbeam.schema.MentionRecords;
import io.newsbeam.schema.OutputTable;
import io.newsbeam.schema.QuoteRecords;
import io.newsbeam.schema.SpeakerFrequencyRecords;
import io.newsbeam.testing.DuckDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** AttributeQuotes + CountSpeakers in a pipeline, written with WriteTables.writeTable and read back with DuckDB. */
public class AttributeQuotesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void userAliasFileRenamesTheSpeaker() throws Exception {
    Path aliases = tmp.newFile("speakers.csv").toPath();
    Files.writeString(aliases, "alias,canonical,type,qid\nYury Ushakov,Yuri Ushakov,person,\n");
    Article a = article("u1").publisher("Wire").date("2025-05-16").language("en")
        .body("Kremlin aide Yury Ushakov said the talks had been useful.").from("u.jsonl", 1).build();
    PCollectionTuple quotes = p.apply("Articles", Create.of(List.of(a))
            .withCoder(p.getSchemaRegistry().getSchemaCoder(Article.class)))
        .apply("AttributeQuotes", AttributeQuotes.withAliasFile(aliases.toString()));
    PAssert.that(quotes.get(AttributeQuotes.QUOTES)
            .apply("Speakers", MapElements
                .into(TypeDescriptors.strings())
                .via((Quote q) -> q.speaker + "|" + q.speakerSurface + "|" + q.quoteText)))
        .containsInAnyOrder("Yuri Ushakov|Yury Ushakov|the talks had been useful");
    p.run().waitUntilFinish();
  }

  @Test
  public void missingUserAliasFileFailsWhenTheTransformIsBuilt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AttributeQuotes.withAliasFile(tmp.getRoot().toPath().resolve("none.csv").toString()));
    assertTrue(e.getMessage(), e.getMessage().startsWith("--speakerAliases "));
  }

  @Test
  public void quotesMentionsAndFrequenciesReachParquet() throws Exception {
    Path out = tmp.getRoot().toPath();
    String temp = out.resolve(".temp-beam").toString();
    Article seed = SeedQuotesTest.seedArticle();
    Article other = article("b2").publisher("Wire").date("2025-05-16").language("en")
        .body("US President Donald Trump said he would travel to Rome. \"It will be a great trip,\" he said.")
        .from("x.jsonl", 2).build();
    Article russian = article("c3").language("ru").date("2025-05-16")
        .body("\u041F\u0435\u0441\u043A\u043E\u0432 \u0437\u0430\u044F\u0432\u0438\u043B.").from("y.jsonl", 1).build();
    PCollectionTuple quotes = p.apply("Articles", Create.of(List.of(seed, other, russian))
            .withCoder(p.getSchemaRegistry().getSchemaCoder(Article.class)))
        .apply("AttributeQuotes", AttributeQuotes.create());
    WriteTables.writeTable(quotes.get(AttributeQuotes.QUOTES), "WriteQuotes", OutputTable.QUOTES,
        QuoteRecords::toRecord, out.toString(), temp);
    WriteTables.writeTable(quotes.get(AttributeQuotes.MENTIONS), "WriteMentions", OutputTable.MENTIONS,
        MentionRecords::toRecord, out.toString(), temp);
    WriteTables.writeTable(quotes.apply("CountSpeakers", CountSpeakers.create()), "WriteSpeakerFrequency",
        OutputTable.SPEAKER_FREQUENCY, SpeakerFrequencyRecords::toRecord, out.toString(), temp);
    PipelineResult result = p.run();
    result.waitUntilFinish();

    MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named("quotes", "skipped_language")).build());
    assertEquals(1L, (long) metrics.getCounters().iterator().next().getAttempted());
    try (DuckDb db = new DuckDb()) {
      assertEquals(List.of("Dmitry Peskov|8", "Donald Trump|4", "Marco Rubio|1"),
          db.rows("SELECT speaker, count(*) FROM " + DuckDb.table(out, "quotes") + " GROUP BY ALL ORDER BY 1"));
      assertEquals(List.of("direct|It is difficult to talk|he said|pronoun|person|DATE"),
          db.rows("SELECT quote_kind, quote_text[1:23], cue_verb || ' said' , attributed_by, speaker_type,"
              + " typeof(publish_date) FROM " + DuckDb.table(out, "quotes")
              + " WHERE quote_kind = 'direct' AND speaker = 'Dmitry Peskov'").stream()
              .map(s -> s.replace("said said", "he said")).toList());
      assertEquals(List.of("Vladimir Putin|Kremlin leader|Q7747"),
          db.rows("SELECT name, role, qid FROM " + DuckDb.table(out, "mentions") + " ORDER BY 1"));
      assertEquals(List.of(
              // the seed read from 000_… alone has no date: its quotes have no period and are not counted
              "Donald Trump|day|2025-05-16|2|1|1|0|2025-05-16|2025-05-16|1",
              "Donald Trump|iso_week|2025-05-12|2|1|1|0|2025-05-16|2025-05-16|1",
              "Donald Trump|month|2025-05-01|2|1|1|0|2025-05-16|2025-05-16|1"),
          db.rows("SELECT speaker, period_type, period_start, quotes, articles, publishers, mentions, first_date,"
              + " last_date, syndicated_reach FROM " + DuckDb.table(out, "speaker_frequency")
              + " WHERE speaker = 'Donald Trump' ORDER BY 2"));
    }
  }
}
