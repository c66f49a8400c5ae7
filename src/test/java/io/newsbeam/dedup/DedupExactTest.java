package io.newsbeam.dedup;

import static io.newsbeam.testing.ArticleBuilder.article;

import io.newsbeam.model.Article;
import io.newsbeam.model.Duplicate;
import io.newsbeam.model.Provenance;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;

public class DedupExactTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void mergesSameIdAndKeepsDistinctOnes() throws Exception {
    Article seedA = article("same").title("Headline").from("000.txt", 0).build();
    Article seedB = article("same").date("2025-05-16").from("001.txt", 0).build();
    Article seedC = article("same").from("002.txt", 0).build();
    Article other = article("other").title("Other").from("x.jsonl", 3).build();

    PCollection<Article> input = p.apply(Create.of(List.of(seedA, seedB, seedC, other))
        .withCoder(p.getSchemaRegistry().getSchemaCoder(Article.class)));
    PCollectionTuple out = input.apply(DedupExact.create());

    PAssert.that(out.get(DedupExact.ARTICLES)
            .apply(MapElements.into(TypeDescriptors.strings())
                .via((Article a) -> a.articleId + "|" + a.title + "|" + a.dateRaw + "|" + a.duplicateCount)))
        .containsInAnyOrder("same|Headline|2025-05-16|2", "other|Other|null|0");
    PAssert.that(out.get(DedupExact.DUPLICATES)).containsInAnyOrder(
        new Duplicate(new Provenance("000.txt", 0, 0), "same", "exact", 1.0, 1.0, ClusterIds.of("same")),
        new Duplicate(new Provenance("002.txt", 0, 0), "same", "exact", 1.0, 1.0, ClusterIds.of("same")));
    p.run().waitUntilFinish();
  }
}
