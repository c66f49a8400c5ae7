package io.newsbeam.sources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The word lists shipped in {@code resources/sources/}: given names and the cautionary-qualifier lexicon. */
public final class SourceLexicons {
  public static final String GIVEN_NAMES = "/sources/given_names.txt";
  public static final String CAUTIONARY = "/sources/cautionary.txt";

  private final Set<String> givenNames;
  private final List<String> cautionaryTerms;
  private final Pattern cautionary;

  private SourceLexicons(Set<String> givenNames, List<String> cautionaryTerms) {
    this.givenNames = givenNames;
    this.cautionaryTerms = List.copyOf(cautionaryTerms);
    StringBuilder alt = new StringBuilder();
    for (String t : cautionaryTerms) {
      alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(t));
    }
    this.cautionary = Pattern.compile("(?<!\\p{L})(?:" + alt + ")(?!\\p{L})",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public static SourceLexicons load() {
    Set<String> names = new TreeSet<>();
    for (String n : lines(GIVEN_NAMES)) {
      names.add(n.toLowerCase(Locale.ROOT));
    }
    return new SourceLexicons(names, lines(CAUTIONARY));
  }

  public boolean isGivenName(String word) {
    return givenNames.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when the qualifier contains a lexicon term as a whole word (hyphens separate words). */
  public boolean isCautionary(String qualifier) {
    return cautionary.matcher(qualifier).find();
  }

  public List<String> cautionaryTerms() {
    return cautionaryTerms;
  }

  static List<String> lines(String resource) {
    try (InputStream in = SourceLexicons.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      List<String> out = new ArrayList<>();
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
