package io.newsbeam.quotes;

import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A line of an article body: a paragraph, or one line of a multi-line paragraph (a {@code Background:} block's
 * bullets). {@code [start, end)} are UTF-16 offsets into the body, without a label or bullet marker.
 * {@code label} is the paragraph's layout label ({@code Quote}, {@code Details}, ...) or null.
 */
record Segment(int index, int paragraph, @Nullable String label, int start, int end) {
  Segment {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad segment [" + start + ", " + end + ")");
    }
  }

  boolean isQuoteBlock() {
    return Objects.equals(label, "Quote");
  }
}
