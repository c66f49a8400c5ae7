package io.newsbeam.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits one CSV row (already cut from the file, see {@link RecordDecoder}) into fields with Apache Commons
 * CSV's RFC 4180 format: comma separated; a quoted field may hold commas and newlines and writes a quote as
 * {@code ""}. Rows are cut before parsing so that a bad row costs only itself and memory stays bounded.
 */
final class CsvRow {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();

  private CsvRow() {}

  /** A row that breaks RFC 4180 quoting. */
  static final class MalformedRow extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRow(String message) {
      super(message, null, false, false);
    }
  }

  static List<String> split(String row) throws MalformedRow {
    // Commons CSV ends a record at any CR; a stray CR inside a row (seen in exports from old Mac tools)
    // would split it, so CRLF becomes LF and a lone CR a space before parsing.
    String text = row.replace("\r\n", "\n").replace('\r', ' ');
    if (text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        return List.of("");
      }
      CSVRecord record = records.next();
      if (records.hasNext()) {
        throw new MalformedRow("row holds more than one record");
      }
      List<String> fields = new ArrayList<>(record.size());
      record.forEach(fields::add);
      return fields;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new MalformedRow(oneLine(e));
    }
  }

  /** Commons CSV's message without its stack or parser-internal detail. */
  private static String oneLine(Exception e) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage() == null ? "cannot be parsed as CSV" : t.getMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
