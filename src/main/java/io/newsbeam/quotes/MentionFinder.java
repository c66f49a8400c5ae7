package io.newsbeam.quotes;

import java.util.List;

/**
 * Finds the people and organisations of an article by evidence, not by capital letters alone: a person needs a
 * title or role in front ({@code US President Donald Trump}, {@code Kremlin spokesman Dmitry Peskov}), an
 * apposition ({@code Dmitry Peskov, spokesman for …}; {@code Krzysztof Nowak, 52,}), a known first name or an
 * entry in the alias list; a later surname alone ({@code Peskov}) is a mention of the same person. Organisations
 * need an organisation word ({@code Ministry}, {@code Council}) or the known-organisation list. Text inside
 * quotation marks is not searched. Pure; fills {@link Entities}.
 */
final class MentionFinder {
  private final Lexicon lex;
  private final NameParser names;

  MentionFinder(Lexicon lex) {
    this.lex = lex;
    this.names = new NameParser(lex);
  }

  void find(String body, List<SegmentText> segments, Entities entities) {
    for (SegmentText st : segments) {
      List<Tok> toks = st.toks;
      int i = st.contentTok;
      while (i < toks.size()) {
        if (st.quoted[i] || !toks.get(i).isCapitalised() || !toks.get(i).isWord()) {
          i++;
          continue;
        }
        int s = i;
        int e = i + 1;
        while (e < toks.size() && !st.quoted[e] && (toks.get(e).isCapitalised() && toks.get(e).isWord()
            || (NameParser.isConnector(toks.get(e)) && !toks.get(e).is("and") && e + 1 < toks.size()
                && (toks.get(e + 1).isCapitalised() || ofTheName(toks, e))))) {
          if (toks.get(e - 1).isPossessive() && toks.get(e).isCapitalised() && !lex.isOrgWord(toks.get(e).text())
              && !lex.isTitle(toks.get(e).text())) {
            // "Ethiopia's Abebe Tesfaye": the possessive is a role, keep it in the run
          }
          e++;
        }
        while (s < e && Lexicon.NOT_NAME_STARTS.contains(toks.get(s).text())) {
          s++;
        }
        if (s < e) {
          register(body, st, s, e, entities);
        }
        i = e;
      }
    }
  }

  /**
   * 'Operational Command of the Polish Armed Forces': "of the" inside one name. Without it the run stops at
   * "Operational Command", and that short entity then captures every later mention of the full name.
   */
  private static boolean ofTheName(List<Tok> toks, int e) {
    return toks.get(e).is("of") && e + 2 < toks.size() && toks.get(e + 1).is("the")
        && toks.get(e + 2).isCapitalised() && toks.get(e + 2).isWord();
  }

  private void register(String body, SegmentText st, int s, int e, Entities entities) {
    List<Tok> toks = st.toks;
    // a lower-case role in front: "Kremlin spokesman Dmitry Peskov", "Athletic manager Elena Costa"
    int roleStart = s;
    if (s - 1 >= 0 && toks.get(s - 1).isLower() && lex.isRoleNoun(toks.get(s - 1).lower())) {
      roleStart = s - 1;
      while (roleStart - 1 >= 0 && roleStart > s - 4 && toks.get(roleStart - 1).isWord()
          && !st.quoted[roleStart - 1] && !Lexicon.DETERMINERS.contains(toks.get(roleStart - 1).lower())
          && !Lexicon.PREPOSITIONS.contains(toks.get(roleStart - 1).lower())
          && !toks.get(roleStart - 1).is("and") && lex.cue(toks.get(roleStart - 1)) == null) {
        roleStart--;
      }
    }
    NameParser.Parsed p = names.parse(body, toks.subList(roleStart, e));
    if (p == null) {
      return;
    }
    int before = roleStart - 1;
    // 'for the murder of journalist Jamal Khashoggi': one lower-case word between the preposition and the name
    boolean afterPreposition = before >= 0 && (Lexicon.PREPOSITIONS.contains(toks.get(before).lower())
        || (toks.get(before).isLower() && toks.get(before).isWord() && before - 1 >= 0
            && Lexicon.PREPOSITIONS.contains(toks.get(before - 1).lower())));
    switch (p.kind()) {
      case ORGANISATION -> entities.resolve(p, afterPreposition, "organisation_name");
      case PERSON, SHORT -> {
        if (p.kind() == NameParser.Kind.SHORT && entities.byNameToken(p.name()) == null
            && entities.aliasOf(p.name()) == null) {
          return;
        }
        String evidence = evidence(st, p, e);
        if (evidence != null) {
          Entity ent = entities.resolve(p, afterPreposition, evidence);
          if (ent != null && ent.role == null && "apposition".equals(evidence)) {
            ent.role = appositionText(body, st, e);
          }
        }
      }
      default -> { }
    }
  }

  /** "Dmitry Peskov, spokesman for Kremlin leader Vladimir Putin, …": the text between the commas. */
  private static String appositionText(String body, SegmentText st, int e) {
    int k = e + 1;
    while (k < st.toks.size() && !st.toks.get(k).is(",") && !st.toks.get(k).is(".")) {
      k++;
    }
    if (k - 1 < e + 1 || Character.isDigit(st.toks.get(e + 1).text().charAt(0))) {
      return null;
    }
    return body.substring(st.toks.get(e + 1).start(), st.toks.get(k - 1).end());
  }

  private String evidence(SegmentText st, NameParser.Parsed p, int e) {
    List<Tok> toks = st.toks;
    if (p.kind() == NameParser.Kind.SHORT) {
      // known surname of an earlier person, or alias list; never a fresh lone word
      return "short_form";
    }
    if (p.role() != null) {
      return "title";
    }
    if (e + 1 < toks.size() && toks.get(e).is(",")) {
      Tok n = toks.get(e + 1);
      if (Character.isDigit(n.text().charAt(0)) || Lexicon.DETERMINERS.contains(n.lower())
          || (n.isLower() && lex.isRoleNoun(n.lower())) || (lex.isTitle(n.text()) && e + 2 < toks.size()
              && (toks.get(e + 2).is("of") || toks.get(e + 2).is("for")))) {
        return "apposition";
      }
    }
    if (lex.firstNames.containsKey(p.nameTokens().get(0)) && p.nameTokens().size() >= 2) {
      return "first_name";
    }
    if (p.nameTokens().size() >= 2 && e < toks.size() && lex.cue(toks.get(e)) != null) {
      return "cue_subject";
    }
    return null;
  }
}
