package io.newsbeam.normalize;

import io.newsbeam.model.Article;
import io.newsbeam.model.RawArticle;
import io.newsbeam.model.RejectReason;
import io.newsbeam.model.Rejected;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Normalizes every {@link RawArticle} with {@link ArticleNormalizer}.
 *
 * <p>In: raw records from the readers. Out ({@link PCollectionTuple}): {@link #ARTICLES}, one
 * {@link Article} per record that has article text (not yet deduplicated: same content gives the same
 * {@code articleId}); {@link #REJECTED}, stage {@code normalize}, reason {@code empty_body}, for a record
 * with no text once cleaned and stripped of boilerplate — with its source and raw bytes. Counters:
 * {@code normalize/articles} and {@code normalize/<reason>}.
 *
 * <p>The boilerplate file (if any) is read here, at construction: a missing file is an
 * IllegalArgumentException from {@link #of}, not a failed job.
 */
public final class NormalizeArticles extends PTransform<PCollection<RawArticle>, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>("articles") {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>("rejected") {};

  static final String STAGE = "normalize";

  private final NormalizeConfig config;

  private NormalizeArticles(NormalizeConfig config) {
    this.config = config;
  }

  /** Reads the config's boilerplate file now; throws IllegalArgumentException when it is missing or bad. */
  public static NormalizeArticles of(NormalizeConfig config) {
    return new NormalizeArticles(config.resolved());
  }

  @Override
  public PCollectionTuple expand(PCollection<RawArticle> rawArticles) {
    PCollectionTuple articlesAndRejects = rawArticles.apply(
        "NormalizeRecords",
        ParDo.of(new NormalizeFn(config)).withOutputTags(ARTICLES, TupleTagList.of(REJECTED)));
    SchemaRegistry schemas = rawArticles.getPipeline().getSchemaRegistry();
    try {
      articlesAndRejects.get(ARTICLES).setCoder(schemas.getSchemaCoder(Article.class));
      articlesAndRejects.get(REJECTED).setCoder(schemas.getSchemaCoder(Rejected.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("model classes must carry @DefaultSchema", e);
    }
    return articlesAndRejects;
  }

  /** Thin adapter: all logic is in ArticleNormalizer. */
  static final class NormalizeFn extends DoFn<RawArticle, Article> {
    private final NormalizeConfig config;
    private final Counter articles = Metrics.counter(STAGE, "articles");
    private final Counter emptyBody = Metrics.counter(STAGE, RejectReason.EMPTY_BODY.code());
    /** Built in @Setup: holds compiled patterns and a language detector, neither worth serializing. */
    private transient ArticleNormalizer normalizer;

    NormalizeFn(NormalizeConfig config) {
      this.config = config;
    }

    @Setup
    public void setup() {
      normalizer = new ArticleNormalizer(config);
    }

    @ProcessElement
    public void process(@Element RawArticle raw, MultiOutputReceiver out) {
      Article article = normalizer.normalize(raw);
      if (article == null) {
        emptyBody.inc();
        out.get(REJECTED).output(
            Rejected.of(STAGE, RejectReason.EMPTY_BODY, "record has no article text", raw.source, raw.raw));
        return;
      }
      articles.inc();
      out.get(ARTICLES).output(article);
    }
  }
}
