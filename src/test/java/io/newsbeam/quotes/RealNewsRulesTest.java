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
    {"a bare clause after any finite cue when it opens like a clause",
     "Ana Ruiz announced the bridge would reopen.",
     "Ana Ruiz | reported | the bridge would reopen | cue_subject"},
    {"a cue word used as a noun is not a cue",
     "The agency publishes daily reports on the number of boats that crossed.",
     ""},
    {"a quoted fragment after 'called' + object is the subject's direct quote",
     "Tom Reed called the plan \"a disaster\".",
     "Tom Reed | direct | a disaster | cue_subject"},
    {"a frame after a sentence-final quote that opens the next quote belongs to the next one",
     "Tom Reed said, \"We are ready.\" Ana Ruiz said, \"We are not.\"",
     "Tom Reed | direct | We are ready. | cue_subject\nAna Ruiz | direct | We are not. | cue_subject"},
    {"'according to A and B': the first source",
     "The bridge had closed, according to Reuters and NBC.",
     "Reuters | reported | The bridge had closed | cue_subject"},
    {"a reordered short form is the organisation named before",
     "The Ministry of Health opened a clinic. The Health Ministry said that ten nurses had joined.",
     "Ministry of Health | reported | ten nurses had joined | cue_subject"},
    {"'she' prefers a woman named before over a nearer person of unknown gender",
     "Emily Hart met Xandor Lume on Monday. She said the talks had failed.",
     "Emily Hart | reported | the talks had failed | pronoun"},
    {"an unnamed group noun gives no speaker",
     "Tom Reed arrived later. The defendants claimed the money had been lost.",
     "null | reported | the money had been lost | unnamed_source"},
    {"a non-restrictive 'which' clause stays inside the reported clause",
     "Ana Ruiz said the bridge would reopen, which would help the town.",
     "Ana Ruiz | reported | the bridge would reopen, which would help the town | cue_subject"},
    {"an adverbial set off by commas is skipped on the way back to the subject",
     "Acme Group, in a Facebook post on Tuesday, said the shops would reopen.",
     "Acme Group | reported | the shops would reopen | cue_subject"},
    {"a known organisation in front of a person's name is the person's role, not part of the name",
     "Hong Kong director of Amnesty International Anna Novak said the law was unlawful.",
     "Anna Novak | reported | the law was unlawful | cue_subject"},
    {"an abbreviation's full stop does not end a reported clause",
     "Ana Ruiz said the city would ask the U.S. government for help.",
     "Ana Ruiz | reported | the city would ask the U.S. government for help | cue_subject"},
    {"a long adjunct with an abbreviation in it still reaches the 'that' clause",
     "Acme Group said in a financial filing to the U.S. Securities and Exchange Commission that the inquiry began"
         + " in May.",
     "Acme Group | reported | the inquiry began in May | cue_subject"},
    {"an abbreviation inside the name after 'according to'",
     "According to U.S. Attorney Josh Bash, the manifesto could strengthen the case.",
     "Josh Bash | reported | the manifesto could strengthen the case | cue_subject"},
    {"a cue right before a sentence-like quotation frames it when the full stop stands outside the marks",
     "Ana Ruiz said \"I can tell you, the bridge will reopen\".",
     "Ana Ruiz | direct | I can tell you, the bridge will reopen | cue_subject"},
    {"an aside between dashes does not separate the cue from its quotation",
     "Ana Ruiz said \u2014 as reported by the Harbour Times \u2014 \"The bridge will reopen in May\".",
     "Ana Ruiz | direct | The bridge will reopen in May | cue_subject"},
    {"a quotation joined to the one before by 'and' keeps its speaker",
     "Ana Ruiz said on Friday \"We asked for help\" and \"They refused.\"",
     "Ana Ruiz | direct | We asked for help | cue_subject\nAna Ruiz | direct | They refused. | cue_subject"},
    {"'described him as \"A\" who was \"B\"': both fragments are the describer's",
     "Ana Ruiz described him as \"a true friend\" who was \"always ready to help.\"",
     "Ana Ruiz | direct | a true friend | cue_subject\nAna Ruiz | direct | always ready to help. | cue_subject"},
    {"an editor's '[.]' ends the sentence, so the next sentence is not part of the clause",
     "Ana Ruiz said the plan would bring \"real harm to the town[.]\" She went on to speak about the bridge.",
     "Ana Ruiz | reported | the plan would bring \"real harm to the town[.]\" | cue_subject"},
    {"'…, further saying, \"…\"': the reported clause ends before the second cue",
     "Ana Ruiz said the toll \"costs the town a fortune,\" further saying, \"We must end it.\"",
     "Ana Ruiz | reported | the toll \"costs the town a fortune,\" | cue_subject\n"
         + "Ana Ruiz | direct | We must end it. | cue_subject"},
    {"'… and several said …': another speaker's clause ends the first",
     "Residents said prices had risen and several said they would move away.",
     "null | reported | prices had risen | unnamed_source\nnull | reported | they would move away | unnamed_source"},
    {"a parliamentary title stays out of the name",
     "Senate Minority Whip Ana Ruiz said the bill would fail.",
     "Ana Ruiz | reported | the bill would fail | cue_subject"},
    {"a surname one edit from an earlier person's is that person",
     "Army spokesman Yahya Sarea spoke on television. Saree said the strikes would go on.",
     "Yahya Sarea | reported | the strikes would go on | cue_subject"},
    {"a cue whose clause comes before a colon keeps it, and the quotation after the colon is direct",
     "Ana Ruiz told the press the toll was only part of the problem: \"We need a new bridge.\"",
     "Ana Ruiz | reported | the toll was only part of the problem | cue_subject\n"
         + "Ana Ruiz | direct | We need a new bridge. | cue_subject"},
    {"a common irregular past tense is a finite verb for a bare clause",
     "The Harbour Authority stated the ferry overran the quay.",
     "Harbour Authority | reported | the ferry overran the quay | cue_subject"},
    {"the outlet after 'per' carried the words, it did not say them",
     "\"We will not close the market,\" said Ana Ruiz per Radio Harbour.",
     "Ana Ruiz | direct | We will not close the market | cue_subject"},
    {"a name after 'to' is an object; the person opening the sentence speaks",
     "Ana Ruiz of Leeds University and contributor to Harbour Weekly wrote, \"The bridge is unsafe.\"",
     "Ana Ruiz | direct | The bridge is unsafe. | cue_subject"},
    {"an Arabic surname with its article is part of the name before 'of'",
     "President Omar el-Farouk of Egypt said, \"The summit will succeed.\"",
     "Omar el-Farouk | direct | The summit will succeed. | cue_subject"},
    {"a possessive and a role between commas is an apposition; ', and stated' starts the subject's next clause",
     "Ana Ruiz, Acme\u2019s CEO for Europe, explained that sales had fallen, and stated they want to stay.",
     "Ana Ruiz | reported | sales had fallen | cue_subject\nAna Ruiz | reported | they want to stay | cue_subject"},
    {"'according to X (ACRONYM), …': the clause starts after the bracket",
     "According to Notes from the Harbour (NFH), some shops open on Sundays.",
     "Notes from the Harbour | reported | some shops open on Sundays | cue_subject"},
    {"a subject of up to a dozen words: institution, role and a hyphenated surname",
     "Johns Harbour Centre for Public Health Research medical anthropologist Ana Ruiz-Moura told the press in an"
         + " interview, \"Fear spreads faster than germs.\"",
     "Ana Ruiz-Moura | direct | Fear spreads faster than germs. | cue_subject"},
    {"a new sentence after a quotation is not its frame, even when a cue-like word follows",
     "Ana Ruiz spoke at noon. \"Fear spreads faster than germs.\" As of Tuesday there had been reports of attacks.",
     "Ana Ruiz | direct | Fear spreads faster than germs. | nearest_speaker"},
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
