package io.newsbeam.schema;

import io.newsbeam.model.SpeakerFrequency;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** {@link SpeakerFrequency} -> a row of {@code speaker_frequency.avsc}. */
public final class SpeakerFrequencyRecords {
  private SpeakerFrequencyRecords() {}

  public static GenericRecord toRecord(SpeakerFrequency f) {
    GenericRecord r = new GenericData.Record(OutputTable.SPEAKER_FREQUENCY.schema());
    r.put("speaker", f.speaker);
    r.put("speaker_qid", f.speakerQid);
    r.put("speaker_type", f.speakerType);
    r.put("period_type", f.periodType);
    r.put("period_start", f.periodStart);
    r.put("quotes", f.quotes);
    r.put("articles", f.articles);
    r.put("publishers", f.publishers);
    r.put("mentions", f.mentions);
    r.put("first_date", f.firstDate);
    r.put("last_date", f.lastDate);
    r.put("syndicated_reach", f.syndicatedReach);
    return r;
  }
}
