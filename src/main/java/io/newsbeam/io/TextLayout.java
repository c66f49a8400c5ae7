package io.newsbeam.io;

import io.newsbeam.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads the layout of a plain-text article (one per file), as in the seed files:
 *
 * <ul>
 *   <li><b>Headline</b>: the first non-blank line, when another non-blank line follows, it is shorter than
 *       {@value #MAX_HEADLINE_CHARS} characters, carries no {@link #LABELS label}, is no bullet and no date
 *       line, and does not end like a sentence ({@code . , ; :} or an ellipsis; {@code ? !}, quotes and
 *       brackets are fine).
 *   <li><b>Date</b>: the first body line may start with {@code date YYYY-MM-DD} (leading spaces allowed);
 *       the date becomes {@code dateRaw}, the rest of the line the first paragraph.
 *   <li><b>Paragraphs</b>: every other non-blank line, trimmed; blank lines only separate. A line starting
 *       with a label and {@code :} becomes {@code Paragraph(label, false, rest)} (label-only lines give an
 *       empty text); bullets ({@code - }, {@code * }, {@code • }) become {@code Paragraph(heading, true,
 *       text)}, where heading is the label of the last labelled line, cleared by a plain line.
 * </ul>
 *
 * Trailers and boilerplate stay as paragraphs; removing them is the normalizer's job.
 */
final class TextLayout {
  private TextLayout() {}

  /** Case-sensitive; a line starts with one of these followed by ':'. */
  static final List<String> LABELS = List.of("Source", "Details", "Quote", "Background", "Context", "Update");

  static final int MAX_HEADLINE_CHARS = 200;

  private static final Pattern DATE_PREFIX = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\s+(.*))?$",
      Pattern.DOTALL);

  record Parsed(@Nullable String title, @Nullable String dateRaw, List<Paragraph> paragraphs) {}

  /** @param text decoded and {@link TextCleanup#clean cleaned} text */
  static Parsed parse(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    int i = 0;
    String title = null;
    if (lines.size() >= 2 && isHeadline(lines.get(0))) {
      title = lines.get(0);
      i = 1;
    }
    String date = null;
    if (i < lines.size()) {
      Matcher m = DATE_PREFIX.matcher(lines.get(i));
      if (m.matches()) {
        date = m.group(1);
        String rest = m.group(2) == null ? "" : m.group(2).strip();
        if (rest.isEmpty()) {
          i++;
        } else {
          lines.set(i, rest);
        }
      }
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    String heading = null;
    for (; i < lines.size(); i++) {
      String t = lines.get(i);
      String label = labelOf(t);
      if (label != null) {
        paragraphs.add(new Paragraph(label, false, t.substring(label.length() + 1).strip()));
        heading = label;
      } else if (isBullet(t)) {
        paragraphs.add(new Paragraph(heading, true, t.substring(2).strip()));
      } else {
        heading = null;
        paragraphs.add(Paragraph.plain(t));
      }
    }
    return new Parsed(title, date, paragraphs);
  }

  static boolean isHeadline(String t) {
    if (t.codePointCount(0, t.length()) >= MAX_HEADLINE_CHARS || labelOf(t) != null || isBullet(t)
        || DATE_PREFIX.matcher(t).matches()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return ".,;:…".indexOf(last) < 0;
  }

  static @Nullable String labelOf(String t) {
    for (String label : LABELS) {
      if (t.startsWith(label) && t.length() > label.length() && t.charAt(label.length()) == ':') {
        return label;
      }
    }
    return null;
  }

  private static boolean isBullet(String t) {
    return t.length() >= 2 && "-*•".indexOf(t.charAt(0)) >= 0 && Character.isWhitespace(t.charAt(1));
  }
}
