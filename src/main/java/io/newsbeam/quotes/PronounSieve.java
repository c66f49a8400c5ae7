package io.newsbeam.quotes;

import java.util.List;

/**
 * A pronoun as the subject: {@code he}/{@code she} resolve to the nearest earlier person who agrees in gender and
 * is not the object of a preposition; {@code it}/{@code they}/{@code we} to the previous speaker when that is an
 * organisation, else the nearest organisation.
 */
final class PronounSieve implements Sieve {
  @Override
  public String name() {
    return "pronoun";
  }

  @Override
  public double confidence() {
    return 0.7;
  }

  private static Entity samePara(Candidate previous, Candidate c, char gender) {
    if (previous == null || previous.speaker == null || !previous.speaker.isPerson()
        || previous.segment.paragraph() != c.segment.paragraph()) {
      return null;
    }
    char g = previous.speaker.gender;
    return g == '?' || g == gender ? previous.speaker : null;
  }

  @Override
  public void apply(Entities entities, List<Candidate> candidates) {
    Candidate previous = null;
    for (Candidate c : candidates) {
      NameParser.Parsed s = c.subject;
      if (!c.isAttributed() && s != null && s.kind() == NameParser.Kind.PRONOUN) {
        Entity e = switch (s.head()) {
          case "he" -> samePara(previous, c, 'm') != null ? samePara(previous, c, 'm')
              : entities.nearestPerson(s.start(), 'm');
          case "she" -> samePara(previous, c, 'f') != null ? samePara(previous, c, 'f')
              : entities.nearestPerson(s.start(), 'f');
          case "it", "they", "we" -> previous != null && previous.speaker != null && !previous.speaker.isPerson()
              ? previous.speaker : entities.nearestOrganisation(s.start(), null);
          default -> null;
        };
        if (e != null) {
          c.attribute(e, s.head(), name());
        }
      }
      if (c.isAttributed()) {
        previous = c;
      }
    }
  }
}
