package io.newsbeam.schema;

import io.newsbeam.model.Duplicate;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** {@link Duplicate} -> a row of {@code duplicates.avsc}. */
public final class DuplicateRecords {
  private DuplicateRecords() {}

  public static GenericRecord toRecord(Duplicate d) {
    GenericRecord r = new GenericData.Record(OutputTable.DUPLICATES.schema());
    ArticleRecords.RecordRows.put(r, d.source);
    r.put("article_id", d.articleId);
    r.put("method", d.method);
    r.put("similarity", d.similarity);
    r.put("containment", d.containment);
    r.put("cluster_id", d.clusterId);
    return r;
  }
}
