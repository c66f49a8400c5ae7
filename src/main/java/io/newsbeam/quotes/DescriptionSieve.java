package io.newsbeam.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A description as the subject ({@code the Kremlin spokesman}, {@code the company}, {@code a NATO spokeswoman},
 * {@code an agency official}): a definite role resolves to the latest person with that role (roles come from
 * titles and appositions: "Dmitry Peskov, spokesman for …" makes "the Kremlin spokesman" Peskov); an unnamed,
 * indefinite spokesperson and organisation nouns resolve to the organisation named in the description or the
 * latest matching organisation.
 */
final class DescriptionSieve implements Sieve {
  private final Lexicon lex;

  DescriptionSieve(Lexicon lex) {
    this.lex = lex;
  }

  @Override
  public String name() {
    return "description";
  }

  @Override
  public double confidence() {
    return 0.75;
  }

  @Override
  public void apply(Entities entities, List<Candidate> candidates) {
    Entity lastOrgSpeaker = null;
    for (Candidate c : candidates) {
      NameParser.Parsed s = c.subject;
      if (!c.isAttributed() && s != null && s.kind() == NameParser.Kind.DESCRIPTION) {
        Entity e = resolve(entities, s, c.anchor, lastOrgSpeaker);
        if (e == null && lex.isRoleNoun(s.head()) && s.indefinite()) {
          // a lede's 'A former fund manager … told a jury …' is named in the next sentences ('Richard Calloway,
          // 57, denies …'), not before
          e = entities.firstPersonAfter(c.sentenceEnd, c.sentenceEnd + CATAPHORA_REACH);
        }
        if (e != null) {
          c.attribute(e, s.role(), name());
        }
      }
      if (c.isAttributed() && c.speaker != null && !c.speaker.isPerson()) {
        lastOrgSpeaker = c.speaker;
      }
    }
  }

  /** Characters after the quote's sentence within which an indefinite description may be named. */
  private static final int CATAPHORA_REACH = 400;

  private Entity resolve(Entities entities, NameParser.Parsed s, int pos, Entity lastOrgSpeaker) {
    String head = s.head();
    String[] words = s.role() == null ? new String[0] : s.role().toLowerCase(Locale.ROOT).split("[ ,]+");
    if (lex.isRoleNoun(head)) {
      if (!s.indefinite()) {
        Entity p = entities.nearestPersonWithRole(pos, head);
        if (p != null) {
          return p;
        }
      }
      if (s.orgHint() != null) {
        return entities.organisation(s.orgHint(), List.of(s.orgHint().split(" ")), s.start(), s.end(), name());
      }
      for (String w : words) {
        if (lex.isOrgWord(w) && !w.equals(head)) {
          Entity o = entities.nearestOrganisation(pos, w);
          if (o != null) {
            return o;
          }
        }
      }
      return s.indefinite() ? entities.nearestOrganisation(pos, null) : entities.nearestPerson(pos, '?');
    }
    if (s.orgHint() != null) {
      return entities.organisation(s.orgHint(), List.of(s.orgHint().split(" ")), s.start(), s.end(), name());
    }
    Entity o = entities.nearestOrganisation(pos, head);
    if (o == null && PUBLIC_BODIES.contains(head) && s.role() != null) {
      String placed = placedBody(entities.text(0, pos), head);
      if (placed != null) {
        // 'Northamptonshire police were able to …' earlier: a later 'police revealed' is that force
        return entities.organisation(placed, List.of(placed.split(" ")), s.start(), s.end(), name());
      }
      // 'Police said …', 'The army said …' with no police force or army named before: the body itself speaks,
      // not whichever organisation happens to be nearest ('UTC', 'Fars News')
      return entities.organisation(s.role(), List.of(s.role().split(" ")), s.start(), s.end(), name());
    }
    if (o == null && lastOrgSpeaker != null && lex.isOrgWord(head) && !s.indefinite()) {
      // 'the Danish shipping group said' with no organisation of that word named: the organisation that spoke
      // last ('Maersk said …'), not whichever organisation was mentioned last ('the Cape of Good Hope')
      return lastOrgSpeaker;
    }
    return o != null ? o : entities.nearestOrganisation(pos, null);
  }

  /** The last '<Place> police' written before (a capitalised word that is not a sentence opener), or null. */
  private static String placedBody(String before, String head) {
    int k = before.lastIndexOf(" " + head + " ");
    while (k > 0) {
      int w = k;
      while (w > 0 && Character.isLetter(before.charAt(w - 1))) {
        w--;
      }
      String word = before.substring(w, k);
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !Lexicon.NOT_NAME_STARTS.contains(word)) {
        return word + " " + head;
      }
      k = before.lastIndexOf(" " + head + " ", k - 1);
    }
    return null;
  }

  /** Organisation nouns that name a public body on their own, unlike "the company" or "the agency". */
  private static final Set<String> PUBLIC_BODIES = Set.of("police", "army", "military",
      "government", "navy");
}
