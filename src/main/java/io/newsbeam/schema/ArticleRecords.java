package io.newsbeam.schema;

import io.newsbeam.model.Article;
import io.newsbeam.model.FieldOrigin;
import io.newsbeam.model.Paragraph;
import io.newsbeam.model.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.checkerframework.checker.nullness.qual.Nullable;

/** {@link Article} -> a row of {@code articles.avsc}, and the Hive partition value it belongs to. */
public final class ArticleRecords {
  /** Partition value for articles without a parsed date. */
  public static final String UNKNOWN_MONTH = "unknown";

  private ArticleRecords() {}

  /**
   * {@code YYYY-MM} from the parsed publish date, else {@link #UNKNOWN_MONTH}. Only the parsed date can
   * reach a path: input text never becomes part of a directory name.
   */
  public static String publishMonth(@Nullable Integer publishDate) {
    if (publishDate == null) {
      return UNKNOWN_MONTH;
    }
    LocalDate d = LocalDate.ofEpochDay(publishDate);
    return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
  }

  public static GenericRecord toRecord(Article a) {
    Schema schema = OutputTable.ARTICLES.schema();
    GenericRecord r = new GenericData.Record(schema);
    r.put("article_id", a.articleId);
    r.put("title", a.title);
    r.put("description", a.description);
    r.put("authors", new ArrayList<>(a.authors));
    r.put("publisher", a.publisher);
    r.put("publish_date", a.publishDate);
    r.put("published_at", a.publishedAtMillis);
    r.put("date_raw", a.dateRaw);
    r.put("url", a.url);
    r.put("language", a.language);
    r.put("source_charset", a.sourceCharset);
    r.put("body", a.body);
    r.put("paragraphs", paragraphs(elementSchema(schema, "paragraphs"), a.paragraphs));
    r.put("word_count", a.wordCount);
    r.put("records", RecordRows.of(elementSchema(schema, "records"), a.records));
    r.put("duplicate_count", a.duplicateCount);
    r.put("metadata_from", origins(elementSchema(schema, "metadata_from"), a.metadataFrom));
    r.put("cluster_id", a.clusterId);
    r.put("cluster_size", a.clusterSize);
    r.put("publishers_in_cluster", new ArrayList<>(a.publishersInCluster));
    return r;
  }

  private static Schema elementSchema(Schema table, String field) {
    return table.getField(field).schema().getElementType();
  }

  private static List<GenericRecord> paragraphs(Schema s, List<Paragraph> paragraphs) {
    List<GenericRecord> out = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      GenericRecord r = new GenericData.Record(s);
      r.put("label", p.label);
      r.put("bullet", p.bullet);
      r.put("text", p.text);
      out.add(r);
    }
    return out;
  }

  private static List<GenericRecord> origins(Schema s, List<FieldOrigin> origins) {
    List<GenericRecord> out = new ArrayList<>(origins.size());
    for (FieldOrigin o : origins) {
      GenericRecord r = new GenericData.Record(s);
      r.put("field", o.field);
      r.put("source", o.source);
      out.add(r);
    }
    return out;
  }

  /** The {file, line, byte_offset} struct shared by the articles list and the flat tables. */
  static final class RecordRows {
    private RecordRows() {}

    static List<GenericRecord> of(Schema s, List<Provenance> records) {
      List<GenericRecord> out = new ArrayList<>(records.size());
      for (Provenance p : records) {
        GenericRecord r = new GenericData.Record(s);
        put(r, p);
        out.add(r);
      }
      return out;
    }

    static void put(GenericRecord r, Provenance p) {
      r.put("file", p.file);
      r.put("line", p.line);
      r.put("byte_offset", p.byteOffset);
    }
  }
}
