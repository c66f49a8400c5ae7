package io.newsbeam.sources;

import static org.junit.Assert.assertEquals;

import io.newsbeam.model.Citation;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The annotation guidelines' own examples (testdata/sources-eval/README.md), one row each. */
public class CitationExtractorTest {
  private static final CitationExtractor EXTRACTOR = CitationExtractor.builtIn();

  /** {paragraph lines joined by \n, expected "surface->source/type" list joined by "; "}. */
  private static final String[][] CASES = {
      {"\"We will not give in,\" Vučić said in an interview with RTS.", "RTS->RTS/broadcaster"},
      {"According to Ivan Fedorov, Head of the Zaporizhzhia Oblast Military Administration, two people were hurt.",
          "Ivan Fedorov->Ivan Fedorov/person"},
      {"Source: Ihor Terekhov on Telegram", ""},
      {"The mayor wrote on Telegram that the bridge was closed.", ""},
      {"Gazprom declined to comment.", ""},
      {"We have asked the Russian Ministry of Defence for comment.", ""},
      {"Prices fell, citing weak demand.", ""},
      {"The company said it would appeal. It said the ruling was wrong.", ""},
      {"The memo showed that the plan was dropped.", ""},
      {"Ukraine's Foreign Ministry said the talks would continue.", "Foreign Ministry->Foreign Ministry/government_body"},
      {"Telegram channel Astra reported explosions near the airfield.", "Astra->Astra/social_channel"},
      {"Two European officials who spoke on condition of anonymity said the deal was close.",
          "Two European officials who spoke on condition of anonymity->anonymous/anonymous"},
      {"A source in the Air Force said the missiles were shot down.",
          "A source in the Air Force->anonymous/anonymous"},
      {"Source: Ukrinform (Укрінформ); ТАСС; Reuter", "Ukrinform->Ukrinform/news_agency; ТАСС->TASS/news_agency;"
          + " Reuter->Reuters/news_agency"},
      {"The State Emergency Service said four people were rescued.",
          "State Emergency Service->State Emergency Service of Ukraine/government_body"},
      {"Interfax-Ukraine reported that the session was postponed.",
          "Interfax-Ukraine->Interfax-Ukraine/news_agency"},
      {"Reporters Without Borders (RSF) said the journalist had been detained.",
          "Reporters Without Borders->Reporters Without Borders/ngo"},
      {"The claim was first published by Meduza.", "Meduza->Meduza/newspaper"},
      {"Three OPEC+ delegates told Bloomberg that output would rise.",
          "Three OPEC+ delegates->anonymous/anonymous; Bloomberg->Bloomberg/news_agency"},
      {"The channel cited its own sources in the ministry.", "its own sources->anonymous/anonymous"},
      {"Source: Axios, citing two US officials", "Axios->Axios/newspaper"},
      {"Reuters reports that the vote was delayed, according to Reutres.",
          "Reuters->Reuters/news_agency; Reutres->Reuters/news_agency"},
  };

  @Test
  public void guidelineExamples() {
    List<String> failures = new ArrayList<>();
    for (String[] c : CASES) {
      String[] lines = c[0].split("\n");
      List<String> got = new ArrayList<>();
      for (Citation x : EXTRACTOR.extract(SourceArticles.article("t", "Test Desk", lines))) {
        got.add(x.sourceSurface + "->" + x.source + "/" + x.sourceType);
      }
      if (!c[1].equals(String.join("; ", got))) {
        failures.add(c[0] + "\n    expected: " + c[1] + "\n    got:      " + String.join("; ", got));
      }
    }
    assertEquals(String.join("\n", failures), 0, failures.size());
  }

  @Test
  public void sourceLineNotesAndSharedQualifiers() {
    List<Citation> cs = EXTRACTOR.extract(SourceArticles.article("t", "Test Desk",
        "Source: Axios, citing two US officials; Russian news agencies ТАСС; Интерфакс; Federation Council press"
            + " service"));
    List<String> got = new ArrayList<>();
    for (Citation x : cs) {
      got.add(x.source + "|" + x.qualifiers + "|" + x.note);
    }
    assertEquals(List.of("Axios|[]|citing two US officials", "TASS|[Russian]|null", "Interfax|[Russian]|null",
        "Federation Council|[]|press service"), got);
  }
}
