package io.newsbeam.normalize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.newsbeam.model.Article;
import io.newsbeam.model.Paragraph;
import io.newsbeam.model.RawArticle;
import io.newsbeam.model.RejectReason;
import io.newsbeam.model.Rejected;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.util.SerializableUtils;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class NormalizeArticlesTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void normalizesArticlesAndRejectsEmptyBodies() throws Exception {
    RawArticle empty = SeedArticles.raw("testdata/bad/empty_body.txt", "Only a title", null,
        List.of(Paragraph.plain("  "), Paragraph.plain("Support Ukrainska Pravda on Patreon!")));
    List<RawArticle> inputs = List.of(SeedArticles.seed000(), SeedArticles.seed001(), empty);
    ArticleNormalizer normalizer = new ArticleNormalizer(NormalizeConfig.defaults());
    Article article000 = normalizer.normalize(SeedArticles.seed000());
    Article article001 = normalizer.normalize(SeedArticles.seed001());

    PCollection<RawArticle> rawArticles = pipeline.apply("CreateRecords",
        Create.of(inputs).withCoder(pipeline.getSchemaRegistry().getSchemaCoder(RawArticle.class)));
    PCollectionTuple normalized = rawArticles.apply("Normalize", NormalizeArticles.of(NormalizeConfig.defaults()));

    PCollection<Article> articles = normalized.get(NormalizeArticles.ARTICLES);
    PCollection<Rejected> rejected = normalized.get(NormalizeArticles.REJECTED);
    assertTrue(articles.getCoder() instanceof SchemaCoder);
    assertTrue(rejected.getCoder() instanceof SchemaCoder);

    PAssert.that(articles).containsInAnyOrder(article000, article001);
    PAssert.that(articles.apply("ArticleIds", MapElements.into(TypeDescriptors.strings()).via(a -> a.articleId)))
        .containsInAnyOrder(article000.articleId, article000.articleId);
    PAssert.that(rejected).containsInAnyOrder(Rejected.of("normalize", RejectReason.EMPTY_BODY,
        "record has no article text", empty.source, "raw of testdata/bad/empty_body.txt".getBytes(StandardCharsets.UTF_8)));

    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(2L, counter(result, "articles"));
    assertEquals(1L, counter(result, "empty_body"));
  }

  @Test
  public void missingBoilerplateFileFailsAtConstruction() {
    NormalizeConfig config = NormalizeConfig.of(null, tmp.getRoot() + "/missing.txt");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NormalizeArticles.of(config));
    assertTrue(e.getMessage(), e.getMessage().contains("missing.txt"));
  }

  @Test
  public void configCarriesFilePatternsToWorkers() throws Exception {
    Path file = tmp.newFile("extra.txt").toPath();
    Files.write(file, List.of("# footer", "produced by the kyiv desk\\.?"), StandardCharsets.UTF_8);
    NormalizeConfig resolved = NormalizeConfig.of(DateOrder.DMY, file.toString()).resolved();
    Files.delete(file); // workers must not need the file once the config is resolved
    NormalizeConfig shipped = SerializableUtils.clone(resolved);
    assertEquals(resolved, shipped);
    assertEquals(List.of("produced by the kyiv desk\\.?"), shipped.extraBoilerplatePatterns());
    assertEquals(DateOrder.DMY, shipped.slashDateOrder());
    ArticleNormalizer normalizer = new ArticleNormalizer(shipped);
    Article a = normalizer.normalize(SeedArticles.raw("x.txt", null, "05/06/2025",
        List.of(Paragraph.plain("Talks resume."), Paragraph.plain("Produced by the Kyiv desk."))));
    assertEquals("Talks resume.", a.body);
    assertEquals(Integer.valueOf((int) java.time.LocalDate.of(2025, 6, 5).toEpochDay()), a.publishDate);
  }

  @Test
  public void defaultsNeedNoFile() {
    assertEquals(List.of(), NormalizeConfig.defaults().extraBoilerplatePatterns());
    assertEquals(NormalizeConfig.defaults(), NormalizeConfig.of(null, "  "));
  }

  private static long counter(PipelineResult result, String name) {
    MetricQueryResults metrics = result.metrics().queryMetrics(
        MetricsFilter.builder().addNameFilter(MetricNameFilter.named("normalize", name)).build());
    long sum = 0;
    for (MetricResult<Long> c : metrics.getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }
}
