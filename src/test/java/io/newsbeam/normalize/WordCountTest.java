package io.newsbeam.normalize;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class WordCountTest {
  /** text, expected word count. */
  private static final Object[][] CASES = {
    {"", 0},
    {"   ", 0},
    {"one", 1},
    {"Hello, world!", 2},
    {"Russia\u2019s war", 2},
    {"don't stop", 2},
    {"Trump-Putin meeting", 3},
    {"GDP grew 3.5 % in 2024", 5},
    {"\u2014 \u201C \u201D ... !!! \uD83D\uDE00", 0},
    {"\u041A\u0440\u0435\u043C\u043B\u044C \u0437\u0430\u044F\u0432\u0438\u0432", 2},
    {"T\u00FCrkiye, the United States", 4},
    {"line\n\nbreaks\tand\u00A0nbsp", 4},
  };

  @Test
  public void counts() {
    for (Object[] row : CASES) {
      assertEquals("'" + row[0] + "'", (int) (Integer) row[1], WordCount.of((String) row[0]));
    }
  }

  @Test
  public void thaiWithoutSpacesIsMoreThanOneWord() {
    // "I like to eat rice" written without spaces: dictionary segmentation must find several words.
    int n = WordCount.of("\u0E09\u0E31\u0E19\u0E0A\u0E2D\u0E1A\u0E01\u0E34\u0E19\u0E02\u0E49\u0E32\u0E27");
    assertEquals(true, n >= 3);
  }
}
