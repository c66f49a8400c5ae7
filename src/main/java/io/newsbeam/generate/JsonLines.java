package io.newsbeam.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Serialises corpus records (news-please field names) and truth lines with Jackson's streaming generator,
 * fields in a fixed order, into a reusable buffer; the caller decides what to do with the string (write it,
 * or break it for a malformed line).
 */
final class JsonLines {
  private static final JsonFactory FACTORY =
      new JsonFactory(); // the target writer below ignores close()

  private final StringBuilder buf = new StringBuilder(8192);
  private final Writer bufWriter = new Writer() {
    @Override
    public void write(char[] cbuf, int off, int len) {
      buf.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
      buf.append(str, off, off + len);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  /** A news-please style record. {@code maintext} may be empty (a malformed variant), never null. */
  String record(String title, String maintext, String datePublish, String url, String domain,
      List<String> authors, String description) throws IOException {
    buf.setLength(0);
    try (JsonGenerator g = FACTORY.createGenerator(bufWriter)) {
      g.writeStartObject();
      g.writeStringField("title", title);
      g.writeStringField("maintext", maintext);
      g.writeStringField("date_publish", datePublish);
      g.writeStringField("url", url);
      g.writeStringField("source_domain", domain);
      g.writeArrayFieldStart("authors");
      for (String a : authors) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeStringField("language", "en");
      g.writeStringField("description", description);
      g.writeEndObject();
    }
    return buf.toString();
  }

  String stringArray(List<String> values) throws IOException {
    buf.setLength(0);
    try (JsonGenerator g = FACTORY.createGenerator(bufWriter)) {
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
    return buf.toString();
  }

  String string(String value) throws IOException {
    buf.setLength(0);
    try (JsonGenerator g = FACTORY.createGenerator(bufWriter)) {
      g.writeString(value);
    }
    return buf.toString();
  }

  /** One truth line; see {@link GenerateCorpus} for the field meanings. */
  String truth(long line, String url, String storyId, String kind, Map<String, Object> params,
      Map<String, Object> copyOf, Map<String, Object> negativeOf, String topic, List<GoldQuote> quotes,
      List<GoldSource> sources) throws IOException {
    buf.setLength(0);
    try (JsonGenerator g = FACTORY.createGenerator(bufWriter)) {
      g.writeStartObject();
      g.writeNumberField("line", line);
      writeNullable(g, "url", url);
      writeNullable(g, "story_id", storyId);
      g.writeStringField("kind", kind);
      g.writeFieldName("params");
      writeValue(g, params);
      g.writeFieldName("copy_of");
      writeValue(g, copyOf);
      g.writeFieldName("negative_of");
      writeValue(g, negativeOf);
      writeNullable(g, "topic", topic);
      g.writeArrayFieldStart("quotes");
      for (GoldQuote q : quotes) {
        g.writeStartObject();
        g.writeStringField("speaker", q.speaker);
        g.writeStringField("text", q.text);
        g.writeStringField("kind", q.kind.label);
        g.writeNumberField("start", q.start);
        g.writeNumberField("end", q.end);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sources");
      for (GoldSource s : sources) {
        g.writeStartObject();
        g.writeStringField("name", s.name);
        g.writeStringField("text", s.text);
        g.writeStringField("kind", s.kind.label);
        g.writeNumberField("start", s.start);
        g.writeNumberField("end", s.end);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return buf.toString();
  }

  private static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String) {
      g.writeString((String) v);
    } else if (v instanceof Integer || v instanceof Long) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Double) {
      g.writeNumber((Double) v);
    } else if (v instanceof Boolean) {
      g.writeBoolean((Boolean) v);
    } else if (v instanceof Map) {
      g.writeStartObject();
      // only LinkedHashMaps reach here, so the order is the insertion order
      for (Map.Entry<String, Object> e : ((Map<String, Object>) v).entrySet()) {
        g.writeFieldName(e.getKey());
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      throw new IllegalArgumentException("unsupported param value " + v.getClass());
    }
  }
}
