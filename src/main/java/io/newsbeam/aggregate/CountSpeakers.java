package io.newsbeam.aggregate;

import io.newsbeam.model.Mention;
import io.newsbeam.model.Quote;
import io.newsbeam.model.SpeakerFrequency;
import io.newsbeam.quotes.AttributeQuotes;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * Speaker frequencies. In: the tuple {@link AttributeQuotes} returns ({@link AttributeQuotes#QUOTES},
 * {@link AttributeQuotes#MENTIONS}). Out: one {@link SpeakerFrequency} per speaker × period type (day, ISO week,
 * month) × period start. Counted over deduplicated articles; quotes without a speaker and articles without a
 * publish date are not counted (they have no speaker or no period).
 */
public final class CountSpeakers extends PTransform<PCollectionTuple, PCollection<SpeakerFrequency>> {
  private static final String SEP = "\u0000";

  private CountSpeakers() {}

  public static CountSpeakers create() {
    return new CountSpeakers();
  }

  @Override
  public PCollection<SpeakerFrequency> expand(PCollectionTuple quotesAndMentions) {
    SchemaRegistry schemas = quotesAndMentions.getPipeline().getSchemaRegistry();
    try {
      var eventCoder = schemas.getSchemaCoder(SpeakerEvent.class);
      PCollection<SpeakerEvent> quoteEvents = quotesAndMentions.get(AttributeQuotes.QUOTES)
          .apply("QuotesToEvents", ParDo.of(new QuoteEventFn())).setCoder(eventCoder);
      PCollection<SpeakerEvent> mentionEvents = quotesAndMentions.get(AttributeQuotes.MENTIONS)
          .apply("MentionsToEvents", ParDo.of(new MentionEventFn())).setCoder(eventCoder);
      return PCollectionList.of(quoteEvents).and(mentionEvents)
          .apply("FlattenEvents", Flatten.pCollections())
          .apply("KeyBySpeakerPeriod", ParDo.of(new KeyByPeriodFn()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), eventCoder))
          .apply("GroupBySpeakerPeriod", GroupByKey.create())
          .apply("TallySpeakerPeriods", ParDo.of(new TallyFn()))
          .setCoder(schemas.getSchemaCoder(SpeakerFrequency.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
  }

  static String clusterKey(String clusterId, String articleId) {
    return clusterId != null ? clusterId : articleId;
  }

  static final class QuoteEventFn extends DoFn<Quote, SpeakerEvent> {
    @ProcessElement
    public void process(@Element Quote q, OutputReceiver<SpeakerEvent> out) {
      if (q.speaker != null && q.publishDate != null) {
        out.output(new SpeakerEvent(q.speaker, q.speakerQid, q.speakerType, true, q.articleId, q.publisher,
            q.publishDate, clusterKey(q.clusterId, q.articleId), q.clusterSize));
      }
    }
  }

  static final class MentionEventFn extends DoFn<Mention, SpeakerEvent> {
    @ProcessElement
    public void process(@Element Mention m, OutputReceiver<SpeakerEvent> out) {
      if (m.publishDate != null) {
        out.output(new SpeakerEvent(m.name, m.qid, "person", false, m.articleId, m.publisher, m.publishDate,
            clusterKey(m.clusterId, m.articleId), m.clusterSize));
      }
    }
  }

  static final class KeyByPeriodFn extends DoFn<SpeakerEvent, KV<String, SpeakerEvent>> {
    @ProcessElement
    public void process(@Element SpeakerEvent e, OutputReceiver<KV<String, SpeakerEvent>> out) {
      for (Map.Entry<String, Integer> p : SpeakerTally.periodStarts(e.date).entrySet()) {
        out.output(KV.of(e.speaker + SEP + p.getKey() + SEP + p.getValue(), e));
      }
    }
  }

  static final class TallyFn extends DoFn<KV<String, Iterable<SpeakerEvent>>, SpeakerFrequency> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<SpeakerEvent>> kv, OutputReceiver<SpeakerFrequency> out) {
      String[] k = kv.getKey().split(SEP, -1);
      out.output(SpeakerTally.tally(k[0], k[1], Integer.parseInt(k[2]), kv.getValue()));
    }
  }
}
