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
      {"Ukraine's Foreign Ministry said the talks would continue.",
          "Foreign Ministry->Ministry of Foreign Affairs of Ukraine/government_body"},
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

  /** Rules real news needed (dev/real.jsonl), one behaviour per row; "" means no citation. */
  private static final String[][] REAL_NEWS_CASES = {
      // unnamed officials as a bare plural are anonymous sources; "the officials" is anaphora
      {"Officials said nine people were killed.", "Officials->anonymous/anonymous"},
      {"The toll rose to 17, according to officials.", "officials->anonymous/anonymous"},
      {"German officials said the ban was not part of a wider plan.", "German officials->anonymous/anonymous"},
      {"The officials said the ban would stay.", ""},
      {"The fire started in a port city in Bangladesh. Officials said nine died.",
          "Officials->anonymous/anonymous"},
      {"The deal was close, with officials saying talks would resume.", "officials->anonymous/anonymous"},
      // an outlet in front of its correspondent; an outlet after a quotation's verb
      {"BBC's Jonathan Marcus said questions remain.", "BBC->BBC/broadcaster"},
      {"Reuters' correspondent said the road was closed.", "Reuters->Reuters/news_agency"},
      {"\"Foolhardy provocation deserves harsh punishment\", said KCNA.",
          "KCNA->Korean Central News Agency/news_agency"},
      {"\"We will strike back\", said Yahya Sarea.", ""},
      // short forms only when the article leaves no doubt
      {"The Washington Post reported that talks had stalled. The Post said the envoy left.",
          "Washington Post->The Washington Post/newspaper; Post->The Washington Post/newspaper"},
      {"The Ministry of Health of Ukraine said the document was forged. The Ministry said it asked police to act.",
          "Ministry of Health of Ukraine->Ministry of Health of Ukraine/government_body;"
              + " Ministry->Ministry of Health of Ukraine/government_body"},
      // lower-case type nouns are generic anaphora (gold guidelines), resolvable or not
      {"The Ministry of Health of Ukraine said the document was forged. The ministry said it asked police to act.",
          "Ministry of Health of Ukraine->Ministry of Health of Ukraine/government_body"},
      {"The company said profits fell. The ministry said nothing.", ""},
      // possessives, domains, near-spellings that keep the first letter
      {"According to Interfax's report, the vote was delayed.", "Interfax->Interfax/news_agency"},
      {"tass.ru reported that the talks had ended.", "tass.ru->TASS/news_agency"},
      {"ABC News reported the fire.", "ABC News->ABC News/broadcaster"},
      // persons: own name after the title, full name for a surname, none with quoted words
      {"According to Connecticut Senator Richard Blumenthal, the plane is one of eighteen still flying.",
          "Richard Blumenthal->Richard Blumenthal/person"},
      {"\"It is the worst case,\" said Sheriff Bill Brown. Twenty bodies were found, according to Brown.",
          "Brown->Bill Brown/person"},
      {"\"The airline transports weapons,\" according to a tweet by US Secretary of State Mike Pompeo.", ""},
      {"Fuad Basya, spokesman for the Indonesian military, said a warship was deployed.", ""},
      {"US Ambassador to Germany Richard Grenell alleged that the airline carried weapons.", ""},
      // verbs that attribute nothing, and subjects that are no sources
      {"The Taliban have claimed responsibility.", ""},
      {"Photographs showed the cockpit buried in a house.", ""},
      {"Dr. Steven Wolf at Saint Francis said the hospital was ready.", ""},
      {"Iran issued arrest warrants for 36 people.", ""},
      // more cues
      {"CNN, however, reported on a distress call.", "CNN->CNN/broadcaster"},
      {"Speaking on al-Masirah TV, Yahya Sarea said ten drones were used.",
          "al-Masirah TV->Al-Masirah TV/broadcaster"},
      {"According to the U.S. embassy in Beijing, the man died on February 6.",
          "U.S. embassy in Beijing->Embassy of the United States in Beijing/government_body"},
      // embassies and ministries the table lacks get their official pattern
      {"The Foreign Ministry of Iraq characterized the attack as a violation.",
          "Foreign Ministry of Iraq->Ministry of Foreign Affairs of Iraq/government_body"},
      {"The Saudi Interior Ministry said 345 pilgrims died.",
          "Saudi Interior Ministry->Ministry of the Interior of Saudi Arabia/government_body"},
      // coordinated known names are two citations; a run whose halves are unknown stays whole
      {"According to Reuters and NBC, the prince is the de facto ruler.",
          "Reuters->Reuters/news_agency; NBC->NBC News/broadcaster"},
      {"Ford said in a filing to the U.S. Securities and Exchange Commission that it cooperates.",
          "Ford->Ford/other; U.S. Securities and Exchange Commission->U.S. Securities and Exchange Commission/government_body"},
      // unnamed officials after "and", with more heads and verbs
      {"According to police and county officials, the driver crossed the line.", "county officials->anonymous/anonymous"},
      {"The fire spread, and local officials said the building might collapse.", "local officials->anonymous/anonymous"},
      {"Forest officials suggested the elephant ate a cracker.", "Forest officials->anonymous/anonymous"},
      // no source: generic police, nouns, passives, places and roles between commas, documents
      {"Police said they questioned the owner.", ""},
      {"Initial reports stated the fruit was a pineapple.", ""},
      {"Park, the mayor of Seoul, South Korea, was found dead, police reported.", ""},
      {"Plotena, the mayor of Esperanza, Sultan Kudarat, announced classes would be cancelled.", ""},
      {"After the vote, a United States Department of State spokesperson, Morgan Ortagus, indicated the US was"
          + " disappointed.", ""},
      {"President Erdogan cited Article 5 of the NATO treaty.", ""},
      {"According to police in Baytown, Texas, he had crashed before.", ""},
      {"The Lost 52 Project announced the discovery.", "Lost 52 Project->Lost 52 Project/ngo"},
      {"The Kremlin-backed Izvestia newspaper reported the plan.", "Izvestia->Izvestia/newspaper"},
      {"The Russian Defence Ministry's press service said the drills had begun.",
          "Russian Defence Ministry->Russian Ministry of Defence/government_body"},
      {"The Hungarian government said it would veto the package.",
          "Hungarian government->Government of Hungary/government_body"},
      {"The Russian embassy in Washington said the claims were false.",
          "Russian embassy in Washington->Embassy of Russia in Washington/government_body"},
      {"The General Staff says 1,200 troops were lost.", "General Staff->General Staff/government_body"},
      {"The Institute for the Study of War said Russian forces advanced.",
          "Institute for the Study of War->Institute for the Study of War/ngo"},
      {"The Washington Post, citing U.S. officials, reported the plan.",
          "Washington Post->The Washington Post/newspaper; U.S. officials->anonymous/anonymous"},
      {"Speaking to Martin Smith of PBS, he said it happened under his watch.", "PBS->PBS/broadcaster"},
      {"China's foreign ministry said it opposed sanctions.",
          "foreign ministry->Chinese Ministry of Foreign Affairs/government_body"},
      {"The Polish Foreign Ministry and the Lithuanian Foreign Ministry said the vote was unfair.",
          "Polish Foreign Ministry->Ministry of Foreign Affairs of Poland/government_body;"
              + " Lithuanian Foreign Ministry->Ministry of Foreign Affairs of Lithuania/government_body"},
      {"People familiar with the matter said the deal was close.",
          "People familiar with the matter->anonymous/anonymous"},
      {"South Korea's Yonhap news agency reported the launch.", "Yonhap->Yonhap/news_agency"},
      {"Lebanon's health ministry said 12 people were killed.",
          "health ministry->Ministry of Health of Lebanon/government_body"},
      {"The Hamas-run health ministry said 12 people were killed.", ""},
      {"State media reported the recorder was found.", ""},
      {"Nils-Erik Haagenrud of Rogaland Fire and Rescue said no personnel would be sent in.", ""},
      {"The Prosecutor General's Office said the case was opened.",
          "Prosecutor General's Office->Prosecutor General's Office of Ukraine/government_body"},
      {"Russia's Defence Ministry said 40 drones were shot down. The Defence Ministry said two fell in Bryansk.",
          "Defence Ministry->Russian Ministry of Defence/government_body;"
              + " Defence Ministry->Russian Ministry of Defence/government_body"},
      {"Russia's Defence Ministry said 40 drones were shot down. Later the Ministry of Defence said two fell.",
          "Defence Ministry->Russian Ministry of Defence/government_body;"
              + " Ministry of Defence->Russian Ministry of Defence/government_body"},
      {"The Emergencies Ministry has, in a statement, called on drivers to slow down.",
          "Emergencies Ministry->Ministry of Emergency Situations of Russia/government_body"},
      // session 4: an outlet modifying a report noun; official names listing their fields; a day before the verb
      {"A UN report eventually concluded that the evidence supported the claim.", "UN->United Nations/other"},
      {"An Al Jazeera reporter in Kenya noted that local reports differed.", "Al Jazeera->Al Jazeera/broadcaster"},
      {"The UN report was delayed.", ""},
      {"Bangladesh's Institute of Epidemiology, Disease Control and Research (IEDCR) reported 12 new cases.",
          "Institute of Epidemiology, Disease Control and Research->Institute of Epidemiology, Disease Control and"
              + " Research/ngo"},
      {"Pierre Nkurunziza, the President of Burundi, died on Monday. The government of Burundi on Tuesday"
          + " announced his death.", "government of Burundi->Government of Burundi/government_body"},
      // "speaking for" a body cites it; "the country's" is the last country named
      {"Iran has 523 new cases. Ali Reza Raisi, speaking for the country's Health Ministry, reported 523 cases.",
          "Health Ministry->Ministry of Health of Iran/government_body"},
      // a plural set off by an anonymity clause: the whole describing phrase; anaphora stays out
      {"Aid workers in the region, who asked not to be named, said refugees were returning.",
          "Aid workers in the region, who asked not to be named->anonymous/anonymous"},
      {"Diplomats, speaking on condition of anonymity, said the talks stalled.",
          "Diplomats, speaking on condition of anonymity->anonymous/anonymous"},
      {"The engineers, who asked not to be named, said the pump failed.", ""},
      // a demonym naming another country than the table's government body; outlets keep their row
      {"The German Foreign Office said the talks would resume.",
          "Foreign Office->German Foreign Office/government_body"},
      {"The British Foreign Office said the talks would resume.", "Foreign Office->Foreign Office/government_body"},
      {"Russian independent outlet Meduza reported the arrest.", "Meduza->Meduza/newspaper"},
      // a name right after a place and a comma is the subject when no second comma closes an apposition
      {"Explosions were heard in Odesa, Suspilne reported.", "Suspilne->Suspilne/broadcaster"},
      {"The mayor of Esperanza, Sultan Kudarat, announced the closure.", ""},
      // a possessive country stays out of the span even where the alias table lists "Ukraine's Navy"
      {"Ukraine's Navy said the ship was hit.", "Navy->Ukrainian Navy/government_body"},
      // "per" before a known outlet; known names listed before the subject
      {"The talks stalled, per Reuters.", "Reuters->Reuters/news_agency"},
      {"Prices rose 5 per cent.", ""},
      {"The BBC, CNN, Reuters and AFP reported the blasts.", "BBC->BBC/broadcaster; CNN->CNN/broadcaster;"
          + " Reuters->Reuters/news_agency; AFP->Agence France-Presse/news_agency"},
      {"In Kharkiv, Suspilne reported blasts.", "Suspilne->Suspilne/broadcaster"},
      // a Source: entry that opens with its channel ("press service of the ...") cites the body
      {"Source: press service of the Ministry of Internal Affairs of Ukraine; TASS",
          "Ministry of Internal Affairs of Ukraine->Ministry of Internal Affairs of Ukraine/government_body;"
              + " TASS->TASS/news_agency"},
  };

  @Test
  public void guidelineExamples() {
    assertCases(CASES);
  }

  @Test
  public void realNewsRules() {
    assertCases(REAL_NEWS_CASES);
  }

  private static void assertCases(String[][] cases) {
    List<String> failures = new ArrayList<>();
    for (String[] c : cases) {
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
