package io.newsbeam.quotes;

import java.util.List;

/**
 * A pronoun as the subject: {@code he}/{@code she} resolve to the nearest earlier person who agrees in gender and
 * is not the object of a preposition; {@code it}/{@code they}/{@code we} to the previous speaker when that is an
 * organisation, else ({@code it}/{@code we}) the nearest organisation. A {@code they} with no organisation speaking
 * before it stays unresolved: in news it is mostly a group of people ('The officers … They indicated …').
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

  /**
   * The previous speaker of the paragraph, unless a person agreeing in gender was named after that speaker's
   * quote ('Tusk wrote "…" Interior Minister Joachim Brudziński called … He said "…"'): then that person.
   */
  private static Entity person(Entities entities, Candidate previous, Candidate c, int pos, char gender) {
    Entity same = samePara(previous, c, gender);
    Entities.At near = entities.nearestPersonAt(pos, gender);
    if (same != null && (near == null || near.start() <= previous.end || near.entity() == same)) {
      return same;
    }
    return near == null ? null : near.entity();
  }

  @Override
  public void apply(Entities entities, List<Candidate> candidates) {
    Candidate previous = null;
    for (Candidate c : candidates) {
      NameParser.Parsed s = c.subject;
      if (!c.isAttributed() && s != null && s.kind() == NameParser.Kind.PRONOUN) {
        Entity e = switch (s.head()) {
          case "he" -> person(entities, previous, c, s.start(), 'm');
          case "she" -> person(entities, previous, c, s.start(), 'f');
          case "it", "we" -> previous != null && previous.speaker != null && !previous.speaker.isPerson()
              ? previous.speaker : entities.nearestOrganisation(s.start(), null);
          case "they" -> previous != null && previous.speaker != null && !previous.speaker.isPerson()
              ? previous.speaker : null;
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
