package io.newsbeam.quotes;

import io.newsbeam.quotes.Lexicon.Cue;
import io.newsbeam.quotes.Lexicon.CueKind;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds who a cue verb's subject is: the noun phrase before the cue (over auxiliaries, appositions and relative
 * clauses), a subject after it ('said Iryna Bondar, director of …'), a participle's own subject, a document's
 * author, and the sentence's opening subject. Returns phrases parsed by {@link NameParser}; resolving them to
 * entities is the sieves' work. Pure.
 */
final class SubjectFinder {
  private final Lexicon lex;
  private final NameParser names;
  private final ClauseBounds clauses;

  SubjectFinder(Lexicon lex, NameParser names, ClauseBounds clauses) {
    this.lex = lex;
    this.names = names;
    this.clauses = clauses;
  }

  static final Set<String> INTRO_STARTS = Set.of("Asked", "Speaking", "Giving", "Under", "After", "Before",
      "Despite", "Meanwhile", "However", "Writing", "Responding", "Addressing", "Following", "Earlier", "Later");

  /** Words a clause's subject may take before its finite verb ('the chances of those trapped … were'). */
  static final int SUBJECT_REACH = 7;

  /**
   * The participle's own subject: the noun phrase before "as" ('cited the Air Force as stating') or between "with"
   * and the participle ('with local media reporting'); null when the participle shares the sentence's subject.
   */
  NameParser.@Nullable Parsed participleSubject(String body, List<Tok> toks, int sentStart, int ci) {
    if (ci - 2 >= sentStart && toks.get(ci - 1).is("as")) {
      int np = trailingNpStart(toks, ci - 2, sentStart);
      return np < 0 ? null : names.parse(body, toks.subList(np, ci - 1));
    }
    if (toks.get(ci - 1).is("upon") || Lexicon.PREPOSITIONS.contains(toks.get(ci - 1).lower())) {
      return null; // 'was met with applause upon announcing': "upon" frames it, not "with"
    }
    for (int k = ci - 2; k >= Math.max(sentStart, ci - 4); k--) {
      if (toks.get(k).is("with")) {
        return names.parse(body, toks.subList(k + 1, ci));
      }
    }
    return null;
  }

  /**
   * Where the clause holding a participle starts: after ', where' / ', when' / ', while' ('was taken to hospital,
   * where Dr. Stefaniak was met with applause upon announcing …' is Stefaniak's announcement), else the sentence.
   */
  static int subordinateStart(List<Tok> toks, int sentStart, int ci) {
    for (int k = ci - 1; k > sentStart; k--) {
      if (toks.get(k - 1).is(",") && SUBORDINATORS.contains(toks.get(k).lower())) {
        return k + 1;
      }
    }
    return sentStart;
  }

  static final Set<String> SUBORDINATORS = Set.of("where", "when", "while", "whereupon");

  /**
   * Who wrote the document whose text is quoted after "read": 'Facebook released a statement which read, "…"' is
   * Facebook's; 'The decree signed by the Pope read "…"' is the Pope's. Null when no author is written (a sign).
   */
  NameParser.@Nullable Parsed documentAuthor(String body, SegmentText st, int sentStart, int ci) {
    List<Tok> toks = st.toks;
    for (int k = ci - 1; k > sentStart && k >= ci - 6; k--) {
      if (toks.get(k).is("by") && AUTHORING.contains(toks.get(k - 1).lower())) {
        return names.parse(body, toks.subList(k + 1, ci)); // 'signed by the Pope'
      }
    }
    int d = ci - 1;
    while (d > sentStart && (toks.get(d).is("which") || toks.get(d).is("that") || toks.get(d).is(","))) {
      d--;
    }
    if (!DOCUMENTS.contains(toks.get(d).lower())) {
      return null;
    }
    for (int v = d - 1; v >= sentStart && v >= d - 3; v--) {
      if (AUTHORING.contains(toks.get(v).lower())) {
        Subject sj = subjectOf(body, st, sentStart, v);
        return sj == null ? null : sj.parsed;
      }
    }
    return null;
  }

  static final Set<String> DOCUMENTS = Set.of("statement", "decree", "letter", "note", "message",
      "post", "release", "notice", "memo", "tweet", "document", "filing", "email", "communique", "communiqué");

  static final Set<String> AUTHORING = Set.of("released", "issued", "published", "posted", "sent",
      "wrote", "signed", "tweeted", "written", "put");

  List<Tok> trimAux(List<Tok> np) {
    int e = np.size();
    while (e > 0 && Lexicon.AUX.contains(np.get(e - 1).lower())) {
      e--;
    }
    return np.subList(0, e);
  }

  /** '"…," said Iryna Bondar, director of …' / 'said her son, Marek Wrona.' */
  NameParser.@Nullable Parsed postposedSubject(String body, List<Tok> toks, int k) {
    int e = k;
    while (e < toks.size() && toks.get(e).isWord() && !Lexicon.ADJUNCT_STARTS.contains(toks.get(e).lower())
        && !Lexicon.NP_STOP.contains(toks.get(e).lower()) && !toks.get(e).is("per")) {
      e++; // ('said Russell Zimmerman per ABC News': the outlet after "per" carried the words, it did not say them)
    }
    NameParser.Parsed p = names.parse(body, toks.subList(k, e));
    if (p != null && p.kind() == NameParser.Kind.ORGANISATION) {
      // 'said University of California, San Diego's chancellor, Pradeep Khosla.': the person ends the chain
      NameParser.Parsed last = personEndingChain(body, toks, e);
      if (last != null) {
        return last;
      }
    }
    if (p != null && p.kind() == NameParser.Kind.DESCRIPTION && e < toks.size() && toks.get(e).is(",")) {
      int e2 = e + 1;
      while (e2 < toks.size() && toks.get(e2).isWord() && toks.get(e2).isCapitalised()) {
        e2++;
      }
      if (e2 > e + 1) {
        NameParser.Parsed named = names.parse(body, toks.subList(e + 1, e2));
        if (named != null) {
          return named;
        }
      }
    }
    return p;
  }

  /**
   * A full person's name (two words or more) as the last of up to three comma-separated parts after {@code e},
   * closing the sentence; null otherwise.
   */
  NameParser.@Nullable Parsed personEndingChain(String body, List<Tok> toks, int e) {
    int k = e;
    for (int part = 0; part < 3 && k < toks.size() && toks.get(k).is(","); part++) {
      int s = k + 1;
      int end = s;
      while (end < toks.size() && toks.get(end).isWord()) {
        end++;
      }
      if (end == s) {
        return null;
      }
      if (end >= toks.size() || toks.get(end).is(".")) {
        NameParser.Parsed p = names.parse(body, toks.subList(s, end));
        return p != null && p.kind() == NameParser.Kind.PERSON && p.nameTokens().size() >= 2
            && p.role() == null ? p : null;
      }
      k = end;
    }
    return null;
  }

  record Subject(NameParser.Parsed parsed, int chainStart) {}

  /** The subject of the cue verb at {@code ci}: skips auxiliaries, appositions and relative clauses. */
  @Nullable Subject subjectOf(String body, SegmentText st, int sentStart, int ci) {
    List<Tok> toks = st.toks;
    int j = ci - 1;
    while (j >= sentStart && (Lexicon.AUX.contains(toks.get(j).lower())
        || (toks.get(j).isLower() && toks.get(j).text().endsWith("ly") && toks.get(j).text().length() > 4))) {
      j--;
    }
    if (j >= sentStart + 1 && isWeekday(toks.get(j)) && toks.get(j - 1).is("on")) {
      j -= 2;
    }
    if (j - 2 >= sentStart && toks.get(j).is("to") && toks.get(j - 1).is("on")
        && (toks.get(j - 2).is("went") || toks.get(j - 2).is("goes") || toks.get(j - 2).is("go"))) {
      j -= 3; // 'He went on to say …'
    }
    if (j > sentStart && toks.get(j).is(")")) {
      // 'Mike Ryan of the World Health Organization (WHO) told …': the acronym in brackets is not the subject
      int open = j - 1;
      while (open > sentStart && open > j - 6 && !toks.get(open).is("(")) {
        open--;
      }
      if (toks.get(open).is("(")) {
        j = open - 1;
      }
    }
    if (j < sentStart) {
      return null;
    }
    Tok t = toks.get(j);
    if (t.is("but") || t.is("and")) {
      NameParser.Parsed p = sentenceSubject(body, st, sentStart);
      return p == null ? null : new Subject(p, sentStart);
    }
    if (t.is(",")) {
      // walk back over comma-separated appositions to the head noun phrase
      int segEnd = j;
      NameParser.Parsed fallback = null;
      int fallbackStart = -1;
      while (segEnd > sentStart) {
        int segStart = segEnd - 1;
        while (segStart >= sentStart && !toks.get(segStart).is(",")) {
          segStart--;
        }
        List<Tok> seg = toks.subList(segStart + 1, segEnd);
        if (seg.isEmpty()) {
          return null;
        }
        if (segStart > sentStart && seg.get(0).isLower() && Lexicon.PREPOSITIONS.contains(seg.get(0).lower())) {
          // 'ALDI, in a Facebook post on Tuesday, called it …': an adverbial set off by commas, not the subject
          segEnd = segStart;
          continue;
        }
        if (isApposition(seg)) {
          if (fallback == null) {
            fallback = names.parse(body, seg);
            fallbackStart = segStart + 1;
          }
          segEnd = segStart;
          continue;
        }
        int npStart = trailingNpStart(toks, segEnd - 1, segStart + 1);
        if (npStart < 0 || npStart != segStart + 1 && !startsLikeName(toks, npStart)) {
          return fallback == null ? null : new Subject(fallback, fallbackStart);
        }
        Subject head = personBeforeOf(body, toks, npStart, segStart + 1);
        if (head != null) {
          return head;
        }
        NameParser.Parsed p = names.parse(body, toks.subList(npStart, segEnd));
        return p == null ? null : new Subject(p, npStart);
      }
      return fallback == null ? null : new Subject(fallback, fallbackStart);
    }
    int npStart = trailingNpStart(toks, j, sentStart);
    if (npStart < 0) {
      return null;
    }
    if (npStart - 2 >= sentStart && toks.get(npStart - 1).is("and") && toks.get(j).isCapitalised()
        && toks.get(npStart - 2).isCapitalised()) {
      // 'The Investigative Committee and the FSB said': two named subjects, the first one speaks
      int firstStart = trailingNpStart(toks, npStart - 2, sentStart);
      if (firstStart >= 0) {
        NameParser.Parsed first = names.parse(body, toks.subList(firstStart, npStart - 1));
        if (first != null && (first.kind() == NameParser.Kind.ORGANISATION
            || first.kind() == NameParser.Kind.PERSON)) {
          return new Subject(first, firstStart);
        }
      }
    }
    Subject head = personBeforeOf(body, toks, npStart, sentStart);
    if (head != null) {
      return head;
    }
    if (npStart - 1 > sentStart && OBJECT_PREPOSITIONS.contains(toks.get(npStart - 1).text())) {
      // 'Jennifer Daskal of American University and contributor to Slate wrote': the name after "to" is an
      // object; the person who opens the sentence is the subject
      Subject lead = leadingPerson(body, toks, sentStart, npStart - 1);
      if (lead != null) {
        return lead;
      }
    }
    NameParser.Parsed p = names.parse(body, toks.subList(npStart, j + 1));
    return p == null ? null : new Subject(p, npStart);
  }

  static final Set<String> OBJECT_PREPOSITIONS = Set.of("to", "for", "at", "with");

  /** A person's full name (two words or more) opening the tokens {@code [lo, hi)}; null otherwise. */
  @Nullable Subject leadingPerson(String body, List<Tok> toks, int lo, int hi) {
    int e = lo;
    while (e < hi && toks.get(e).isWord() && toks.get(e).isCapitalised()) {
      e++;
    }
    if (e - lo < 2) {
      return null;
    }
    NameParser.Parsed p = names.parse(body, toks.subList(lo, e));
    return p != null && p.kind() == NameParser.Kind.PERSON && p.nameTokens().size() >= 2 && p.role() == null
        ? new Subject(p, lo) : null;
  }

  /**
   * 'Peter Iseley of worldwide victim group Ending Clergy Abuse said', 'Abdel Fattah el-Sisi of Egypt said': the
   * speaker is the person before "of", not the organisation or country after it. Null when the words before
   * "of" are not a person's name.
   */
  @Nullable Subject personBeforeOf(String body, List<Tok> toks, int npStart, int lo) {
    int of = npStart - 1;
    while (of > lo && of > npStart - 6 && !toks.get(of).is("of")) {
      Tok t = toks.get(of);
      if (!t.isWord() || !(t.isLower() || t.isCapitalised()) || Lexicon.NP_STOP.contains(t.lower())
          || lex.cue(t) != null && !t.isCapitalised()) {
        return null;
      }
      of--;
    }
    if (of <= lo || !toks.get(of).is("of")) {
      return null;
    }
    int s = of;
    while (s > lo && s > of - 4 && (toks.get(s - 1).isCapitalised() || isNameParticle(toks.get(s - 1)))) {
      s--;
    }
    if (of - s < 2) {
      return null;
    }
    NameParser.Parsed p = names.parse(body, toks.subList(s, of));
    return p != null && p.kind() == NameParser.Kind.PERSON && p.nameTokens().size() >= 2 ? new Subject(p, s) : null;
  }

  static boolean isNameParticle(Tok t) {
    String l = t.text();
    return l.startsWith("el-") || l.startsWith("al-") || l.equals("bin") || l.equals("van") || l.equals("de");
  }

  static boolean startsLikeName(List<Tok> toks, int i) {
    return toks.get(i).isCapitalised() || Lexicon.DETERMINERS.contains(toks.get(i).lower());
  }

  boolean isApposition(List<Tok> seg) {
    Tok f = seg.get(0);
    String l = f.lower();
    if (Character.isDigit(f.text().charAt(0))) {
      return true;
    }
    if (l.equals("who") || l.equals("which") || l.equals("whose") || l.equals("a") || l.equals("an")
        || l.equals("its") || l.equals("his") || l.equals("her") || l.equals("their") || l.equals("the")
        || l.equals("where") || l.equals("holding") || l.equals("aged")) {
      return true;
    }
    if (f.isLower()) {
      return true;
    }
    if (f.isPossessive() && seg.size() > 1
        && (lex.isTitle(seg.get(1).text()) || lex.isRoleNoun(seg.get(1).lower()))) {
      return true; // 'Matt Simister, Tesco's CEO for Central Europe, explained'
    }
    return lex.isTitle(f.text()) && seg.size() > 1 && (seg.get(1).is("of") || seg.get(1).is("for"));
  }

  /** First token of the noun phrase that ends at {@code j} (not before {@code lo}), or -1. */
  int trailingNpStart(List<Tok> toks, int j, int lo) {
    Tok last = toks.get(j);
    if (Lexicon.PRONOUNS.contains(last.lower())) {
      return j;
    }
    boolean descriptive = last.isLower();
    if (descriptive && !lex.isRoleNoun(last.lower()) && !lex.isOrgWord(last.lower())
        && !last.lower().equals("organisers") && !isPluralRole(last.lower()) && !last.lower().startsWith("source")) {
      return -1;
    }
    int s = j;
    int count = 0;
    // up to a dozen words: 'Johns Hopkins Center for Health Security medical anthropologist Monica Schoch-Spana'
    for (int k = j; k >= lo && count < 12; k--, count++) {
      Tok t = toks.get(k);
      String l = t.lower();
      if (Lexicon.DETERMINERS.contains(l) && k < j) {
        if (t.is("the") && k - 2 >= lo && toks.get(k - 1).is("of") && toks.get(k - 2).isCapitalised()) {
          s = k;
          continue;
        }
        return k;
      }
      if (t.isCapitalised()) {
        if (k < j && Lexicon.NOT_NAME_STARTS.contains(t.text()) && !t.is("The")) {
          break;
        }
        s = k;
        continue;
      }
      if (t.isWord() && k < j && NameParser.isConnector(t) && k - 1 >= lo && toks.get(k - 1).isCapitalised()
          && (toks.get(k + 1).isCapitalised()
              || toks.get(k + 1).is("the") && k + 2 <= j && toks.get(k + 2).isCapitalised())) {
        // 'Operational Command of the Polish Armed Forces': "of the" inside one name
        s = k;
        continue;
      }
      if (t.isWord() && t.isLower() && !Lexicon.NP_STOP.contains(l) && !Lexicon.PREPOSITIONS.contains(l)
          && lex.cue(t) == null && (k == j || lex.isRoleNoun(l) || lex.isOrgWord(l) || nextIsDescriptive(toks, k, j))) {
        s = k;
        continue;
      }
      break;
    }
    return s;
  }

  /**
   * 'Both officers indicated …', 'The defendants claimed …': a plural role noun or an unnamed group heads a
   * subject too (for {@link UnnamedSourceSieve}).
   */
  boolean isPluralRole(String lower) {
    return lower.length() > 3 && lower.endsWith("s") && lex.isRoleNoun(lower.substring(0, lower.length() - 1))
        || UnnamedSourceSieve.UNNAMED.contains(lower) || UnnamedSourceSieve.INDEFINITE.contains(lower);
  }

  boolean nextIsDescriptive(List<Tok> toks, int k, int j) {
    Tok n = toks.get(k + 1);
    return n.isLower() && (lex.isRoleNoun(n.lower()) || lex.isOrgWord(n.lower()) || k + 1 < j);
  }

  /**
   * 'A former fund manager accused of defrauding investors … told a jury …': a sentence that opens with an
   * article and a role noun within four words, when the subject before the cue is too long to walk back over.
   */
  NameParser.@Nullable Parsed openingDescription(String body, List<Tok> toks, int sentStart, int ci) {
    if (UnnamedSourceSieve.INDEFINITE.contains(toks.get(sentStart).lower()) && sentStart + 3 < ci
        && toks.get(sentStart + 1).is("of")) {
      // 'Some of the protesters Wikinews interviewed said …': a part of an unnamed group
      int e = sentStart + 2;
      while (e < ci && e < sentStart + 5 && toks.get(e).isLower() && toks.get(e).isWord()) {
        e++;
      }
      NameParser.Parsed p = names.parse(body, toks.subList(sentStart, e));
      return p != null && p.kind() == NameParser.Kind.DESCRIPTION ? p : null;
    }
    if (!Lexicon.DETERMINERS.contains(toks.get(sentStart).lower())) {
      return null;
    }
    for (int k = sentStart + 1; k < Math.min(ci, sentStart + 5); k++) {
      Tok t = toks.get(k);
      if (!t.isWord() || !t.isLower()) {
        return null;
      }
      if (lex.isRoleNoun(t.lower())) {
        return names.parse(body, toks.subList(sentStart, k + 1));
      }
    }
    return null;
  }

  /** The noun phrase a sentence opens with, after an introductory phrase ("In Moscow, …", "Asked …, …"). */
  NameParser.@Nullable Parsed sentenceSubject(String body, SegmentText st, int sentStart) {
    List<Tok> toks = st.toks;
    int s = sentStart;
    if (s < toks.size() && (Lexicon.PREPOSITIONS.contains(toks.get(s).lower())
        || INTRO_STARTS.contains(toks.get(s).text()))) {
      while (s < toks.size() && !toks.get(s).is(",")) {
        s++;
      }
      s++;
    }
    int e = s;
    while (e < toks.size() && e - s < 10) {
      Tok t = toks.get(e);
      String l = t.lower();
      boolean ok = t.isCapitalised() || (e == s && Lexicon.DETERMINERS.contains(l))
          || (e > s && TextUnits.isAbbreviationDot(toks, e)) // 'Dr. Tomasz Stefaniak'
          || ((t.is("\u2013") || t.is("-")) && e > s && toks.get(e - 1).isCapitalised() && e + 1 < toks.size()
              && toks.get(e + 1).isCapitalised()) // 'African Export–Import Bank president …'
          || (NameParser.isConnector(t) && e > s && toks.get(e - 1).isCapitalised())
          || (t.isLower() && t.isWord() && (lex.isRoleNoun(l) || lex.isOrgWord(l)))
          || (t.isLower() && t.isWord() && e + 1 < toks.size() && toks.get(e + 1).isLower()
              && lex.isRoleNoun(toks.get(e + 1).lower()));
      if (!ok) {
        break;
      }
      e++;
    }
    if (e == s) {
      return null;
    }
    return names.parse(body, toks.subList(s, e));
  }

  static boolean isWeekday(Tok t) {
    return switch (t.text()) {
      case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" -> true;
      default -> false;
    };
  }

  /**
   * 'Znak.com further reported its source said …': an outlet's own source speaks for the outlet, the subject of
   * the cue right before "its source". Null when the subject is not such a source or no cue precedes it.
   */
  @Nullable Subject ownSourceOwner(String body, SegmentText st, int sentStart, Subject sj) {
    List<Tok> toks = st.toks;
    int s = sj.chainStart;
    if (!toks.get(s).is("its") || !body.substring(toks.get(s).start(), sj.parsed.end()).matches(
        "its (?:own |anonymous |unnamed )?sources?")) {
      return null;
    }
    int outer = s - 1;
    if (outer > sentStart && toks.get(outer).is("that")) {
      outer--;
    }
    return outer > sentStart && clauses.strongCue(toks.get(outer)) ? subjectOf(body, st, sentStart, outer) : null;
  }
}
