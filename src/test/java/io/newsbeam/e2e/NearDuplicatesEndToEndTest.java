package io.newsbeam.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsbeam.testing.DuckDb;
import java.nio.file.Files;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Main over testdata/corpus with the default options (near duplicates on) on the DirectRunner, read back with DuckDB. The
 * three records of {@code near-dup-lead-pipes.jsonl} (a wire story, an edited copy with its own headline and
 * trailer, a four-paragraph cut) must become one article carrying all three outlets, and the two copies
 * {@code near} rows pointing at it; nothing else in the corpus is a near duplicate. {@link RunnersAgreeTest}
 * checks that Flink writes the same rows.
 */
public class NearDuplicatesEndToEndTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static final String CLUSTER_FILE = "near-dup-lead-pipes.jsonl";
  private static PipelineRun run;

  @BeforeClass
  public static void runPipeline() {
    // near duplicates are merged by default: no flag
    run = PipelineRun.main(TMP.getRoot().toPath().resolve("out"), List.of(PipelineRun.glob("corpus")), List.of());
  }

  @Test
  public void theWireStoryAndItsTwoCopiesAreOneArticle() throws Exception {
    assertEquals(run.toString(), 0, run.exitCode);
    try (DuckDb db = new DuckDb()) {
      List<String> rows = db.rows("SELECT title, publisher, cluster_size, publishers_in_cluster, duplicate_count,"
          + " list_sort([regexp_extract(r.file, '[^/]+$') || ':' || r.line for r in records]),"
          + " cluster_id IS NOT NULL"
          + " FROM " + DuckDb.table(run.output, "articles")
          + " WHERE list_contains([regexp_extract(r.file, '[^/]+$') for r in records], '" + CLUSTER_FILE + "')");
      assertEquals(List.of("Eastmoor to replace lead water pipes in 18,000 homes|Meridian Wire|3"
          + "|[Harbor City Times, Meridian Wire, Valley Herald]|2"
          + "|[" + CLUSTER_FILE + ":1, " + CLUSTER_FILE + ":2, " + CLUSTER_FILE + ":3]|true"), rows);
    }
  }

  @Test
  public void theCopiesAreNearRowsWithTheirMeasuresAndTheSurvivorsClusterId() throws Exception {
    try (DuckDb db = new DuckDb()) {
      List<String> rows = db.rows("SELECT d.line, d.method, round(d.similarity, 3), round(d.containment, 3),"
          + " d.cluster_id = a.cluster_id, a.title"
          + " FROM " + DuckDb.table(run.output, "duplicates") + " d JOIN "
          + DuckDb.table(run.output, "articles") + " a USING (article_id)"
          + " WHERE regexp_extract(d.file, '[^/]+$') = '" + CLUSTER_FILE + "' ORDER BY d.line");
      assertEquals(2, rows.size());
      for (String row : rows) {
        String[] f = row.split("\\|");
        assertEquals(row, "near", f[1]);
        double similarity = Double.parseDouble(f[2]);
        double containment = Double.parseDouble(f[3]);
        // measured against the survivor on whole bodies: the edited copy by Jaccard, the cut by containment
        assertTrue(row, similarity > 0.18 && similarity < 1 && containment > 0.35 && containment <= 1);
        assertEquals(row, "true", f[4]);
        assertEquals(row, "Eastmoor to replace lead water pipes in 18,000 homes", f[5]);
      }
      assertEquals("the cut is wholly contained in the wire story", "1.0", rows.get(1).split("\\|")[3]);
    }
  }

  @Test
  public void onlyThatClusterIsNearMergedAndTheSummarySaysSo() throws Exception {
    long records = Long.parseLong(
        Files.readString(PipelineRun.TESTDATA.resolve("expected/corpus-records.txt")).trim());
    JsonNode summary = run.summary();
    assertTrue(summary.toString(), summary.at("/reconciliation/reconciled").asBoolean());
    assertEquals(1, summary.at("/near_duplicates/near_clusters").asLong());
    assertEquals(2, summary.at("/near_duplicates/near_merged_articles").asLong());
    try (DuckDb db = new DuckDb()) {
      // one exact merge (the seeds) and one near merge of three records
      assertEquals(records - 1 - 2, db.count("SELECT count(*) FROM " + DuckDb.table(run.output, "articles")));
      assertEquals(List.of("exact|1", "near|2"), db.rows("SELECT method, count(*) FROM "
          + DuckDb.table(run.output, "duplicates") + " GROUP BY ALL ORDER BY ALL"));
    }
  }
}
