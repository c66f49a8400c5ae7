package io.newsbeam.aggregate;

import static io.newsbeam.sources.SourceArticles.article;
import static org.junit.Assert.assertEquals;

import io.newsbeam.io.WriteTables;
import io.newsbeam.model.Article;
import io.newsbeam.model.Citation;
import io.newsbeam.model.SourceReliability;
import io.newsbeam.schema.CitationRecords;
import io.newsbeam.schema.OutputTable;
import io.newsbeam.schema.SourceReliabilityRecords;
import io.newsbeam.sources.ExtractCitations;
import io.newsbeam.testing.DuckDb;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * ExtractCitations -> ScoreSourceReliability -> WriteTables.writeTable -> DuckDB, with the README's ranking
 * and trace queries, so the documented SQL is known to run and every number traces to citation rows.
 */
public class SourceTablesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  /** The README's ranking query, with the table folder substituted. */
  static final String RANKING = "SELECT entity, source_type, citations, distinct_publishers, distinct_articles,"
      + " round(cautionary_share, 2) AS cautionary, round(corroboration_share, 2) AS corroborated, successes,"
      + " round(score, 3) AS score, round(score_low, 3) AS low, round(score_high, 3) AS high, evidence"
      + " FROM read_parquet('%s/source_reliability/*.parquet')"
      + " WHERE entity_kind = 'source'"
      + " ORDER BY score_low DESC, evidence DESC, entity";
  static final String PUBLISHERS = "SELECT entity, articles, citations, round(anonymous_rate, 2) AS anonymous,"
      + " round(single_source_story_rate, 2) AS single_source, round(corrections_rate, 2) AS corrections,"
      + " successes, round(score, 3) AS score, evidence"
      + " FROM read_parquet('%s/source_reliability/*.parquet')"
      + " WHERE entity_kind = 'publisher' ORDER BY score DESC, entity";
  /** Traceability: recount a source row from the citation rows. */
  static final String TRACE = "SELECT source, count(*) AS citations, count(DISTINCT publisher) AS publishers,"
      + " count(DISTINCT article_id) AS articles, sum(CASE WHEN cautionary THEN 1 ELSE 0 END) AS cautionary"
      + " FROM read_parquet('%s/citations/*.parquet') GROUP BY source ORDER BY source";

  @Test
  public void extractsScoresWritesAndReadsBack() throws Exception {
    Path out = tmp.getRoot().toPath();
    List<Article> articles = List.of(
        article("a1", "Kyiv Ledger", "k1", List.of("Harbour Post", "Kyiv Ledger"),
            "Talks in Istanbul ended without agreement.",
            "Source: Kremlin-aligned news agencies RIA Novosti; TASS",
            "Details: According to Reuters, the talks ended after two hours."),
        article("a2", "Harbour Post", "k2", List.of("Harbour Post"),
            "Reuters reported that the talks ended after two hours.",
            "A source familiar with the talks said both sides would meet again."),
        article("a3", "Harbour Post", "k3", List.of("Harbour Post"),
            "Rain is expected across the region.",
            "Update: This article has been updated with the latest forecast."));
    PCollection<Article> input = p.apply("Articles",
        Create.of(articles).withCoder(p.getSchemaRegistry().getSchemaCoder(Article.class)));
    PCollection<Citation> citations = input.apply("ExtractCitations", ExtractCitations.create());
    PCollection<KV<String, String>> links = p.apply("StoryLinks", Create.of(KV.of("a1", "q1"), KV.of("a2", "q1"))
        .withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollection<SourceReliability> scores = PCollectionTuple.of(ScoreSourceReliability.CITATIONS, citations)
        .and(ScoreSourceReliability.ARTICLES, input)
        .and(ScoreSourceReliability.STORY_LINKS, links)
        .apply("ScoreSourceReliability", ScoreSourceReliability.create()
            .withRatings(ReliabilityRatings.parse("domain,rating,weight\nreuters.com,0.9,10\n")));
    String temp = out.resolve(".temp-beam").toString();
    WriteTables.writeTable(citations, "WriteCitations", OutputTable.CITATIONS, CitationRecords::toRecord,
        out.toString(), temp);
    WriteTables.writeTable(scores, "WriteSourceReliability", OutputTable.SOURCE_RELIABILITY,
        SourceReliabilityRecords::toRecord, out.toString(), temp);
    p.run().waitUntilFinish();

    String dir = out.toAbsolutePath().toString();
    try (DuckDb db = new DuckDb()) {
      assertEquals(List.of(
              "a1|RIA Novosti|RIA Novosti|news_agency|source_line|[Kremlin-aligned]|true|according|null",
              "a1|TASS|TASS|news_agency|source_line|[Kremlin-aligned]|true|according|null",
              "a1|Reuters|Reuters|news_agency|inline|[]|false|according_to|null",
              "a2|Reuters|Reuters|news_agency|inline|[]|false|x_said|null",
              "a2|anonymous|A source familiar with the talks|anonymous|anonymous|[]|true|anonymous|null"),
          db.rows("SELECT article_id, source, source_surface, source_type, citation_kind, qualifiers, cautionary,"
              + " CASE WHEN rule = 'source_line' THEN 'according' ELSE rule END, note"
              + " FROM read_parquet('" + dir + "/citations/*.parquet') ORDER BY article_id, start"));
      assertEquals(List.of(
              "Reuters|news_agency|2|2|2|0.0|1.0|2|0.857|0.684|0.972|2",
              "RIA Novosti|news_agency|1|1|1|1.0|1.0|0|0.333|0.025|0.776|1",
              "TASS|news_agency|1|1|1|1.0|1.0|0|0.333|0.025|0.776|1",
              "anonymous|anonymous|1|1|1|1.0|1.0|0|0.333|0.025|0.776|1"),
          db.rows(String.format(RANKING, dir)));
      assertEquals(List.of(
              "Harbour Post|2|2|0.5|0.0|0.5|1|0.5|2",
              "Kyiv Ledger|1|3|0.0|0.0|0.0|1|0.4|3"),
          db.rows(String.format(PUBLISHERS, dir)));
      assertEquals(List.of("RIA Novosti|1|1|1|1", "Reuters|2|2|2|0", "TASS|1|1|1|1", "anonymous|1|1|1|1"),
          db.rows(String.format(TRACE, dir)));
    }
  }
}
