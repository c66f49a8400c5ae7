package io.newsbeam.normalize;

import java.text.Normalizer;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Text hygiene shared by every normalization step.
 *
 * <p>{@link #clean} is what the output keeps: Unicode NFC, every run of white space (ASCII spaces, tabs,
 * line breaks, NBSP, the Unicode space separators) collapsed to one ASCII space, trimmed; byte-order marks
 * and zero-width spaces are dropped because they are invisible and only break matching. {@link #fold} maps
 * typographic quotes, apostrophes and dashes to ASCII and is used for matching and for the content key only
 * — the output text keeps its original typography. Folding maps one char to one char, so an index found in
 * folded text is valid in the cleaned text too (PublisherNames relies on that).
 */
public final class TextCleaner {
  private TextCleaner() {}

  /** NFC, white space collapsed to single spaces, trimmed. Null stays null. */
  public static @Nullable String clean(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\uFEFF' || c == '\u200B') {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** {@link #clean}, but null when nothing is left. */
  public static @Nullable String cleanOrNull(@Nullable String s) {
    String c = clean(s);
    return c == null || c.isEmpty() ? null : c;
  }

  /** Typographic quotes, apostrophes and dashes to ASCII; every other char unchanged (same length). */
  public static String fold(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = foldChar(chars[i]);
    }
    return new String(chars);
  }

  /** The form used for matching and hashing: {@code fold(clean(s))}. */
  public static String canonical(String s) {
    return fold(clean(s));
  }

  static boolean isSpace(char c) {
    if (c < 128) {
      // hot path for ASCII text: the same answer as below without the Unicode tables
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
    }
    // Character.isWhitespace misses NBSP and friends; isSpaceChar misses tab, CR, LF and the
    // information separators, so both are needed.
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  private static char foldChar(char c) {
    switch (c) {
      case '\u201C': // “
      case '\u201D': // ”
      case '\u201E': // „
      case '\u201F': // ‟
      case '\u00AB': // «
      case '\u00BB': // »
      case '\u2039': // ‹
      case '\u203A': // ›
      case '\u2033': // ″
        return '"';
      case '\u2019': // ’
      case '\u2018': // ‘
      case '\u201A': // ‚
      case '\u2032': // ′
      case '`':
        return '\'';
      case '\u2013': // –
      case '\u2014': // —
      case '\u2012': // ‒
      case '\u2015': // ―
      case '\u2212': // −
      case '\u2010': // ‐
        return '-';
      default:
        return c;
    }
  }
}
