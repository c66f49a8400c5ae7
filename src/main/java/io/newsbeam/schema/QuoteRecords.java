package io.newsbeam.schema;

import io.newsbeam.model.Quote;
import java.util.ArrayList;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** {@link Quote} -> a row of {@code quotes.avsc}. */
public final class QuoteRecords {
  private QuoteRecords() {}

  public static GenericRecord toRecord(Quote q) {
    GenericRecord r = new GenericData.Record(OutputTable.QUOTES.schema());
    r.put("quote_id", q.quoteId);
    r.put("article_id", q.articleId);
    r.put("publish_date", q.publishDate);
    r.put("publisher", q.publisher);
    r.put("speaker", q.speaker);
    r.put("speaker_surface", q.speakerSurface);
    r.put("speaker_type", q.speakerType);
    r.put("speaker_role", q.speakerRole);
    r.put("speaker_qid", q.speakerQid);
    r.put("quote_text", q.quoteText);
    r.put("quote_kind", q.quoteKind);
    r.put("cue_verb", q.cueVerb);
    r.put("sentence", q.sentence);
    r.put("start", q.start);
    r.put("end", q.end);
    r.put("attributed_by", q.attributedBy);
    r.put("confidence", q.confidence);
    r.put("flags", new ArrayList<>(q.flags));
    r.put("cluster_id", q.clusterId);
    r.put("cluster_size", q.clusterSize);
    return r;
  }
}
