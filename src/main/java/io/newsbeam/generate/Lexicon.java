package io.newsbeam.generate;

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
import java.util.Map;
import java.util.Set;

/**
 * The word lists and grammar under {@code src/main/resources/generate/}, loaded once. Everything is kept
 * in arrays in file order so that a seed picks the same words on every JVM; the maps are only looked up,
 * never iterated into output.
 */
final class Lexicon {
  final String[] firstNames;
  final boolean[] female;
  final String[] lastNames;
  final String[] cities;
  final String[] countries;
  final String[] organisations;
  final String[] outletNames;
  final String[] outletDomains;
  final String[] agencyNames;
  final String[] agencyTags;
  final String[] topicKeys;
  final String[][] topicEvents;
  final String[][] topicNouns;
  /** word -> interchangeable word, both directions. */
  final Map<String, String> synonyms;
  /** misspelling -> correct spelling. */
  final Map<String, String> typoFixes;
  /** correct spelling -> misspelling, used to seed originals with a few typos that copies then fix. */
  final Map<String, String> typoInjections;
  /** first words of city and country names, so sentence-initial proper nouns are not lower-cased. */
  final Set<String> properFirstWords;
  final Grammar grammar;

  private static volatile Lexicon instance;

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

  private Lexicon() {
    List<String[]> names = rows("first_names.txt", 2);
    firstNames = new String[names.size()];
    female = new boolean[names.size()];
    for (int i = 0; i < names.size(); i++) {
      firstNames[i] = names.get(i)[0];
      female[i] = names.get(i)[1].equals("f");
    }
    lastNames = column(rows("last_names.txt", 1), 0);
    List<String[]> places = rows("places.txt", 2);
    cities = column(places, 0);
    countries = column(places, 1);
    organisations = column(rows("organisations.txt", 1), 0);
    List<String[]> outlets = rows("outlets.txt", 2);
    outletNames = column(outlets, 0);
    outletDomains = column(outlets, 1);
    List<String[]> agencies = rows("agencies.txt", 2);
    agencyNames = column(agencies, 0);
    agencyTags = column(agencies, 1);
    List<String[]> topics = rows("topics.txt", 3);
    topicKeys = column(topics, 0);
    topicEvents = new String[topics.size()][];
    topicNouns = new String[topics.size()][];
    for (int i = 0; i < topics.size(); i++) {
      topicEvents[i] = topics.get(i)[1].split(";");
      topicNouns[i] = topics.get(i)[2].split(";");
    }
    synonyms = new HashMap<>();
    for (String[] pair : rows("synonyms.txt", 1)) {
      String[] w = pair[0].split(" ");
      if (w.length != 2) {
        throw new IllegalStateException("synonyms.txt: expected two words: " + pair[0]);
      }
      synonyms.putIfAbsent(w[0], w[1]);
      synonyms.putIfAbsent(w[1], w[0]);
    }
    typoFixes = new HashMap<>();
    typoInjections = new HashMap<>();
    for (String[] t : rows("typos.txt", 2)) {
      typoFixes.put(t[0], t[1]);
      typoInjections.put(t[1], t[0]);
    }
    properFirstWords = new HashSet<>();
    for (String c : cities) {
      properFirstWords.add(c.split(" ")[0]);
    }
    for (String c : countries) {
      properFirstWords.add(c.split(" ")[0]);
    }
    List<String> grammarLines = new ArrayList<>(lines("grammar.txt"));
    grammarLines.add("[trailer]");
    for (String t : lines("boilerplate.txt")) {
      if (!t.isBlank() && !t.startsWith("#")) {
        grammarLines.add(t);
      }
    }
    grammar = Grammar.parse(grammarLines);
  }

  private static List<String[]> rows(String file, int fields) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|", -1);
      if (parts.length != fields) {
        throw new IllegalStateException(file + ": expected " + fields + " fields: " + line);
      }
      out.add(parts);
    }
    return out;
  }

  private static String[] column(List<String[]> rows, int col) {
    String[] out = new String[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get(i)[col];
    }
    return out;
  }

  private static List<String> lines(String file) {
    String path = "/generate/" + file;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
