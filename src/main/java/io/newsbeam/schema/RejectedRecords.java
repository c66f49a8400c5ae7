package io.newsbeam.schema;

import io.newsbeam.model.Rejected;
import java.nio.ByteBuffer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** {@link Rejected} -> a row of {@code rejected.avsc}. */
public final class RejectedRecords {
  private RejectedRecords() {}

  public static GenericRecord toRecord(Rejected x) {
    GenericRecord r = new GenericData.Record(OutputTable.REJECTED.schema());
    r.put("stage", x.stage);
    ArticleRecords.RecordRows.put(r, x.source);
    r.put("reason", x.reason);
    r.put("message", x.message);
    r.put("raw", ByteBuffer.wrap(x.raw));
    return r;
  }
}
