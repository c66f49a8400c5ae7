package io.newsbeam.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Splits a byte stream into physical lines without decoding it, so each line keeps its exact byte offset
 * and an over-long line costs at most {@code maxBytes} of memory: past the limit the reader keeps counting
 * (length, quotes) but stops storing.
 *
 * <p>Lines end at the encoded {@code \n} of the charset, compared unit by unit (1 byte for UTF-8 and the
 * single-byte charsets, 2 for UTF-16, 4 for UTF-32), so a UTF-16 file splits correctly too. The newline
 * itself is not part of the line; a {@code \r} before it is (callers normalize CRLF after decoding).
 *
 * <p>If the stream throws, the exception propagates and {@link #lineStart()}, {@link #lineNumber()} and
 * {@link #bytes()} still describe the unfinished line, so the caller can report where the input broke off.
 */
final class LineReader {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int unit;
  private final byte[] newline;
  private final byte[] quote;
  private final int maxBytes;
  private final byte[] buf = new byte[CHUNK];
  private int pos;
  private int lim;
  private boolean eof;
  /** Stream offset of {@code buf[pos]}. */
  private long offset;

  private long lineNumber;
  private long lineStart;
  private byte[] line = new byte[256];
  private int kept;
  private long length;
  private long quotes;
  private boolean terminated;
  private int peakBuffered;

  /**
   * @param startOffset the offset of the first byte {@code in} delivers (a skipped BOM)
   */
  LineReader(InputStream in, Charset charset, long startOffset, int maxBytes) {
    this.in = in;
    this.newline = "\n".getBytes(charset);
    this.quote = "\"".getBytes(charset);
    this.unit = newline.length;
    this.maxBytes = maxBytes;
    this.offset = startOffset;
  }

  /** Advances to the next line; false at the end of the stream. */
  boolean next() throws IOException {
    kept = 0;
    length = 0;
    quotes = 0;
    terminated = false;
    lineStart = offset;
    lineNumber++;
    while (true) {
      if (pos >= lim) {
        if (eof || !fill()) {
          if (length == 0) {
            lineStart = offset;
            return false;
          }
          return true;
        }
      }
      int i = pos;
      int end = lim - unit;
      while (i <= end && !matches(i, newline)) {
        if (matches(i, quote)) {
          quotes++;
        }
        i += unit;
      }
      if (i > end) {
        // no newline in the buffer; a trailing partial unit exists only at the end of the stream
        i = eof ? lim : i;
      }
      append(pos, i - pos);
      offset += i - pos;
      pos = i;
      if (pos <= end && matches(pos, newline)) {
        pos += unit;
        offset += unit;
        terminated = true;
        return true;
      }
    }
  }

  private boolean matches(int at, byte[] pattern) {
    if (unit == 1) {
      return buf[at] == pattern[0];
    }
    for (int k = 0; k < unit; k++) {
      if (buf[at + k] != pattern[k]) {
        return false;
      }
    }
    return true;
  }

  /** Refills the buffer with a whole number of units unless the stream ends; false if nothing was read. */
  private boolean fill() throws IOException {
    int carry = lim - pos; // always 0 except a partial unit, which only happens at the end of the stream
    System.arraycopy(buf, pos, buf, 0, carry);
    pos = 0;
    lim = carry;
    while (lim == 0 || lim % unit != 0) {
      int n = in.read(buf, lim, buf.length - lim);
      if (n < 0) {
        eof = true;
        break;
      }
      lim += n;
    }
    return lim > 0;
  }

  private void append(int from, int n) {
    length += n;
    int room = maxBytes - kept;
    int take = Math.min(room, n);
    if (take <= 0) {
      return;
    }
    if (kept + take > line.length) {
      int size = (int) Math.min((long) maxBytes, Math.max((long) line.length * 2, (long) kept + take));
      line = Arrays.copyOf(line, size);
      peakBuffered = Math.max(peakBuffered, line.length);
    }
    System.arraycopy(buf, from, line, kept, take);
    kept += take;
  }

  /** 1-based number of the current line. */
  long lineNumber() {
    return lineNumber;
  }

  /** Offset of the current line's first byte in the stream. */
  long lineStart() {
    return lineStart;
  }

  /** Full length of the current line in bytes (without the newline), even when not all of it was kept. */
  long length() {
    return length;
  }

  boolean tooLong() {
    return length > maxBytes;
  }

  /** The kept bytes: the whole line unless {@link #tooLong()}, then its first {@code maxBytes}. */
  byte[] bytes() {
    return Arrays.copyOf(line, kept);
  }

  /** How many {@code "} characters the whole line holds (counted past the limit too). */
  long quotes() {
    return quotes;
  }

  /** Whether the line ended with a newline (false for a last line without one). */
  boolean terminated() {
    return terminated;
  }

  /** The newline as bytes in this charset (re-inserted when a CSV row spans lines). */
  byte[] newline() {
    return newline.clone();
  }

  /** Largest line buffer ever allocated; tests use it to show memory stays bounded. */
  int peakBuffered() {
    return Math.max(peakBuffered, line.length);
  }
}
