package io.newsbeam.quotes;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** One case per behaviour: text in, "speaker | kind | quote | attributed_by" out. */
public class QuoteExtractorTest {
  private static final String[][] CASES = {
    {"direct quote with a pronoun frame",
     "Anna Kowal, a former pupil, spoke at the school. \"Nobody knew at the time,\" she said.",
     "Anna Kowal | direct | Nobody knew at the time | pronoun"},
    {"postposed subject",
     "\"We will rebuild,\" said Mayor Tom Reed.",
     "Tom Reed | direct | We will rebuild | cue_subject"},
    {"reported with that and an adjunct",
     "The Ministry of Culture of Ukraine said on Monday that the icon would return.",
     "Ministry of Culture of Ukraine | reported | the icon would return | cue_subject"},
    {"bare clause after said",
     "Prime Minister Donald Tusk said the situation was serious.",
     "Donald Tusk | reported | the situation was serious | cue_subject"},
    {"scare and partial quotes are not quotes",
     "The flats were called \"affordable\". Kieran Walsh said the rent was \"too high\" for most.",
     "Kieran Walsh | reported | the rent was \"too high\" for most | cue_subject"},
    {"sign after a colon has no speaker",
     "A sign held up at mile 23: \"Touch here for power\".",
     "null | direct | Touch here for power | no_speaker"},
    {"according to",
     "Prices rose by 4 percent, according to the Central Bank of Ruritania.",
     "Central Bank of Ruritania | reported | Prices rose by 4 percent | cue_subject"},
    {"noun phrase object is not a quote",
     "Kremlin spokesman Dmitry Peskov declined to comment and denied the allegations.",
     ""},
    {"labelled block takes the previous paragraph's speaker",
     "Details: Oleh Kiper said that two workers were hurt.\n\nQuote: \"The enemy struck again.",
     "Oleh Kiper | reported | two workers were hurt | cue_subject\n"
         + "Oleh Kiper | labelled | The enemy struck again. | previous_paragraph"},
    {"unnamed spokeswoman is her organisation",
     "\"Allies are in close contact,\" a NATO spokeswoman said in Brussels.",
     "NATO | direct | Allies are in close contact | description"},
  };

  @Test
  public void cases() {
    QuoteExtractor x = new QuoteExtractor(SpeakerAliases.builtIn());
    for (String[] c : CASES) {
      List<String> got = new ArrayList<>();
      for (QuoteExtractor.Found f : x.extractText(c[1]).quotes()) {
        got.add(f.speaker() + " | " + f.kind() + " | " + f.text() + " | " + f.attributedBy());
      }
      assertEquals(c[0], c[2], String.join("\n", got));
    }
  }

  @Test
  public void aliasKeysFoldCaseDiacriticsAndInitials() {
    assertEquals(SpeakerAliases.key("Donald J. Trump"), SpeakerAliases.key("donald trump"));
    assertEquals(SpeakerAliases.key("Péter Szijjártó"), SpeakerAliases.key("Peter Szijjarto"));
    assertEquals("Volodymyr Zelensky", SpeakerAliases.builtIn().lookup("Zelenskyy").canonical());
  }
}
