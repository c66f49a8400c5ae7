package io.newsbeam.schema;

import io.newsbeam.model.Mention;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** {@link Mention} -> a row of {@code mentions.avsc}. */
public final class MentionRecords {
  private MentionRecords() {}

  public static GenericRecord toRecord(Mention m) {
    GenericRecord r = new GenericData.Record(OutputTable.MENTIONS.schema());
    r.put("mention_id", m.mentionId);
    r.put("article_id", m.articleId);
    r.put("publish_date", m.publishDate);
    r.put("publisher", m.publisher);
    r.put("name", m.name);
    r.put("name_surface", m.nameSurface);
    r.put("role", m.role);
    r.put("qid", m.qid);
    r.put("evidence", m.evidence);
    r.put("start", m.start);
    r.put("end", m.end);
    r.put("mention_count", m.mentionCount);
    r.put("cluster_id", m.clusterId);
    r.put("cluster_size", m.clusterSize);
    return r;
  }
}
