package io.newsbeam.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Splits a noun phrase (tokens) into what attribution needs: a pronoun, a description ("the Kremlin spokesman",
 * "the company"), a person's name with the role in front of it ("US President Donald Trump" -> Donald Trump,
 * role US President) or an organisation's name ("Ukraine's Air Force" -> Ukrainian Air Force). Pure.
 */
final class NameParser {
  enum Kind { PRONOUN, DESCRIPTION, PERSON, ORGANISATION, SHORT }

  /**
   * @param name person or organisation name (for SHORT: the single word), null for pronouns and descriptions
   * @param role for persons: the title or role before the name; for descriptions: the description itself
   * @param head lower-case head noun of a description, or the pronoun
   * @param orgHint for descriptions: an organisation named inside it ("a NATO spokeswoman" -> NATO)
   */
  record Parsed(Kind kind, @Nullable String name, List<String> nameTokens, @Nullable String role, String head,
      @Nullable String orgHint, boolean indefinite, int start, int end) {}

  private final Lexicon lex;

  NameParser(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * The end of a known organisation's name that opens the capitalised name at {@code nameStart} and leaves at
   * least two words after it ("Amnesty International Man-kei Tam" -> the index of "Man-kei"), or -1.
   */
  private int knownOrgPrefix(String body, List<Tok> np, int nameStart) {
    for (int k = np.size() - 2; k > nameStart; k--) {
      if (lex.knownOrgs.contains(body.substring(np.get(nameStart).start(), np.get(k - 1).end()))) {
        return k;
      }
    }
    return -1;
  }

  @Nullable Parsed parse(String body, List<Tok> np) {
    if (np.isEmpty()) {
      return null;
    }
    int s = 0;
    while (s < np.size() && Lexicon.NOT_NAME_STARTS.contains(np.get(s).text())
        && !Lexicon.PRONOUNS.contains(np.get(s).lower()) && !np.get(s).is("The") && !np.get(s).is("A")
        && !np.get(s).is("An") && !np.get(s).is("Its") && !np.get(s).is("Her") && !np.get(s).is("His")
        && !np.get(s).is("Their")) {
      s++;
    }
    np = np.subList(s, np.size());
    if (np.isEmpty()) {
      return null;
    }
    int start = np.get(0).start();
    int end = np.get(np.size() - 1).end();
    if (np.size() == 1 && Lexicon.PRONOUNS.contains(np.get(0).lower())) {
      return new Parsed(Kind.PRONOUN, null, List.of(), null, np.get(0).lower(), null, false, start, end);
    }
    boolean indefinite = false;
    if (Lexicon.DETERMINERS.contains(np.get(0).lower())) {
      indefinite = np.get(0).isIgnoreCase("a") || np.get(0).isIgnoreCase("an");
      np = np.subList(1, np.size());
      if (np.isEmpty()) {
        return null;
      }
    }
    Tok last = np.get(np.size() - 1);
    if (last.isPossessive() && np.size() > 1 && !lex.isOrgWord(last.bare())) {
      np = new ArrayList<>(np);
      np.set(np.size() - 1, new Tok(last.bare(), last.start(), last.start() + last.bare().length()));
      last = np.get(np.size() - 1);
    }
    if (last.isLower() || (np.size() == 1 && lex.isOrgWord(last.text()) && !lex.knownOrgs.contains(last.text())
        && isGenericOrgWord(last))) {
      String orgHint = lastCapitalisedRun(body, np);
      if (orgHint != null && !isAllCaps(orgHint) && !lex.knownOrgs.contains(orgHint)) {
        boolean orgWord = false;
        for (String w : orgHint.split(" ")) {
          orgWord |= lex.isOrgWord(w);
        }
        if (!orgWord && !namesOutlet(np) && !namesEmployer(np)) {
          orgHint = null;
        }
      }
      String description = body.substring(np.get(0).start(), last.end());
      return new Parsed(Kind.DESCRIPTION, null, List.of(), description, last.lower(), orgHint, indefinite,
          start, end);
    }
    // 'Steve Peers of the University of Essex', 'Cardinal Marc Ouellet of the Holy See': a person before "of"
    for (int i = 2; i < np.size() - 1; i++) {
      if (np.get(i).is("of")) {
        Parsed head = parse(body, np.subList(0, i));
        if (head != null && head.kind() == Kind.PERSON && head.nameTokens().size() >= 2) {
          return new Parsed(Kind.PERSON, head.name(), head.nameTokens(), head.role(), "", null, indefinite, start,
              end);
        }
        break;
      }
    }
    // A name: split off the role words in front of it.
    int nameStart = np.size();
    for (int i = np.size() - 1; i >= 0; i--) {
      Tok t = np.get(i);
      if (!t.isCapitalised() || t.isPossessive() || lex.isTitleOrTypo(t.text()) || lex.isOrgWord(t.text())
          || lex.knownOrgs.contains(t.text()) || isAllCaps(t.text())) {
        break;
      }
      nameStart = i;
    }
    int known = knownOrgPrefix(body, np, nameStart);
    boolean afterKnownOrg = known > nameStart;
    if (afterKnownOrg) {
      nameStart = known; // 'Amnesty International Man-kei Tam': the known organisation is the role, not the name
    }
    if (nameStart + 1 < np.size() && np.get(nameStart).is("The")) {
      // 'a report by The Atlantic': a capitalised "The" opens a title, not a person's name
      String org = body.substring(np.get(nameStart + 1).start(), last.end());
      List<String> orgTokens = new ArrayList<>();
      for (Tok t : np.subList(nameStart + 1, np.size())) {
        orgTokens.add(t.text());
      }
      return new Parsed(Kind.ORGANISATION, org, orgTokens, null, "", null, indefinite, start, end);
    }
    boolean orgish = false;
    for (Tok t : np) {
      if ((t.isCapitalised() && lex.isOrgWord(t.text())) || lex.knownOrgs.contains(t.bare())
          || (isAllCaps(t.text()) && !lex.isTitle(t.text()))) {
        orgish = true;
      }
    }
    boolean personCue = nameStart > 0 && nameStart < np.size() && (np.get(nameStart - 1).isLower()
        && !isConnector(np.get(nameStart - 1)) || lex.isTitleOrTypo(np.get(nameStart - 1).text())
        || np.get(nameStart - 1).isPossessive() || afterKnownOrg);
    boolean connectorBefore = nameStart > 0 && nameStart < np.size() && isConnector(np.get(nameStart - 1));
    if (orgish && nameStart == np.size() - 1 && hasOfBefore(np, nameStart)) {
      // 'National Association of Head Teachers': a lone capitalised word after a title inside an organisation's
      // "X of Y" name is the end of that name, not a person
      personCue = false;
    }
    List<String> nameTokens = new ArrayList<>();
    if (isTitledName(np, nameStart)) {
      // 'Notes from Poland', 'Reporters Without Borders': a capitalised title with a preposition inside names an
      // outlet or group, not a person called "Poland"
      for (Tok t : np) {
        nameTokens.add(t.text());
      }
      return new Parsed(Kind.ORGANISATION, body.substring(np.get(0).start(), last.end()), nameTokens, null, "",
          null, indefinite, start, end);
    }
    if (nameStart < np.size() && !connectorBefore && (!orgish || personCue)) {
      for (Tok t : np.subList(nameStart, np.size())) {
        nameTokens.add(t.text());
      }
      String name = body.substring(np.get(nameStart).start(), last.end());
      String role = nameStart == 0 ? null : roleText(body, np.subList(0, nameStart));
      Kind kind = nameTokens.size() == 1 && nameStart == 0 ? Kind.SHORT : Kind.PERSON;
      return new Parsed(kind, name, nameTokens, role, "", null, indefinite, start, end);
    }
    // An organisation: the last capitalised run, with a leading country possessive made an adjective.
    String org = orgName(body, np);
    if (org == null) {
      return null;
    }
    for (String w : org.split(" ")) {
      nameTokens.add(w);
    }
    return new Parsed(Kind.ORGANISATION, org, nameTokens, null, "", null, indefinite, start, end);
  }

  private boolean isTitledName(List<Tok> np, int nameStart) {
    if (nameStart != np.size() - 1 || nameStart < 2) {
      return false;
    }
    Tok prep = np.get(nameStart - 1);
    if (!prep.isLower() || prep.is("of") || !Lexicon.PREPOSITIONS.contains(prep.lower())) {
      return false;
    }
    for (Tok t : np.subList(0, nameStart - 1)) {
      if (!t.isCapitalised() || lex.isTitle(t.text())) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasOfBefore(List<Tok> np, int end) {
    for (int i = 1; i < end; i++) {
      if (np.get(i).is("of")) {
        return true;
      }
    }
    return false;
  }

  private boolean isGenericOrgWord(Tok t) {
    String l = t.lower();
    return l.equals("organisers") || l.equals("organizers") || l.equals("police") || l.equals("government");
  }

  static boolean isAllCaps(String s) {
    if (s.length() < 2) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  private static String roleText(String body, List<Tok> toks) {
    int s = 0;
    while (s < toks.size() && Lexicon.DETERMINERS.contains(toks.get(s).lower())) {
      s++;
    }
    if (s >= toks.size()) {
      return null;
    }
    String r = body.substring(toks.get(s).start(), toks.get(toks.size() - 1).end());
    return r.endsWith(",") ? r.substring(0, r.length() - 1) : r;
  }

  /** The last run of capitalised words (with of/the/and/for inside) of a phrase, or null. */
  /**
   * 'Yonhap news agency', 'the Kommersant daily': a capitalised name right before an outlet's type noun names the
   * outlet, though no organisation word is in it.
   */
  private static boolean namesOutlet(List<Tok> np) {
    int h = np.size() - 1;
    if (!OUTLET_HEADS.contains(np.get(h).lower())) {
      return false;
    }
    int k = h - 1;
    if (k > 0 && np.get(k).is("news")) {
      k--;
    }
    return k >= 0 && np.get(k).isCapitalised() && !np.get(k).isPossessive();
  }

  /**
   * 'a Woolworths spokesperson': the capitalised name right before a spokesperson is the organisation they
   * speak for, unless it reads as a nationality ('a Ukrainian spokesman', 'a Polish spokeswoman').
   */
  private static boolean namesEmployer(List<Tok> np) {
    int h = np.size() - 1;
    if (h < 1 || !np.get(h).lower().startsWith("spokes") || !np.get(h - 1).isCapitalised()) {
      return false;
    }
    String w = np.get(h - 1).bare();
    return !Lexicon.DEMONYMS.containsKey(w) && !Lexicon.DEMONYMS.containsValue(w)
        && !w.matches(".*(?:an|ese|ish|i)");
  }

  private static final java.util.Set<String> OUTLET_HEADS = java.util.Set.of("agency", "newspaper", "daily",
      "broadcaster", "channel", "magazine", "website", "tabloid", "weekly", "outlet", "network", "station");

  private @Nullable String lastCapitalisedRun(String body, List<Tok> np) {
    int e = -1;
    for (int i = np.size() - 1; i >= 0; i--) {
      if (np.get(i).isCapitalised()) {
        e = i;
        break;
      }
    }
    if (e < 0) {
      return null;
    }
    int s = e;
    while (s > 0 && (np.get(s - 1).isCapitalised() || isConnector(np.get(s - 1)))) {
      s--;
    }
    while (s < e && isConnector(np.get(s))) {
      s++;
    }
    return foldPossessive(body, np.subList(s, e + 1));
  }

  private @Nullable String orgName(String body, List<Tok> np) {
    int e = np.size() - 1;
    int s = e;
    while (s > 0 && (np.get(s - 1).isCapitalised() || isConnector(np.get(s - 1)))) {
      s--;
    }
    while (s < e && isConnector(np.get(s))) {
      s++;
    }
    return foldPossessive(body, np.subList(s, e + 1));
  }

  private static String foldPossessive(String body, List<Tok> run) {
    int from = 0;
    for (int i = run.size() - 2; i >= 0; i--) {
      if (run.get(i).isPossessive()) {
        from = i;
        break;
      }
    }
    StringBuilder sb = new StringBuilder();
    Tok first = run.get(from);
    int textFrom = first.start();
    if (first.isPossessive()) {
      String dem = Lexicon.DEMONYMS.get(first.bare());
      if (dem != null) {
        sb.append(dem).append(' ');
      }
      textFrom = from + 1 < run.size() ? run.get(from + 1).start() : first.end();
    }
    sb.append(body, textFrom, run.get(run.size() - 1).end());
    return sb.toString().strip();
  }

  static boolean isConnector(Tok t) {
    String l = t.text();
    return l.equals("of") || l.equals("the") || l.equals("and") || l.equals("for") || l.equals("de")
        || l.equals("van") || l.equals("von") || l.equals("der") || l.equals("du") || l.equals("la")
        || l.equals("al") || l.equals("bin");
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
