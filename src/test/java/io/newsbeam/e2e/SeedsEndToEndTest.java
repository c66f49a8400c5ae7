package io.newsbeam.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsbeam.testing.DuckDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The README's first command, as a test: Main over testdata/corpus on the DirectRunner, read back with
 * DuckDB. The two seed files are two renderings of one story and must become one article.
 */
public class SeedsEndToEndTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static PipelineRun run;
  private static final String SEED_HEADLINE =
      "Kremlin says Trump-Putin meeting is \"important\" for settling \"crisis around Ukraine\"";

  @BeforeClass
  public static void runPipeline() throws Exception {
    run = PipelineRun.main(TMP.getRoot().toPath().resolve("out"), List.of(PipelineRun.glob("corpus")), List.of());
  }

  @Test
  public void exitsZeroAndSaysWhereTheParquetWent() {
    assertEquals(run.toString(), 0, run.exitCode);
    assertTrue(run.stdout, run.stdout.contains("Parquet tables in " + run.output));
  }

  @Test
  public void seedsMergeIntoOneArticleWithMergedMetadata() throws Exception {
    try (DuckDb db = new DuckDb()) {
      List<String> rows = db.rows("SELECT title, publish_date, publish_month, publisher, duplicate_count,"
          + " cluster_size, publishers_in_cluster,"
          + " list_sort([regexp_extract(r.file, '[^/]+$') for r in records]),"
          + " list_sort([m.field || '<-' || regexp_extract(m.source, '[^/]+$') for m in metadata_from"
          + "            if m.field in ('title', 'publish_date', 'publisher')])"
          + " FROM " + DuckDb.table(run.output, "articles")
          + " WHERE list_contains([regexp_extract(r.file, '[^/]+$') for r in records], '000_44610d290e9c4598.txt')");
      assertEquals(List.of(SEED_HEADLINE + "|2025-05-16|2025-05|Ukrainska Pravda|1|2|[Ukrainska Pravda]"
          + "|[000_44610d290e9c4598.txt, 001_1f2eece8fa9ed85a.txt]"
          + "|[publish_date<-001_1f2eece8fa9ed85a.txt, publisher<-000_44610d290e9c4598.txt,"
          + " title<-000_44610d290e9c4598.txt]"), rows);
    }
  }

  @Test
  public void seedBodyHasNoLayoutLeftovers() throws Exception {
    try (DuckDb db = new DuckDb()) {
      String body = db.rows("SELECT body FROM " + DuckDb.table(run.output, "articles")
          + " WHERE title LIKE 'Kremlin says Trump-Putin%'").get(0);
      assertTrue(body, body.startsWith("Dmitry Peskov, spokesman for Kremlin leader Vladimir Putin"));
      assertTrue(body, !body.contains("Patreon") && !body.contains(" date 2025") && !body.contains("Quote:"));
    }
  }

  @Test
  public void theOtherSeedIsADuplicateOfTheKeptArticle() throws Exception {
    try (DuckDb db = new DuckDb()) {
      assertEquals(List.of("000_44610d290e9c4598.txt|exact|1.0|1.0|true"),
          db.rows("SELECT regexp_extract(d.file, '[^/]+$'), d.method, d.similarity, d.containment,"
              + " a.cluster_id = d.cluster_id"
              + " FROM " + DuckDb.table(run.output, "duplicates") + " d LEFT JOIN "
              + DuckDb.table(run.output, "articles") + " a USING (article_id)"
              + " WHERE regexp_extract(d.file, '[^/]+$') LIKE '00%'"));
      // and nothing else in the corpus merges but the lead-pipes copies (checked in NearDuplicatesEndToEndTest)
      assertEquals(List.of("000_44610d290e9c4598.txt|exact", "near-dup-lead-pipes.jsonl|near",
              "near-dup-lead-pipes.jsonl|near"),
          db.rows("SELECT regexp_extract(file, '[^/]+$'), method FROM " + DuckDb.table(run.output, "duplicates")
              + " ORDER BY 1, 2"));
    }
  }

  @Test
  public void everyCorpusRecordIsAnArticleOrDuplicateAndTheSummaryReconciles() throws Exception {
    long expectedRecords = Long.parseLong(
        Files.readString(PipelineRun.TESTDATA.resolve("expected/corpus-records.txt")).trim());
    JsonNode summary = run.summary();
    assertEquals(expectedRecords, summary.get("records_read").asLong());
    assertTrue(summary.toString(), summary.at("/reconciliation/reconciled").asBoolean());
    assertEquals(0, summary.at("/tables/rejected").asLong());
    try (DuckDb db = new DuckDb()) {
      // the two seeds are one article (exact), and the three-outlet lead-pipes story is one (near duplicates)
      assertEquals(expectedRecords - 1 - 2, db.count("SELECT count(*) FROM " + DuckDb.table(run.output, "articles")));
      assertEquals(0, db.count("SELECT count(*) FROM " + DuckDb.table(run.output, "rejected")));
      assertEquals(0, db.count("SELECT count(*) FROM " + DuckDb.table(run.output, "articles")
          + " WHERE body = '' OR word_count = 0"));
    }
  }

  @Test
  public void seedQuotesAreAttributedToTheRightPeople() throws Exception {
    try (DuckDb db = new DuckDb()) {
      String seedQuotes = DuckDb.table(run.output, "quotes") + " q JOIN " + DuckDb.table(run.output, "articles")
          + " a USING (article_id) WHERE a.title LIKE 'Kremlin says Trump-Putin%'";
      assertEquals(List.of("Dmitry Peskov|direct|1", "Dmitry Peskov|labelled|2", "Dmitry Peskov|reported|5",
              "Donald Trump|reported|2", "Marco Rubio|reported|1"),
          db.rows("SELECT speaker, quote_kind, count(*) FROM " + seedQuotes + " GROUP BY ALL ORDER BY ALL"));
      assertEquals(0, db.count("SELECT count(*) FROM " + seedQuotes + " AND speaker = 'Vladimir Putin'"));
      assertEquals(List.of("Vladimir Putin"), db.rows("SELECT DISTINCT m.name FROM "
          + DuckDb.table(run.output, "mentions") + " m JOIN " + DuckDb.table(run.output, "articles")
          + " a USING (article_id) WHERE a.title LIKE 'Kremlin says Trump-Putin%' AND m.name = 'Vladimir Putin'"));
    }
  }

  @Test
  public void leavesNoStagingFolderBehind() {
    assertTrue(!Files.exists(run.output.resolve(".temp-beam")));
  }
}
