package io.newsbeam.dedup;

import static io.newsbeam.testing.ArticleBuilder.article;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbeam.model.Article;
import io.newsbeam.model.Duplicate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The hand-checked pairs of {@code testdata/near-dup-pairs/pairs.jsonl} (see its README): every pair goes
 * through exact dedup and the near-duplicate stage with the default settings in its own pipeline (one test
 * per pair: several pairs share a story, so together they would rightly merge across pairs), and the stage must
 * merge exactly the pairs labelled {@code duplicate}: one article with both records and one {@code near} row,
 * or two untouched articles and no row.
 */
@RunWith(Parameterized.class)
public class HandCheckedPairsTest {
  static final Path PAIRS = Paths.get("testdata", "near-dup-pairs", "pairs.jsonl");

  @Rule public final transient TestPipeline p = TestPipeline.create();

  private final JsonNode pair;

  public HandCheckedPairsTest(String id, JsonNode pair) {
    this.pair = pair;
  }

  @Parameters(name = "{0}")
  public static List<Object[]> pairs() throws Exception {
    List<Object[]> pairs = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    int duplicates = 0;
    for (String line : Files.readAllLines(PAIRS, StandardCharsets.UTF_8)) {
      JsonNode pair = mapper.readTree(line);
      pairs.add(new Object[] {pair.get("id").asText(), pair});
      duplicates += pair.get("label").asText().equals("duplicate") ? 1 : 0;
    }
    assertTrue("at least 12 pairs", pairs.size() >= 12);
    assertTrue("both kinds are covered", duplicates >= 5 && pairs.size() - duplicates >= 5);
    return pairs;
  }

  @Test
  public void mergedExactlyWhenLabelledDuplicate() throws Exception {
    String id = pair.get("id").asText();
    String label = pair.get("label").asText();
    assertTrue(id + ": label", label.equals("duplicate") || label.equals("distinct"));
    boolean merges = label.equals("duplicate");
    Article a = side(id + "/a", pair.get("a"), "2024-03-12", "a.jsonl");
    Article b = side(id + "/b", pair.get("b"), "2024-03-13", "b.jsonl");
    PCollectionTuple out = p
        .apply("Create " + id, Create.of(List.of(a, b))
            .withCoder(p.getSchemaRegistry().getSchemaCoder(Article.class)))
        .apply("DedupExact " + id, DedupExact.create())
        .apply("ClusterNearDuplicates " + id, ClusterNearDuplicates.of(NearDupConfig.defaults()));
    PAssert.that(id + " articles", out.get(ClusterNearDuplicates.ARTICLES)
            .apply("Describe " + id, MapElements.into(TypeDescriptors.strings())
                .via((Article x) -> x.articleId + " records=" + x.records.size())))
        .containsInAnyOrder(merges
            ? List.of(id + "/a records=2")
            : List.of(id + "/a records=1", id + "/b records=1"));
    PAssert.that(id + " duplicates", out.get(ClusterNearDuplicates.DUPLICATES)
            .apply("DescribeRows " + id, MapElements.into(TypeDescriptors.strings())
                .via((Duplicate d) -> d.source.file + " -> " + d.articleId + " " + d.method)))
        .containsInAnyOrder(merges ? List.of("b.jsonl -> " + id + "/a near") : List.of());
    p.run().waitUntilFinish();
  }

  private static Article side(String id, JsonNode side, String date, String file) {
    String title = side.get("title").asText();
    String text = side.get("text").asText();
    assertEquals(id + ": paragraphs separated by blank lines", text.strip(), text);
    return article(id).title(title).body(text).date(date).from(file, 1).build();
  }
}
