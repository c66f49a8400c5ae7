package io.newsbeam.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists attribution runs on, read once per JVM from {@code resources/quotes/}: cue verbs, role nouns,
 * titles, organisation words, known organisations and gendered first names. Immutable after loading.
 */
final class Lexicon {
  enum CueKind { FINITE, OBJECT, PARTICIPLE, FRAME, WEAK }

  record Cue(String form, String lemma, CueKind kind) {}

  private static volatile Lexicon instance;

  final Map<String, Cue> cues;
  /** role noun -> gender f/m/? */
  final Map<String, Character> roleNouns;
  final Set<String> titles;
  final Set<String> orgWords;
  final Set<String> knownOrgs;
  /** first name -> f/m */
  final Map<String, Character> firstNames;

  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
  static final Set<String> OBJECT_PRONOUNS = Set.of("us", "me", "him", "her", "them", "reporters", "journalists",
      "you");
  static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "this",
      "that");
  static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "with", "to", "for", "about", "against", "from",
      "of", "by", "between", "into", "than", "over", "under", "after", "before", "like", "without", "toward",
      "towards", "during", "via", "through");
  /** Capitalised words that begin a sentence but never a name. */
  static final Set<String> NOT_NAME_STARTS = Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From",
      "With", "After", "Before", "During", "Under", "Asked", "Speaking", "Giving", "However", "But", "And", "Since",
      "When", "While", "Details", "Source", "Quote", "Background", "It", "He", "She", "They", "We", "I", "This",
      "That", "There", "These", "Those", "Its", "His", "Her", "Their", "Our", "If", "As", "Also", "Meanwhile",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
      "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan",
      "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Today", "Yesterday",
      "Tonight", "Earlier", "Later", "Now", "Some", "Many", "Most", "All", "No", "Not", "One", "Two", "Three",
      "Over", "Update", "Context", "GOAL", "Welcome", "Good", "Full", "Team", "Only", "Every", "Each",
      "Such", "Other", "Several", "More", "What", "Who", "Why", "How", "Where", "Then", "Once", "Until", "Despite",
      "Although", "Because", "Instead", "Still", "Yet", "So", "Among", "Across", "Around", "Against", "According");
  static final Set<String> ADJUNCT_STARTS = Set.of("on", "in", "at", "during", "after", "before", "by", "to",
      "with", "as", "from", "through", "last", "this", "earlier", "later", "yesterday", "today", "tonight",
      "again", "so", "nothing", "something", "anything", "via", "while", "when", "for", "without", "outside",
      "inside", "aboard", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "here",
      "goodbye", "hello", "sorry", "thanks", "yes", "very");
  static final Set<String> AUX = Set.of("has", "have", "had", "also", "repeatedly", "later", "then",
      "previously", "earlier", "again", "further", "once", "both", "first", "now", "still", "just", "already",
      "separately", "publicly", "privately", "recently", "today");

  static final Set<String> NP_STOP = Set.of("was", "is", "are", "were", "has", "have", "had", "been", "be",
      "not", "and", "or", "but", "who", "which", "that", "to", "also", "will", "would", "did", "does", "do");

  static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
      "would", "could", "can", "should", "might", "may", "must", "did", "does", "do", "remains", "remained");

  /** Common irregular past tenses, finite verbs that the "-ed" test misses ('the aircraft overran the runway'). */
  static final Set<String> IRREGULAR_PAST = Set.of("went", "ran", "overran", "broke", "came", "took", "gave",
      "made", "found", "lost", "won", "saw", "got", "left", "fell", "rose", "held", "kept", "began", "became", "knew",
      "paid", "sold", "brought", "built", "caught", "led", "met", "sent", "spent", "stood", "struck", "fled", "drove",
      "flew", "grew", "threw", "sank", "hid", "bought", "fought", "forgot", "meant", "felt", "dealt", "shut", "ate");

  static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  static final Map<String, String> DEMONYMS = Map.ofEntries(Map.entry("Ukraine", "Ukrainian"),
      Map.entry("Russia", "Russian"), Map.entry("Poland", "Polish"), Map.entry("Japan", "Japanese"),
      Map.entry("Spain", "Spanish"), Map.entry("Turkey", "Turkish"), Map.entry("Britain", "British"),
      Map.entry("France", "French"), Map.entry("Germany", "German"), Map.entry("China", "Chinese"),
      Map.entry("America", "American"), Map.entry("Moldova", "Moldovan"), Map.entry("Greece", "Greek"),
      Map.entry("Norway", "Norwegian"), Map.entry("Hungary", "Hungarian"), Map.entry("Italy", "Italian"),
      Map.entry("Israel", "Israeli"), Map.entry("Iran", "Iranian"), Map.entry("Sweden", "Swedish"),
      Map.entry("Denmark", "Danish"), Map.entry("Finland", "Finnish"), Map.entry("Romania", "Romanian"),
      Map.entry("Canada", "Canadian"), Map.entry("India", "Indian"), Map.entry("Brazil", "Brazilian"),
      Map.entry("Belarus", "Belarusian"), Map.entry("Georgia", "Georgian"), Map.entry("Austria", "Austrian"));

  private Lexicon() {
    cues = new HashMap<>();
    for (String line : lines("/quotes/cue_verbs.txt")) {
      String[] f = line.split("\\|");
      cues.put(f[0], new Cue(f[0], f[1], CueKind.valueOf(f[2].toUpperCase(Locale.ROOT))));
    }
    roleNouns = new HashMap<>();
    for (String line : lines("/quotes/role_nouns.txt")) {
      String[] f = line.split("\\|");
      roleNouns.put(f[0], f.length > 1 ? f[1].charAt(0) : '?');
    }
    titles = new HashSet<>(lines("/quotes/titles.txt"));
    orgWords = new HashSet<>(lines("/quotes/org_words.txt"));
    knownOrgs = new HashSet<>(lines("/quotes/known_orgs.txt"));
    firstNames = new HashMap<>();
    for (String res : List.of("/generate/first_names.txt", "/quotes/first_names.txt")) {
      for (String line : lines(res)) {
        String[] f = line.split("\\|");
        if (f.length > 1) {
          firstNames.put(f[0], f[1].charAt(0));
        }
      }
    }
  }

  static Lexicon get() {
    Lexicon l = instance;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = instance;
        if (l == null) {
          l = new Lexicon();
          instance = l;
        }
      }
    }
    return l;
  }

  Cue cue(Tok t) {
    return cues.get(t.lower());
  }

  boolean isRoleNoun(String lowerWord) {
    return roleNouns.containsKey(lowerWord);
  }

  boolean isOrgWord(String word) {
    return orgWords.contains(word.toLowerCase(Locale.ROOT));
  }

  boolean isTitle(String word) {
    return titles.contains(word);
  }

  /**
   * A title, or a long word one edit away from one: real copy misspells them ('House Intelligence Committee
   * Represenative Adam Schiff'), and a misspelt title must not become part of the name.
   */
  boolean isTitleOrTypo(String word) {
    if (titles.contains(word)) {
      return true;
    }
    if (word.length() < 8) {
      return false;
    }
    for (String t : titles) {
      if (Math.abs(t.length() - word.length()) <= 1 && ONE_EDIT.apply(t, word) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final org.apache.commons.text.similarity.LevenshteinDistance ONE_EDIT =
      new org.apache.commons.text.similarity.LevenshteinDistance(1);

  static List<String> lines(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
