package io.newsbeam.quotes;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * The rules added when real news (the Wikinews part of dev) was annotated, one small invented case each:
 * text in, "speaker | kind | quote | attributed_by" out. Each case fails without its rule.
 */
public class RealNewsRulesTest {
  private static final String[][] CASES = {
    {"a cue a few words before an unpunctuated opening mark frames a direct quote",
     "Mayor Ana Ruiz said on Friday \"We will reopen the bridge.\"",
     "Ana Ruiz | direct | We will reopen the bridge. | cue_subject"},
    {"a partial quote after a clause stays inside the reported span",
     "Ana Ruiz said on Friday the plan was \"a disaster\" for the town.",
     "Ana Ruiz | reported | the plan was \"a disaster\" for the town | cue_subject"},
    {"'X said, \"…\", adding, \"…\"': the frame before the mark is enough",
     "Tom Reed said, \"We are ready\", adding, \"The town is safe\".",
     "Tom Reed | direct | We are ready | cue_subject\nTom Reed | direct | The town is safe | cue_subject"},
    {"'\"A,\" said X, \"B\"': the second part keeps the speaker of the frame between them",
     "\"We are ready,\" said Tom Reed, \"and we will stay.\"",
     "Tom Reed | direct | We are ready | cue_subject\nTom Reed | direct | and we will stay. | cue_subject"},
    {"a quote that ends its sentence does not take the next sentence's cue as its frame",
     "Tom Reed spoke first. \"We will stay.\" Reed also said that the bridge would reopen.",
     "Tom Reed | direct | We will stay. | nearest_speaker\n"
         + "Tom Reed | reported | the bridge would reopen | cue_subject"},
    {"a bare clause after an adjunct",
     "Ana Ruiz said in May the bridge would reopen.",
     "Ana Ruiz | reported | the bridge would reopen | cue_subject"},
    {"a bare clause after the object of told",
     "Ana Ruiz told local radio the bridge would reopen.",
     "Ana Ruiz | reported | the bridge would reopen | cue_subject"},
    {"a bare clause after another finite cue when a finite verb follows",
     "Acme Group claims its engineers had fixed the fault.",
     "Acme Group | reported | its engineers had fixed the fault | cue_subject"},
    {"a noun phrase after a finite cue is still not a quote",
     "Acme Group announced a new plan on Monday.",
     ""},
    {"a lone surname takes the full name written before it, even with an unknown first name",
     "The mayor of Lisbon, Xanthe Moura, opened the bridge. \"It is a great day,\" Moura said.",
     "Xanthe Moura | direct | It is a great day | cue_subject"},
    {"the surname matches without diacritics",
     "President Recep Tayyip Erdoğan spoke in Ankara. Erdogan said the vote would be free.",
     "Recep Tayyip Erdoğan | reported | the vote would be free | cue_subject"},
    {"an organisation keeps 'of the' inside its name",
     "The Harbour Command of the Northern Fleet said that two boats had sunk.",
     "Harbour Command of the Northern Fleet | reported | two boats had sunk | cue_subject"},
    {"the person before 'of' speaks, not the institution after it",
     "Steve Marsh of the University of Leeds said the data were clear.",
     "Steve Marsh | reported | the data were clear | cue_subject"},
    {"an unnamed group gives no speaker",
     "Tom Reed arrived later. Officials said three people had died.",
     "null | reported | three people had died | unnamed_source"},
    {"an acronym resolves to the name spelled out in brackets",
     "Notes from the Harbour (NFH) published figures. NFH said that crashes had fallen.",
     "Notes from the Harbour | reported | crashes had fallen | cue_subject"},
    {"an organisation loses its leading 'The'",
     "Sales fell by a third, according to a report by The Harbour Times.",
     "Harbour Times | reported | Sales fell by a third | cue_subject"},
    {"'according to police' with no police force named before: the police, not the nearest organisation",
     "The fair closed at 10 p.m. (2100 UTC), according to police.",
     "police | reported | The fair closed at 10 p.m. (2100 UTC) | description"},
    {"a sheriff's title is kept apart from the name",
     "\"Stay indoors,\" said County Sheriff Bill Ames.",
     "Bill Ames | direct | Stay indoors | cue_subject"},
  };

  @Test
  public void cases() {
    QuoteExtractor x = new QuoteExtractor(SpeakerAliases.builtIn());
    List<String> failures = new ArrayList<>();
    for (String[] c : CASES) {
      List<String> got = new ArrayList<>();
      for (QuoteExtractor.Found f : x.extractText(c[1]).quotes()) {
        got.add(f.speaker() + " | " + f.kind() + " | " + f.text() + " | " + f.attributedBy());
      }
      if (!c[2].equals(String.join("\n", got))) {
        failures.add(c[0] + "\n  expected: " + c[2] + "\n  got:      " + String.join(" // ", got));
      }
    }
    assertEquals(String.join("\n", failures), 0, failures.size());
  }
}
