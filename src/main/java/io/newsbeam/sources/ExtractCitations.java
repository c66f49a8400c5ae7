package io.newsbeam.sources;

import io.newsbeam.model.Article;
import io.newsbeam.model.Citation;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Deduplicated articles -> their cited sources, one {@link Citation} per attributing mention (see
 * {@link CitationExtractor} for the rules). The alias table is the built-in one plus, optionally, a user file
 * in the same CSV format ({@code alias,canonical,domains,type,country}), read once here to fail fast and again
 * once per worker in {@code @Setup}.
 */
public final class ExtractCitations extends PTransform<PCollection<Article>, PCollection<Citation>> {
  static final String STAGE = "sources";

  private final @Nullable String aliasFile;

  private ExtractCitations(@Nullable String aliasFile) {
    this.aliasFile = aliasFile;
  }

  public static ExtractCitations create() {
    return new ExtractCitations(null);
  }

  /** Adds (or overrides) alias rows from a user CSV; throws IllegalArgumentException when it cannot be read. */
  public ExtractCitations withAliasFile(@Nullable String file) {
    if (file != null) {
      try {
        OutletAliases.load(file);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("--sourceAliases " + file + ": " + e.getMessage(), e);
      }
    }
    return new ExtractCitations(file);
  }

  @Override
  public PCollection<Citation> expand(PCollection<Article> articles) {
    PCollection<Citation> citations = articles.apply("ExtractCitationRows", ParDo.of(new ExtractFn(aliasFile)));
    try {
      citations.setCoder(articles.getPipeline().getSchemaRegistry().getSchemaCoder(Citation.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("model classes must carry @DefaultSchema", e);
    }
    return citations;
  }

  /** Thin adapter: all logic is in CitationExtractor. */
  static final class ExtractFn extends DoFn<Article, Citation> {
    private final @Nullable String aliasFile;
    private final Counter articlesSeen = Metrics.counter(STAGE, "articles");
    private final Counter citationsOut = Metrics.counter(STAGE, "citations");
    /** Built in @Setup: compiled rules and the alias table, not worth serializing. */
    private transient CitationExtractor extractor;

    ExtractFn(@Nullable String aliasFile) {
      this.aliasFile = aliasFile;
    }

    @Setup
    public void setup() {
      extractor = new CitationExtractor(OutletAliases.load(aliasFile), SourceLexicons.load());
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<Citation> out) {
      articlesSeen.inc();
      for (Citation c : extractor.extract(article)) {
        citationsOut.inc();
        out.output(c);
      }
    }
  }
}
