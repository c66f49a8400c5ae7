package io.newsbeam.io;

import java.util.ArrayList;
import java.util.List;
import io.newsbeam.model.Paragraph;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The only changes the reader makes to decoded text. Line ends become {@code \n} (CRLF and lone CR), and
 * NUL and the other C0 control characters except tab and newline, plus DEL, are removed: they are damage
 * from scraping or storage, and the record around them is still worth keeping. Everything else (spacing,
 * boilerplate, odd Unicode) is the normalizer's business.
 */
final class TextCleanup {
  private TextCleanup() {}

  static String clean(String s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean keep = c >= 0x20 && c != 0x7f || c == '\t' || c == '\n';
      if (keep && out == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
        out.append(s, 0, i);
      }
      if (keep) {
        out.append(c);
      } else if (c == '\r') {
        if (i + 1 >= n || s.charAt(i + 1) != '\n') {
          out.append('\n');
        }
      }
    }
    return out == null ? s : out.toString();
  }

  /** Cleans a metadata value; blank becomes null so "absent" has one representation. */
  static @Nullable String value(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String c = clean(s).strip();
    return c.isEmpty() ? null : c;
  }

  /** A JSON/CSV body: one plain paragraph per non-blank line. */
  static List<Paragraph> plainParagraphs(@Nullable String body) {
    List<Paragraph> out = new ArrayList<>();
    if (body == null) {
      return out;
    }
    for (String line : clean(body).split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        out.add(Paragraph.plain(t));
      }
    }
    return out;
  }
}
