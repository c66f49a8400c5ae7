package io.newsbeam.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsbeam.testing.DuckDb;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Every hazard in testdata/bad lands in rejected/ with its reason (testdata/expected/bad-reasons.csv),
 * its good neighbours become articles, and the run still reconciles.
 */
public class BadInputEndToEndTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static PipelineRun run;

  @BeforeClass
  public static void runPipeline() {
    run = PipelineRun.main(TMP.getRoot().toPath().resolve("out"), List.of(PipelineRun.glob("bad")), List.of());
  }

  @Test
  public void badInputNeverFailsTheRun() {
    assertEquals(run.toString(), 0, run.exitCode);
  }

  @Test
  public void rejectedRowsPerFileAndReasonAreExactlyTheExpectedOnes() throws Exception {
    List<String> expected = new ArrayList<>();
    for (String line : Files.readAllLines(PipelineRun.TESTDATA.resolve("expected/bad-reasons.csv"))) {
      if (!line.isBlank() && !line.startsWith("file,")) {
        expected.add(line.trim());
      }
    }
    expected.sort(null);
    try (DuckDb db = new DuckDb()) {
      List<String> actual = db.rows("SELECT CASE WHEN contains(f, ',') THEN '\"' || f || '\"' ELSE f END"
          + " || ',' || reason || ',' || n FROM (SELECT regexp_extract(file, '[^/]+$') AS f, reason,"
          + " count(*) AS n FROM " + DuckDb.table(run.output, "rejected") + " GROUP BY ALL) ORDER BY 1");
      assertEquals(expected, actual);
      assertEquals(List.of(), db.rows("SELECT reason || ': ' || message FROM " + DuckDb.table(run.output, "rejected")
          + " WHERE message = '' OR message LIKE '%Exception%' OR message LIKE '%/tmp/%' OR contains(message, chr(10))"));
    }
  }

  @Test
  public void theLedgerReconciles() throws Exception {
    long expectedRecords = Long.parseLong(
        Files.readString(PipelineRun.TESTDATA.resolve("expected/bad-records.txt")).trim());
    JsonNode summary = run.summary();
    assertEquals(expectedRecords, summary.get("records_read").asLong());
    assertTrue(summary.toString(), summary.at("/reconciliation/reconciled").asBoolean());
    assertEquals(0, summary.at("/reconciliation/difference").asLong());
  }

  @Test
  public void impossibleDatesKeepTheArticleAndTheRawString() throws Exception {
    try (DuckDb db = new DuckDb()) {
      List<String> rows = db.rows("SELECT date_raw FROM " + DuckDb.table(run.output, "articles")
          + " WHERE date_raw IN ('0001-01-01', '2050-13-45', '../../x') AND publish_date IS NULL"
          + " AND publish_month = 'unknown' ORDER BY 1");
      assertEquals(List.of("../../x", "0001-01-01", "2050-13-45"), rows);
    }
  }
}
