package io.newsbeam.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Charset decisions. Order: a byte-order mark; else strict UTF-8; else, only when the bytes hold no valid
 * multi-byte UTF-8 at all (a file mixing valid UTF-8 with broken bytes is damaged UTF-8, and guessing a
 * legacy charset for it would turn its good text into mojibake), ICU's detector restricted to
 * {@link #isAcceptedLegacy the legacy charsets we trust it on} at confidence {@link #MIN_CONFIDENCE} or more.
 */
final class Encodings {
  private Encodings() {}

  /**
   * Measured with ICU4J 76.1 on the non-ASCII lines of small samples: the windows-1251 Russian fixture
   * scores 38, a KOI8-R sentence 34, French windows-1252 57 (reported as ISO-8859-1), German 93; random
   * high bytes top out at 29 (as Big5, not accepted anyway) and a single 26-byte Russian sentence at 22.
   * 30 keeps real paragraphs and refuses guesses from scraps.
   */
  static final int MIN_CONFIDENCE = 30;

  /** ICU's statistical recognisers only look at the first 8000 bytes; this is what we hand it. */
  static final int DETECTOR_SAMPLE_BYTES = 64 * 1024;

  /** Result of scanning bytes as UTF-8. */
  record Utf8Scan(int validMultibyte, int invalid, int firstInvalidAt) {
    boolean valid() {
      return invalid == 0;
    }
  }

  /**
   * Validates UTF-8 strictly (no overlongs, surrogates or code points above U+10FFFF).
   *
   * @param cutOff the bytes are a prefix of a longer stream: an incomplete sequence at the very end is
   *     not an error
   */
  static Utf8Scan scanUtf8(byte[] b, int from, int to, boolean cutOff) {
    int valid = 0;
    int invalid = 0;
    int first = -1;
    int i = from;
    while (i < to) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        min = 0x10000;
      } else {
        invalid++;
        first = first < 0 ? i : first;
        i++;
        continue;
      }
      if (cutOff && i + need >= to) {
        break; // incomplete sequence at the end of a prefix
      }
      int cp = c & (0x3f >> need);
      int k = 1;
      for (; k <= need && i + k < to; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          break;
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (k <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        invalid++;
        first = first < 0 ? i : first;
        i++;
        continue;
      }
      valid++;
      i += need + 1;
    }
    return new Utf8Scan(valid, invalid, first);
  }

  /** Decodes strictly: malformed or unmappable input throws instead of becoming U+FFFD. */
  static String decodeStrict(byte[] b, int from, int to, Charset cs) throws CharacterCodingException {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(b, from, to - from))
        .toString();
  }

  /**
   * Asks ICU about bytes that are not UTF-8. Only lines holding non-ASCII bytes are sampled: they carry
   * the evidence, and a long ASCII preamble would otherwise fill ICU's 8000-byte window.
   *
   * @return the charset, or null when ICU is unsure or names one we do not accept
   */
  static @Nullable Detection detectLegacy(byte[] b, int from, int to) {
    byte[] sample = nonAsciiLines(b, from, to);
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample);
    CharsetMatch match = detector.detect();
    if (match == null) {
      return null;
    }
    String name = match.getName();
    Charset cs = acceptedCharset(name);
    return new Detection(name, match.getConfidence(), cs != null && match.getConfidence() >= MIN_CONFIDENCE ? cs : null);
  }

  /** What ICU said, and the charset we will use (null: rejected). */
  record Detection(String name, int confidence, @Nullable Charset accepted) {}

  static boolean isAcceptedLegacy(String icuName) {
    String n = icuName.toUpperCase(Locale.ROOT);
    return n.equals("WINDOWS-1251") || n.equals("KOI8-R") || n.equals("WINDOWS-1252") || n.startsWith("ISO-8859-");
  }

  private static @Nullable Charset acceptedCharset(String icuName) {
    if (!isAcceptedLegacy(icuName)) {
      return null;
    }
    // ICU's logical-order Hebrew name; Java only knows the visual-order charset, byte-identical
    String javaName = icuName.equalsIgnoreCase("ISO-8859-8-I") ? "ISO-8859-8" : icuName;
    return Charset.isSupported(javaName) ? Charset.forName(javaName) : null;
  }

  private static byte[] nonAsciiLines(byte[] b, int from, int to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int start = from;
    for (int i = from; i <= to && out.size() < DETECTOR_SAMPLE_BYTES; i++) {
      if (i == to || b[i] == '\n') {
        boolean high = false;
        for (int k = start; k < i && !high; k++) {
          high = b[k] < 0;
        }
        if (high) {
          out.write(b, start, Math.min(i - start, DETECTOR_SAMPLE_BYTES - out.size()));
          out.write('\n');
        }
        start = i + 1;
      }
    }
    return out.toByteArray();
  }

  static boolean isUtf8(Charset cs) {
    return cs.equals(StandardCharsets.UTF_8);
  }
}
