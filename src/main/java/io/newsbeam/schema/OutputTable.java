package io.newsbeam.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;

/**
 * The output tables and their schemas: the one place where the public Parquet contract is defined. Each
 * table's Avro schema lives in {@code resources/schemas/<name>.avsc}; its converter from the model is
 * the {@code *Records} class beside this one. Changing either changes the README's column table too.
 */
public enum OutputTable {
  ARTICLES("articles"),
  DUPLICATES("duplicates"),
  REJECTED("rejected"),
  QUOTES("quotes"),
  MENTIONS("mentions"),
  SPEAKER_FREQUENCY("speaker_frequency"),
  CITATIONS("citations"),
  SOURCE_RELIABILITY("source_reliability");

  private final String dirName;
  private volatile Schema schema;

  OutputTable(String dirName) {
    this.dirName = dirName;
  }

  /** The table's directory under --output. */
  public String dirName() {
    return dirName;
  }

  public Schema schema() {
    Schema s = schema;
    if (s == null) {
      s = load("/schemas/" + dirName + ".avsc");
      schema = s;
    }
    return s;
  }

  private static Schema load(String resource) {
    try (InputStream in = OutputTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing schema resource " + resource);
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
