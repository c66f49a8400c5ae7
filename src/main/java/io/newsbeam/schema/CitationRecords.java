package io.newsbeam.schema;

import io.newsbeam.model.Citation;
import java.util.ArrayList;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** {@link Citation} -> a row of {@code citations.avsc}. */
public final class CitationRecords {
  private CitationRecords() {}

  public static GenericRecord toRecord(Citation c) {
    GenericRecord r = new GenericData.Record(OutputTable.CITATIONS.schema());
    r.put("article_id", c.articleId);
    r.put("publisher", c.publisher);
    r.put("source", c.source);
    r.put("source_surface", c.sourceSurface);
    r.put("source_type", c.sourceType);
    r.put("resolved", c.resolved);
    r.put("source_domain", c.sourceDomain);
    r.put("qualifiers", new ArrayList<>(c.qualifiers));
    r.put("aliases", new ArrayList<>(c.aliases));
    r.put("note", c.note);
    r.put("citation_kind", c.citationKind);
    r.put("cautionary", c.cautionary);
    r.put("sentence", c.sentence);
    r.put("start", c.start);
    r.put("end", c.end);
    r.put("rule", c.rule);
    return r;
  }
}
