package io.newsbeam.normalize;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Unicode-aware word count: ICU's word boundaries (UAX #29, with dictionaries for Thai, Lao, Khmer,
 * Burmese, Chinese and Japanese, which write without spaces), counting the segments that contain at least
 * one letter or digit. So {@code Russia’s} and {@code 3.5} are one word each, {@code Trump-Putin} is two,
 * and punctuation or emoji count as none.
 */
public final class WordCount {
  private WordCount() {}

  public static int of(String text) {
    // getWordInstance returns a fresh clone of a cached iterator: cheap, and nothing shared between threads.
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
    words.setText(text);
    int count = 0;
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      if (hasLetterOrDigit(text, start, end)) {
        count++;
      }
    }
    return count;
  }

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
