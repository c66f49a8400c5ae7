package io.newsbeam.quotes;

import java.util.List;

/**
 * The named subject of the cue verb ({@code Peskov noted that …}, {@code "…," said Iryna Bondar}, {@code according
 * to the WHO}): resolved to the article's canonical name (short forms, alias list).
 */
final class CueSubjectSieve implements Sieve {
  private final Lexicon lex = Lexicon.get();

  @Override
  public String name() {
    return "cue_subject";
  }

  @Override
  public double confidence() {
    return 0.9;
  }

  @Override
  public void apply(Entities entities, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      NameParser.Parsed s = c.subject;
      if (c.isAttributed() || s == null) {
        continue;
      }
      switch (s.kind()) {
        case PERSON, SHORT, ORGANISATION -> {
          Entity e = s.kind() != NameParser.Kind.PERSON && s.nameTokens().size() == 1 && lex.isTitle(s.name())
              && !NameParser.isAllCaps(s.name())
              ? entities.nearestPersonWithRole(c.anchor, s.name().toLowerCase(java.util.Locale.ROOT)) : null;
          if (e != null) {
            // 'The President insists …' after 'United States President Donald Trump': the title names him
            c.attribute(e, s.name(), name());
            continue;
          }
          e = entities.resolve(s, false, name());
          if (e != null) {
            c.attribute(e, s.name(), name());
          }
        }
        default -> { }
      }
    }
  }
}
