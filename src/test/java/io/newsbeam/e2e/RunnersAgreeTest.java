package io.newsbeam.e2e;

import static org.junit.Assert.assertEquals;

import io.newsbeam.schema.OutputTable;
import io.newsbeam.testing.DuckDb;
import java.nio.file.Path;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Same code, two runners: DirectRunner and embedded Flink with parallelism 2 over the good and the bad
 * fixtures must write the same multiset of rows in every table (file names and counts may differ).
 */
public class RunnersAgreeTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static PipelineRun direct;
  private static PipelineRun flink;

  @BeforeClass
  public static void runBoth() {
    List<String> inputs = List.of(PipelineRun.glob("corpus"), PipelineRun.glob("bad"));
    Path root = TMP.getRoot().toPath();
    // default options, so near-duplicate clusters are compared across runners too
    direct = PipelineRun.main(root.resolve("direct"), inputs, List.of());
    flink = PipelineRun.main(root.resolve("flink"), inputs, PipelineRun.FLINK);
  }

  @Test
  public void bothRunsSucceed() {
    assertEquals(direct.toString(), 0, direct.exitCode);
    assertEquals(flink.toString(), 0, flink.exitCode);
  }

  @Test
  public void articlesAreIdentical() throws Exception {
    assertSameRows("articles");
  }

  @Test
  public void duplicatesAreIdentical() throws Exception {
    assertSameRows("duplicates");
  }

  @Test
  public void rejectedAreIdentical() throws Exception {
    assertSameRows("rejected");
  }

  @Test
  public void analysisTablesAreIdentical() throws Exception {
    for (OutputTable table : OutputTable.values()) {
      if (!List.of(OutputTable.ARTICLES, OutputTable.DUPLICATES, OutputTable.REJECTED).contains(table)) {
        assertSameRows(table.dirName());
      }
    }
  }

  @Test
  public void summariesAgreeExceptRunnerOptionsAndTime() throws Exception {
    for (String field : List.of("records_read", "tables", "reconciliation", "rejected_by_reason", "near_duplicates")) {
      assertEquals(field, direct.summary().get(field), flink.summary().get(field));
    }
    assertEquals("FlinkRunner", flink.summary().get("runner").asText());
  }

  private static void assertSameRows(String table) throws Exception {
    try (DuckDb db = new DuckDb()) {
      String a = DuckDb.table(direct.output, table);
      String b = DuckDb.table(flink.output, table);
      long rows = db.count("SELECT count(*) FROM " + a);
      assertEquals(table + " row count", rows, db.count("SELECT count(*) FROM " + b));
      assertEquals(table + " rows only on Direct", 0,
          db.count("SELECT count(*) FROM (SELECT * FROM " + a + " EXCEPT ALL SELECT * FROM " + b + ")"));
      assertEquals(table + " rows only on Flink", 0,
          db.count("SELECT count(*) FROM (SELECT * FROM " + b + " EXCEPT ALL SELECT * FROM " + a + ")"));
    }
  }
}
