package io.newsbeam.normalize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

@RunWith(Parameterized.class)
public class TextCleanerTest {
  @Parameters(name = "{0}")
  public static Collection<Object[]> cases() {
    return Arrays.asList(new Object[][] {
      // case, input, clean(input), canonical(input)
      {"plain text unchanged", "Hello world", "Hello world", "Hello world"},
      {"trimmed", "  Hello  ", "Hello", "Hello"},
      {"tabs and newlines collapse", "a\t\tb\n\nc\r\nd", "a b c d", "a b c d"},
      {"NBSP and thin/ideographic spaces collapse", "a\u00A0\u00A0b\u2009c\u3000d", "a b c d", "a b c d"},
      {"BOM and zero-width space dropped", "\uFEFFab\u200Bc", "abc", "abc"},
      {"NFD composed to NFC", "Tu\u0308rkiye", "T\u00FCrkiye", "T\u00FCrkiye"},
      {"curly double quotes kept, folded for matching", "\u201Cimportant\u201D", "\u201Cimportant\u201D",
          "\"important\""},
      {"low-9, guillemets, double prime", "\u201Ea\u201F \u00ABb\u00BB \u2039c\u203A 5\u2033",
          "\u201Ea\u201F \u00ABb\u00BB \u2039c\u203A 5\u2033", "\"a\" \"b\" \"c\" 5\""},
      {"apostrophes", "Russia\u2019s \u2018x\u201A 5\u2032 `y", "Russia\u2019s \u2018x\u201A 5\u2032 `y",
          "Russia's 'x' 5' 'y"},
      {"dashes", "a\u2013b\u2014c\u2012d\u2015e\u2212f\u2010g", "a\u2013b\u2014c\u2012d\u2015e\u2212f\u2010g",
          "a-b-c-d-e-f-g"},
      {"only white space becomes empty", " \t\u00A0 ", "", ""},
      {"Cyrillic untouched", "\u041A\u0440\u0435\u043C\u043B\u044C  \u2014 \u0422\u0410\u0421\u0421",
          "\u041A\u0440\u0435\u043C\u043B\u044C \u2014 \u0422\u0410\u0421\u0421",
          "\u041A\u0440\u0435\u043C\u043B\u044C - \u0422\u0410\u0421\u0421"},
    });
  }

  @Parameter(0) public String name;
  @Parameter(1) public String input;
  @Parameter(2) public String cleaned;
  @Parameter(3) public String canonical;

  @Test
  public void cleans() {
    assertEquals(cleaned, TextCleaner.clean(input));
  }

  @Test
  public void canonicalizes() {
    assertEquals(canonical, TextCleaner.canonical(input));
  }

  @Test
  public void foldKeepsLength() {
    String c = TextCleaner.clean(input);
    assertEquals(c.length(), TextCleaner.fold(c).length());
  }

  @Test
  public void cleanOrNullIsNullOnlyForBlank() {
    if (cleaned.isEmpty()) {
      assertNull(TextCleaner.cleanOrNull(input));
    } else {
      assertEquals(cleaned, TextCleaner.cleanOrNull(input));
    }
    assertNull(TextCleaner.clean(null));
  }
}
