package io.newsbeam.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV row (already cut from the file, see {@link RecordDecoder}) into fields by RFC 4180: comma
 * separated; a field that starts with {@code "} is quoted, may hold commas and newlines, and writes a
 * quote as {@code ""}. A {@code "} inside an unquoted field is kept as is.
 *
 * <p>Why not Commons CSV: 1.12.0 needs commons-io 2.17, but Hadoop puts commons-io 2.16.1 on this
 * project's classpath and Commons CSV then fails with NoClassDefFoundError. The grammar for a single row
 * is small enough to own.
 */
final class CsvRow {
  private CsvRow() {}

  /** A row that breaks RFC 4180 quoting. */
  static final class MalformedRow extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedRow(String message) {
      super(message, null, false, false);
    }
  }

  static List<String> split(String row) throws MalformedRow {
    String s = row.endsWith("\r") ? row.substring(0, row.length() - 1) : row;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = s.length();
    while (true) {
      field.setLength(0);
      if (i < n && s.charAt(i) == '"') {
        int open = i;
        i++;
        while (true) {
          if (i >= n) {
            throw new MalformedRow("quoted field starting at column " + (open + 1) + " is never closed");
          }
          char c = s.charAt(i);
          if (c == '"') {
            if (i + 1 < n && s.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(c);
          i++;
        }
        if (i < n && s.charAt(i) != ',') {
          throw new MalformedRow("unexpected character '" + s.charAt(i) + "' after a closing quote at column "
              + (i + 1));
        }
      } else {
        while (i < n && s.charAt(i) != ',') {
          field.append(s.charAt(i));
          i++;
        }
      }
      fields.add(field.toString());
      if (i >= n) {
        return fields;
      }
      i++; // the comma
    }
  }
}
