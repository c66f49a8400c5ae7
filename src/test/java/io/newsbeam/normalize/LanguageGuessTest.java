package io.newsbeam.normalize;

import static org.junit.Assert.assertEquals;

import org.junit.BeforeClass;
import org.junit.Test;

public class LanguageGuessTest {
  private static LanguageGuess guess;

  private static final String ENGLISH = String.join(" ", SeedArticles.BACKGROUND);
  private static final String UKRAINIAN = "\u0414\u043C\u0438\u0442\u0440\u043E \u041F\u0454\u0441\u043A\u043E\u0432, "
      + "\u0440\u0435\u0447\u043D\u0438\u043A \u043A\u0440\u0435\u043C\u043B\u0456\u0432\u0441\u044C\u043A\u043E\u0433\u043E "
      + "\u043B\u0456\u0434\u0435\u0440\u0430 \u0412\u043E\u043B\u043E\u0434\u0438\u043C\u0438\u0440\u0430 "
      + "\u041F\u0443\u0442\u0456\u043D\u0430, \u0437\u0430\u044F\u0432\u0438\u0432, \u0449\u043E "
      + "\u0437\u0443\u0441\u0442\u0440\u0456\u0447 \u043C\u0456\u0436 \u041F\u0443\u0442\u0456\u043D\u0438\u043C \u0456 "
      + "\u043F\u0440\u0435\u0437\u0438\u0434\u0435\u043D\u0442\u043E\u043C \u0421\u0428\u0410 "
      + "\u0414\u043E\u043D\u0430\u043B\u044C\u0434\u043E\u043C \u0422\u0440\u0430\u043C\u043F\u043E\u043C \u0454 "
      + "\u043D\u0435\u043E\u0431\u0445\u0456\u0434\u043D\u043E\u044E \u0434\u043B\u044F "
      + "\u043E\u0431\u0433\u043E\u0432\u043E\u0440\u0435\u043D\u043D\u044F "
      + "\u043C\u0456\u0436\u043D\u0430\u0440\u043E\u0434\u043D\u043E\u0457 "
      + "\u0441\u0438\u0442\u0443\u0430\u0446\u0456\u0457.";
  private static final String GERMAN = "Der Kreml erkl\u00E4rte am Freitag, dass ein Treffen zwischen Putin und dem "
      + "amerikanischen Pr\u00E4sidenten notwendig sei, um die internationale Lage zu besprechen und den Krieg "
      + "zu beenden.";
  private static final String GIBBERISH =
      "zxq vbn qwe rty uio pas dfg hjk lzx cvb nmq wer tyu iop asd fgh jkl zxc vbn mqw ert yui opa sdf";

  @BeforeClass
  public static void loadModelOnce() {
    guess = new LanguageGuess();
  }

  /** field value -> ISO 639-1 (null: not a language). */
  private static final String[][] CODES = {
    {"en", "en"}, {"EN-us", "en"}, {"en_GB", "en"}, {" eng ", "en"}, {"English", "en"}, {"uk", "uk"},
    {"ukr", "uk"}, {"rus", "ru"}, {"fre", "fr"}, {"fra", "fr"}, {"ger", "de"}, {"deu", "de"}, {"zh-Hant-TW", "zh"},
    {"cmn", "zh"}, {"iw", "he"}, {"he", "he"}, {"", null}, {"  ", null}, {null, null}, {"xx", null},
    {"klingon", null}, {"ceb", null},
  };

  @Test
  public void normalizesCodes() {
    for (String[] row : CODES) {
      assertEquals("'" + row[0] + "'", row[1], LanguageGuess.normalizeCode(row[0]));
    }
  }

  /** case, field, body, expected. */
  private static final Object[][] GUESSES = {
    {"field wins over text", "de-DE", ENGLISH, "de"},
    {"field that is no language falls back to detection", "unknown", ENGLISH, "en"},
    {"English body", null, ENGLISH, "en"},
    {"Ukrainian body", null, UKRAINIAN, "uk"},
    {"German body", null, GERMAN, "de"},
    {"too few words", null, "The Kremlin said on Friday that the talks would resume soon.", null},
    {"gibberish is not confident", null, GIBBERISH, null},
  };

  @Test
  public void guesses() {
    for (Object[] row : GUESSES) {
      String body = (String) row[2];
      assertEquals((String) row[0], row[3], guess.guess((String) row[1], body, WordCount.of(body)));
    }
  }
}
