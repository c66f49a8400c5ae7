package io.newsbeam.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cue verb whose subject is an unnamed group or person with no organisation named ({@code Officials said …},
 * {@code One MP told the BBC …}, {@code Residents there told the press …}, {@code State media reported …}): the
 * quote has no identifiable speaker. Without this sieve the nearest named person further back would be credited
 * with words that are not theirs.
 */
final class UnnamedSourceSieve implements Sieve {
  /** Nouns naming people or outlets only generically. "police" and "government" are left out: they name a body. */
  static final Set<String> UNNAMED = Set.of("officials", "residents", "witnesses", "witness", "eyewitness",
      "eyewitnesses", "protesters", "protestors", "interviewee", "interviewees", "sources", "reports", "media",
      "defendants", "parties", "analysts", "experts", "observers", "people", "mp", "lawmaker", "lawmakers",
      "officers", "lawyers");
  /** Words that make a noun phrase indefinite or a bare count ("one MP", "both officers", "several"). */
  static final Set<String> INDEFINITE = Set.of("one", "some", "several", "both", "many", "two", "three", "other");

  @Override
  public String name() {
    return "unnamed_source";
  }

  @Override
  public double confidence() {
    return 0.5;
  }

  @Override
  public void apply(Entities entities, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      NameParser.Parsed s = c.subject;
      if (c.isAttributed() || s == null || s.kind() == NameParser.Kind.PRONOUN || s.orgHint() != null) {
        continue;
      }
      if (isUnnamed(entities.text(s.start(), s.end()))) {
        c.attribute(null, null, name());
        c.noSpeaker = true;
      }
    }
  }

  /** True for 'Officials', 'Residents there', 'State media', 'One MP', 'Both officers', 'several'. */
  static boolean isUnnamed(String subject) {
    String[] words = subject.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    if (words.length == 0 || words.length > 4) {
      return false;
    }
    if (INDEFINITE.contains(words[0])) {
      return true;
    }
    for (String w : words) {
      if (UNNAMED.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
