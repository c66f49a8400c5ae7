package io.newsbeam.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.newsbeam.model.RejectReason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Streams JSON objects into flat {@code name -> String | List<String>} maps (nested objects are skipped,
 * arrays keep their scalars). Scalars keep their text as written, so an epoch date {@code 1715850000}
 * stays {@code "1715850000"}. Jackson's stream constraints turn hostile input (deep nesting, huge
 * numbers, huge strings) into {@code json_limits} instead of a stack overflow or a slow parse. Unescaped
 * control characters inside strings are accepted (they are stripped later, like in text files).
 */
final class JsonRecords {
  static final int MAX_NESTING_DEPTH = 200;
  static final int MAX_NUMBER_LENGTH = 1000;

  private final JsonFactory factory;

  /** Built once per decoder: JsonFactory is thread-safe and costly to create. */
  JsonRecords(long maxStringLength) {
    this.factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxStringLength))
            .build())
        .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        // messages must not quote the input back (it can be huge, and it is in the raw column anyway)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /** A parse failure as a reject reason and a one-line message. */
  record Failure(RejectReason reason, String message) {}

  /** One JSON Lines record: an object, or why not. */
  record LineResult(@Nullable Map<String, Object> fields, @Nullable Failure failure) {}

  LineResult parseLine(String text, long lineNumber) {
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      boolean object = t == JsonToken.START_OBJECT;
      Map<String, Object> fields = object ? readObject(p) : null;
      if (!object) {
        p.skipChildren();
      }
      JsonToken after = p.nextToken();
      if (after != null) {
        return new LineResult(null, new Failure(RejectReason.MALFORMED_JSON,
            "line " + lineNumber + ": more JSON after the first value at column " + p.currentTokenLocation().getColumnNr()));
      }
      if (!object) {
        return new LineResult(null, new Failure(RejectReason.NOT_AN_OBJECT,
            "line " + lineNumber + ": JSON " + kind(t) + " where an object was expected"));
      }
      return new LineResult(fields, null);
    } catch (IOException e) {
      return new LineResult(null, failure(e, lineNumber, true));
    }
  }

  /** An item of a JSON document: an object (fields) or a rejected value, with where it starts and ends. */
  record DocItem(@Nullable Map<String, Object> fields, @Nullable Failure failure, long line, long startChar,
      long endChar, boolean rest) {}

  /**
   * Reads a whole JSON document: a sequence of root values (usually one). A root object or each element of
   * a root array is a record; any other value is {@code not_an_object}. A parse failure ends the document:
   * everything from the value being read to the end becomes one rejected item ({@code rest} is true).
   */
  List<DocItem> parseDocument(String text) {
    List<DocItem> items = new ArrayList<>();
    long line = 1;
    long start = 0;
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        JsonLocation loc = p.currentTokenLocation();
        line = loc.getLineNr();
        start = loc.getCharOffset();
        if (t == JsonToken.START_ARRAY) {
          while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            loc = p.currentTokenLocation();
            line = loc.getLineNr();
            start = loc.getCharOffset();
            items.add(value(p, t, line, start));
          }
        } else {
          items.add(value(p, t, line, start));
        }
      }
    } catch (IOException e) {
      items.add(new DocItem(null, failure(e, 0, false), line, start, text.length(), true));
    }
    return items;
  }

  private DocItem value(JsonParser p, JsonToken t, long line, long start) throws IOException {
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> fields = readObject(p);
      return new DocItem(fields, null, line, start, p.currentLocation().getCharOffset(), false);
    }
    p.skipChildren();
    return new DocItem(null, new Failure(RejectReason.NOT_AN_OBJECT,
        "line " + line + ": JSON " + kind(t) + " where an object was expected"),
        line, start, p.currentLocation().getCharOffset(), false);
  }

  /** Reads the object the parser is positioned on (START_OBJECT) up to its END_OBJECT. */
  static Map<String, Object> readObject(JsonParser p) throws IOException {
    Map<String, Object> fields = new HashMap<>(); // looked up by name only, never iterated
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken v = p.nextToken();
      if (v == JsonToken.START_ARRAY) {
        List<String> list = new ArrayList<>();
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
          if (e.isScalarValue() && e != JsonToken.VALUE_NULL) {
            list.add(p.getText());
          } else {
            p.skipChildren();
          }
        }
        fields.put(name, list);
      } else if (v == JsonToken.START_OBJECT) {
        p.skipChildren();
        fields.remove(name);
      } else if (v == JsonToken.VALUE_NULL) {
        fields.remove(name);
      } else {
        if (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT) {
          p.getNumberValue(); // makes Jackson apply the number-length constraint
        }
        fields.put(name, p.getText()); // the last duplicate wins, as in most JSON parsers
      }
    }
    return fields;
  }

  private static String kind(@Nullable JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** Turns a Jackson exception into a reason and a one-line message; the line is the file's line. */
  private static Failure failure(IOException e, long fileLine, boolean lineRelative) {
    RejectReason reason = e instanceof StreamConstraintsException ? RejectReason.JSON_LIMITS : RejectReason.MALFORMED_JSON;
    String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    detail = oneLine(detail == null ? "invalid JSON" : detail);
    String where = "";
    if (e instanceof JsonProcessingException j && j.getLocation() != null) {
      JsonLocation loc = j.getLocation();
      long line = lineRelative ? fileLine : loc.getLineNr();
      where = "line " + line + ", column " + loc.getColumnNr() + ": ";
    } else if (lineRelative) {
      where = "line " + fileLine + ": ";
    }
    return new Failure(reason, where + detail);
  }

  /** First line, at most 200 characters: messages are for people scanning a table. */
  static String oneLine(String s) {
    int nl = s.indexOf('\n');
    String first = (nl >= 0 ? s.substring(0, nl) : s).strip();
    // Jackson appends "(start marker at [Source: ...; line: 1, column: 1])": noise for a reader
    int marker = first.indexOf(" (start marker at");
    first = marker >= 0 ? first.substring(0, marker) : first;
    return first.length() > 200 ? first.substring(0, 197) + "..." : first;
  }
}
