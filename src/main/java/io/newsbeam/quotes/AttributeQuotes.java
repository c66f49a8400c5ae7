package io.newsbeam.quotes;

import io.newsbeam.model.Article;
import io.newsbeam.model.Mention;
import io.newsbeam.model.Quote;
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
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Who said what. In: deduplicated {@link Article}s. Out: a tuple with {@link #QUOTES} (every quote with its
 * speaker, the sieve that decided it, confidence and flags) and {@link #MENTIONS} (people mentioned but not
 * quoted). Articles whose language is set and not English are skipped and counted
 * ({@code quotes/skipped_language}); nothing is rejected — an article without quotes simply yields none.
 */
public final class AttributeQuotes extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Quote> QUOTES = new TupleTag<>() {};
  public static final TupleTag<Mention> MENTIONS = new TupleTag<>() {};

  private final @Nullable String aliasFile;

  private AttributeQuotes(@Nullable String aliasFile) {
    this.aliasFile = aliasFile;
  }

  /** With the built-in alias list. */
  public static AttributeQuotes create() {
    return new AttributeQuotes(null);
  }

  /**
   * With a user alias CSV ({@code alias,canonical,type,qid}) on top of the built-in list; the user's rows win.
   * The file is read here once so that a missing or malformed file stops the run before any work
   * (IllegalArgumentException naming {@code --speakerAliases}), and again once per worker in {@code @Setup}.
   */
  public static AttributeQuotes withAliasFile(@Nullable String aliasFile) {
    if (aliasFile != null) {
      try {
        SpeakerAliases.withFile(aliasFile);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("--speakerAliases " + aliasFile + ": " + e.getMessage(), e);
      }
    }
    return new AttributeQuotes(aliasFile);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out = articles.apply("ExtractQuotes",
        ParDo.of(new ExtractQuotesFn(aliasFile)).withOutputTags(QUOTES, TupleTagList.of(MENTIONS)));
    SchemaRegistry schemas = articles.getPipeline().getSchemaRegistry();
    try {
      out.get(QUOTES).setCoder(schemas.getSchemaCoder(Quote.class));
      out.get(MENTIONS).setCoder(schemas.getSchemaCoder(Mention.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static final class ExtractQuotesFn extends DoFn<Article, Quote> {
    private final @Nullable String aliasFile;
    private final Counter skippedLanguage = Metrics.counter("quotes", "skipped_language");
    private final Counter articlesRead = Metrics.counter("quotes", "articles");
    private transient ArticleQuotes extractor;

    ExtractQuotesFn(@Nullable String aliasFile) {
      this.aliasFile = aliasFile;
    }

    @Setup
    public void setup() {
      extractor = new ArticleQuotes(new QuoteExtractor(SpeakerAliases.withFile(aliasFile)));
    }

    @ProcessElement
    public void process(@Element Article a, MultiOutputReceiver out) {
      if (!ArticleQuotes.isEnglish(a)) {
        skippedLanguage.inc();
        return;
      }
      articlesRead.inc();
      QuoteExtractor.Result r = extractor.extract(a);
      for (Quote q : extractor.quotes(a, r)) {
        out.get(QUOTES).output(q);
      }
      for (Mention m : extractor.mentions(a, r)) {
        out.get(MENTIONS).output(m);
      }
    }
  }
}
