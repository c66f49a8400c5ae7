package io.newsbeam.aggregate;

import io.newsbeam.model.Quote;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Quotes -> per-article flags "an article of another publisher carries the same quote of the same speaker": one
 * {@code KV(article id, true)} per such article (articles without one are absent). The second corroboration path
 * of {@link ScoreSourceReliability} ({@link ScoreSourceReliability#QUOTE_CORROBORATED}).
 *
 * <p>No all-pairs join over the corpus: quotes are keyed by canonical speaker (lower case), and only quotes of one
 * speaker are compared, capped at {@link QuoteCorroboration#MAX_QUOTES_PER_SPEAKER} per speaker. Quotes without a
 * speaker or publisher, or with fewer than {@link QuoteOverlap#MIN_TOKENS} distinct tokens, are not compared
 * (nothing to attribute, nobody to be independent of, too short to mean the same story).
 */
public final class CorroborateByQuotes extends PTransform<PCollection<Quote>, PCollection<KV<String, Boolean>>> {
  static final String STAGE = "reliability";

  private CorroborateByQuotes() {}

  public static CorroborateByQuotes create() {
    return new CorroborateByQuotes();
  }

  @Override
  public PCollection<KV<String, Boolean>> expand(PCollection<Quote> quotes) {
    KvCoder<String, SpeakerQuote> keyed;
    try {
      keyed = KvCoder.of(StringUtf8Coder.of(), quotes.getPipeline().getSchemaRegistry()
          .getSchemaCoder(SpeakerQuote.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("model classes must carry @DefaultSchema", e);
    }
    return quotes
        .apply("KeyQuotesBySpeaker", ParDo.of(new KeyBySpeakerFn()))
        .setCoder(keyed)
        .apply("GroupBySpeaker", GroupByKey.create())
        .apply("MatchSpeakerQuotes", ParDo.of(new MatchFn()))
        .setCoder(StringUtf8Coder.of())
        .apply("DistinctArticles", Distinct.create())
        .apply("FlagArticles", MapElements
            .into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.booleans()))
            .via((String id) -> KV.of(id, true)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of()));
  }

  static final class KeyBySpeakerFn extends DoFn<Quote, KV<String, SpeakerQuote>> {
    private final Counter compared = Metrics.counter(STAGE, "quotes_compared");

    @ProcessElement
    public void process(@Element Quote q, OutputReceiver<KV<String, SpeakerQuote>> out) {
      if (q.speaker == null || q.speaker.isBlank() || q.publisher == null || q.publisher.isBlank()) {
        return;
      }
      List<String> tokens = QuoteOverlap.tokens(q.quoteText);
      if (tokens.size() < QuoteOverlap.MIN_TOKENS) {
        return;
      }
      compared.inc();
      String speaker = q.speaker.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      out.output(KV.of(speaker, new SpeakerQuote(q.articleId, q.quoteId, q.publisher, tokens)));
    }
  }

  static final class MatchFn extends DoFn<KV<String, Iterable<SpeakerQuote>>, String> {
    private final Counter overCap = Metrics.counter(STAGE, "quotes_over_speaker_cap");

    @ProcessElement
    public void process(@Element KV<String, Iterable<SpeakerQuote>> group, OutputReceiver<String> out) {
      QuoteCorroboration.Capped capped =
          QuoteCorroboration.cap(group.getValue(), QuoteCorroboration.MAX_QUOTES_PER_SPEAKER);
      overCap.inc(capped.dropped());
      for (String articleId : QuoteCorroboration.corroboratedArticles(capped.kept())) {
        out.output(articleId);
      }
    }
  }
}
