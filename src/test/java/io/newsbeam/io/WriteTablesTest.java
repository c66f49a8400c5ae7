package io.newsbeam.io;

import static io.newsbeam.testing.ArticleBuilder.article;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.newsbeam.model.Article;
import io.newsbeam.model.Duplicate;
import io.newsbeam.model.Provenance;
import io.newsbeam.model.RejectReason;
import io.newsbeam.model.Rejected;
import io.newsbeam.testing.DuckDb;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class WriteTablesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void writesPartitionedArticlesWithDateTimestampAndListTypes() throws Exception {
    Path out = tmp.getRoot().toPath();
    SchemaRegistry schemas = p.getSchemaRegistry();
    Article dated = article("a1").title("Dated").authors("Ann Lee", "Bo Chen").date("2025-05-16")
        .publishedAt(1747390500000L).from("x.jsonl", 1).build();
    Article undated = article("a2").title("Undated").from("y.txt", 0).build();
    Rejected bad = Rejected.of("read", RejectReason.MALFORMED_JSON, "line 2: unexpected end",
        new Provenance("x.jsonl", 2, 57), "{\"title\":".getBytes(StandardCharsets.UTF_8));
    Duplicate dup = new Duplicate(new Provenance("z.jsonl", 4, 300), "a1", "exact", 1.0);

    PCollectionTuple.of(WriteTables.ARTICLES,
            p.apply("Articles", Create.of(List.of(dated, undated)).withCoder(schemas.getSchemaCoder(Article.class))))
        .and(WriteTables.DUPLICATES,
            p.apply("Dups", Create.of(List.of(dup)).withCoder(schemas.getSchemaCoder(Duplicate.class))))
        .and(WriteTables.REJECTED,
            p.apply("Rejects", Create.of(List.of(bad)).withCoder(schemas.getSchemaCoder(Rejected.class))))
        .apply(WriteTables.to(out.toString(), out.resolve(".temp-beam").toString()));
    p.run().waitUntilFinish();

    assertTrue(Files.isDirectory(out.resolve("articles/publish_month=2025-05")));
    assertTrue(Files.isDirectory(out.resolve("articles/publish_month=unknown")));
    try (DuckDb db = new DuckDb()) {
      assertEquals(List.of(
              "a1|Dated|2025-05|2025-05-16|2025-05-16 10:15:00+00|[Ann Lee, Bo Chen]|1|x.jsonl",
              "a2|Undated|unknown|null|null|[]|0|y.txt"),
          db.rows("SELECT article_id, title, publish_month, publish_date, published_at AT TIME ZONE 'UTC' || '+00',"
              + " authors, records[1].line, records[1].file FROM " + DuckDb.table(out, "articles")
              + " ORDER BY article_id"));
      assertEquals(List.of("DATE|TIMESTAMP WITH TIME ZONE|VARCHAR[]"),
          db.rows("SELECT typeof(publish_date), typeof(published_at), typeof(authors) FROM "
              + DuckDb.table(out, "articles") + " LIMIT 1"));
      assertEquals(List.of("z.jsonl|4|300|a1|exact|1.0|1.0|null"),
          db.rows("SELECT * FROM " + DuckDb.table(out, "duplicates")));
      assertEquals(List.of("read|x.jsonl|2|57|malformed_json|line 2: unexpected end|{\"title\":"),
          db.rows("SELECT stage, file, line, byte_offset, reason, message, decode(raw) FROM "
              + DuckDb.table(out, "rejected")));
    }
  }

  @Test
  public void everyTableExistsEvenWithZeroRows() throws Exception {
    Path out = tmp.getRoot().toPath();
    SchemaRegistry schemas = p.getSchemaRegistry();
    PCollectionTuple.of(WriteTables.ARTICLES,
            p.apply("Articles", Create.empty(schemas.getSchemaCoder(Article.class))))
        .and(WriteTables.DUPLICATES, p.apply("Dups", Create.empty(schemas.getSchemaCoder(Duplicate.class))))
        .and(WriteTables.REJECTED, p.apply("Rejects", Create.empty(schemas.getSchemaCoder(Rejected.class))))
        .apply(WriteTables.to(out.toString(), out.resolve(".temp-beam").toString()));
    p.run().waitUntilFinish();

    assertTrue(Files.exists(out.resolve("articles/publish_month=unknown/part-empty.parquet")));
    try (DuckDb db = new DuckDb()) {
      for (String table : List.of("articles", "duplicates", "rejected")) {
        assertEquals(table, 0, db.count("SELECT count(*) FROM " + DuckDb.table(out, table)));
      }
      assertEquals(List.of("article_id|VARCHAR", "title|VARCHAR"),
          db.rows("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
              + DuckDb.table(out, "articles") + ") WHERE column_name IN ('article_id', 'title')"));
    }
  }
}
