package io.newsbeam.dedup;

import static io.newsbeam.testing.ArticleBuilder.article;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.newsbeam.model.Article;
import io.newsbeam.model.Duplicate;
import io.newsbeam.model.FieldOrigin;
import io.newsbeam.model.Provenance;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class CopyMergerTest {

  @Test
  public void survivorIsEarliestDatedCopyAndFillsEmptyFieldsFromOthers() {
    Article headlineOnly = article("x").title("Headline").publisher("Ukrainska Pravda").from("000.txt", 0).build();
    Article datedOnly = article("x").date("2025-05-16").from("001.txt", 0).build();

    CopyMerger.Merged m = CopyMerger.mergeExact(List.of(headlineOnly, datedOnly));

    assertEquals("Headline", m.article.title);
    assertEquals(Integer.valueOf((int) LocalDate.parse("2025-05-16").toEpochDay()), m.article.publishDate);
    assertEquals("Ukrainska Pravda", m.article.publisher);
    assertEquals(List.of(new Provenance("000.txt", 0, 0), new Provenance("001.txt", 0, 0)), m.article.records);
    assertEquals(1, m.article.duplicateCount);
    assertEquals(List.of(
        new FieldOrigin("language", "001.txt"),
        new FieldOrigin("publish_date", "001.txt"),
        new FieldOrigin("publisher", "000.txt"),
        new FieldOrigin("title", "000.txt")), m.article.metadataFrom);
    assertEquals(List.of(new Duplicate(new Provenance("000.txt", 0, 0), "x", "exact", 1.0, 1.0,
        ClusterIds.of("x"))), m.duplicates);
    assertEquals(ClusterIds.of("x"), m.article.clusterId);
    assertEquals(2, m.article.clusterSize);
    assertEquals(List.of("Ukrainska Pravda"), m.article.publishersInCluster);
  }

  @Test
  public void survivorNeverLosesItsOwnValues() {
    Article early = article("x").date("2025-01-01").title("Early title").from("a.jsonl", 1).build();
    Article late = article("x").date("2025-02-01").title("Late title").url("https://b.example/x")
        .from("a.jsonl", 2).build();

    CopyMerger.Merged m = CopyMerger.mergeExact(List.of(late, early));

    assertEquals("Early title", m.article.title);
    assertEquals("https://b.example/x", m.article.url);
    assertEquals("2025-01-01", m.article.dateRaw);
    assertEquals(new Provenance("a.jsonl", 2, 200), m.duplicates.get(0).source);
  }

  @Test
  public void withoutDatesTheCopyWithMoreMetadataWins() {
    Article sparse = article("x").from("a.jsonl", 1).build();
    Article rich = article("x").title("T").publisher("P").url("https://p.example/1").from("z.jsonl", 9).build();

    CopyMerger.Merged m = CopyMerger.mergeExact(List.of(sparse, rich));

    assertEquals(new Provenance("a.jsonl", 1, 100), m.duplicates.get(0).source);
    assertNull(m.article.publishDate);
  }

  @Test
  public void tieBreaksOnFirstRecordSoOrderOfArrivalDoesNotMatter() {
    Article a = article("x").title("A").from("a.jsonl", 1).build();
    Article b = article("x").title("B").from("b.jsonl", 1).build();

    assertEquals("A", CopyMerger.mergeExact(List.of(a, b)).article.title);
    assertEquals("A", CopyMerger.mergeExact(List.of(b, a)).article.title);
  }

  @Test
  public void dateTravelsWithItsRawStringAndTime() {
    Article undated = article("x").title("T").from("a.jsonl", 1).build();
    Article timed = article("x").date("2025-05-16").publishedAt(1747390500000L).from("b.jsonl", 1).build();

    Article merged = CopyMerger.mergeExact(List.of(undated, timed)).article;

    assertEquals(Long.valueOf(1747390500000L), merged.publishedAtMillis);
    assertEquals("2025-05-16", merged.dateRaw);
  }
}
