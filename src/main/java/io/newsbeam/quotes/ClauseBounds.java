package io.newsbeam.quotes;

import io.newsbeam.quotes.Lexicon.Cue;
import io.newsbeam.quotes.Lexicon.CueKind;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Where a cue verb's content clause starts and ends ('said on Friday the bridge would reopen, adding that …'),
 * and the word-level tests that decide it: finite verbs, adjuncts, negation, relative-clause gaps. Pure.
 */
final class ClauseBounds {
  private final Lexicon lex;

  ClauseBounds(Lexicon lex) {
    this.lex = lex;
  }

  static final Set<String> BARE_CLAUSE_LEMMAS = Set.of("say", "add", "tell", "write", "warn", "claim",
      "insist", "report");

  /** Words of a short object or adjunct between a cue and its bare clause ('told CBC News', 'said in May'). */
  static final int SHORT_ADJUNCT = 5;

  /** Token index where the content clause of the cue at {@code ci} starts, or -1 when it has none. */
  int clauseStart(List<Tok> toks, int ci, int sentEnd, Cue cue) {
    int k = ci + 1;
    if (k >= sentEnd) {
      return -1;
    }
    Tok t = toks.get(k);
    if (t.is("that")) {
      return k + 1 < sentEnd ? k + 1 : -1;
    }
    boolean objectCue = cue.kind() == CueKind.OBJECT;
    boolean adjunct = Lexicon.ADJUNCT_STARTS.contains(t.lower()) || objectCue;
    if (t.is("this") && finiteClauseAt(toks, k, sentEnd)) {
      return k; // 'said this too was unrelated': "this" is the subject, not 'this week'
    }
    if (adjunct) {
      // 'said in a financial filing to the U.S. Securities and Exchange Commission that …'
      for (int m = k; m < Math.min(sentEnd, k + 14); m++) {
        Tok x = toks.get(m);
        if (x.is("that")) {
          return m + 1 < sentEnd ? m + 1 : -1;
        }
        if (!x.isWord() && !TextUnits.isAbbreviationDot(toks, m) || lex.cue(x) != null) {
          break;
        }
      }
      if (objectCue && Lexicon.OBJECT_PRONOUNS.contains(t.lower()) && k + 1 < sentEnd
          && startsClause(toks.get(k + 1))) {
        return k + 1;
      }
      // 'said on Friday the United States is …', 'told CBC News the department will …': a short object or
      // adjunct, then a clause with a finite verb. Other finite cues ('indicated on Monday the chances … were')
      // only with a subject that opens like one (determiner, pronoun, name, number), never a bare noun; so do
      // the other object cues and participles ('informed police she had diplomatic immunity', 'upon announcing to
      // journalists Adamowicz remained alive').
      boolean sayOrTell = cue.lemma().equals("say") || cue.lemma().equals("tell");
      if (sayOrTell || cue.kind() == CueKind.FINITE || cue.kind() == CueKind.PARTICIPLE || objectCue) {
        int firstStart = -1;
        for (int m = k + 1; m < Math.min(sentEnd, k + 1 + SHORT_ADJUNCT); m++) {
          Tok x = toks.get(m);
          if (x.is(",") && m + 1 < sentEnd && !objectCue && TIME_OR_PLACE.contains(t.lower())
              && finiteClauseAt(toks, m + 1, sentEnd)
              && (SubjectFinder.startsLikeName(toks, m + 1) || Character.isDigit(toks.get(m + 1).text().charAt(0)))) {
            return m + 1; // 'reported in mid-2019, 62 Tesco outlets had closed': an adjunct set off by a comma
          }
          if (!x.isWord() || lex.cue(x) != null && !x.isCapitalised()) {
            break;
          }
          boolean insideName = x.isCapitalised() && toks.get(m - 1).isCapitalised();
          if (!insideName && !Lexicon.DETERMINERS.contains(toks.get(m - 1).lower())
              && finiteClauseAt(toks, m, sentEnd) && !isAdjunctWord(x)) {
            // 'told local radio the bridge would …': a subject opening with a determiner, pronoun or name
            // beats a bare noun that may still belong to the object
            if (Lexicon.DETERMINERS.contains(x.lower()) || Lexicon.PRONOUNS.contains(x.lower())
                || x.isCapitalised() || Character.isDigit(x.text().charAt(0))) {
              return m;
            }
            if (sayOrTell && firstStart < 0) {
              firstStart = m;
            }
          }
        }
        return firstStart;
      }
      return -1;
    }
    if (cue.kind() == CueKind.OBJECT) {
      return -1;
    }
    if (!cue.lemma().equals("say") && !cue.lemma().equals("tell")
        && !(cue.kind() == CueKind.PARTICIPLE && cue.lemma().equals("add"))) {
      // the other cue verbs take a bare clause only when it plainly has a subject and a finite verb
      // ('claims FSB sources have ascribed …', 'announced Benin was to join', 'indicated 68 people were
      // missing'), not a noun phrase object ('announced new measures')
      return (cue.kind() == CueKind.FINITE || cue.kind() == CueKind.PARTICIPLE) && finiteClauseAt(toks, k, sentEnd)
          ? k : -1;
    }
    if (!BARE_CLAUSE_LEMMAS.contains(cue.lemma())) {
      return -1;
    }
    if (cue.kind() == CueKind.PARTICIPLE) {
      return finiteClauseAt(toks, k, sentEnd) ? k : -1; // not 'adding the words "and Emergency" to the name'
    }
    return startsClause(t) ? k : -1;
  }

  /** Words that open a time or place adjunct ('reported in mid-2019, …'; not the agent of 'reported by X, …'). */
  static final Set<String> TIME_OR_PLACE = Set.of("in", "on", "at", "during", "last", "earlier", "this");

  static boolean isAdjunctWord(Tok t) {
    return Lexicon.ADJUNCT_STARTS.contains(t.lower()) || Lexicon.MONTHS.contains(t.text());
  }

  /**
   * A clause starts at {@code k}: a subject-like word, then within a few words (before any comma) a finite verb
   * form — an auxiliary, or a past-tense "-ed" word that does not follow a determiner ('a reported death').
   */
  boolean finiteClauseAt(List<Tok> toks, int k, int sentEnd) {
    Tok first = k < sentEnd ? toks.get(k) : null;
    if (first == null || Lexicon.FINITE.contains(first.lower()) || Lexicon.PREPOSITIONS.contains(first.lower())
        || !(first.is("this") || startsClause(first) || Character.isDigit(first.text().charAt(0)))) {
      return false;
    }
    int reach = k + 1 + SubjectFinder.SUBJECT_REACH;
    for (int m = k + 1; m < Math.min(sentEnd, reach); m++) {
      Tok x = toks.get(m);
      if (TextUnits.isOpenQuote(x.text()) && m > k + 1) {
        continue; // 'the company "extends its condolences"': the verb may be inside a partial quotation
      }
      int asideEnd = x.is(",") ? relativeAsideEnd(toks, m, sentEnd) : -1;
      if (asideEnd > 0) {
        // 'the failed landing at Fath, which has a much shorter runway, was a mistake': skip the relative clause
        reach += asideEnd - m;
        m = asideEnd;
        continue;
      }
      if (!x.isWord()) {
        return x.is("'") && m + 1 < sentEnd && toks.get(m + 1).is("d");
      }
      String l = x.lower();
      if (Lexicon.FINITE.contains(l) || Lexicon.IRREGULAR_PAST.contains(l)) {
        return true;
      }
      if (m == k + 2 && Lexicon.DETERMINERS.contains(first.lower()) && presentTense(toks, m, sentEnd)) {
        return true; // 'states the aircraft uses the A300': determiner, noun, a verb in -s, then its object
      }
      if (m == k + 1 && Lexicon.PRONOUNS.contains(first.lower()) && !x.isCapitalised()
          && !Lexicon.PREPOSITIONS.contains(l) && !Lexicon.ADJUNCT_STARTS.contains(l)
          && !Lexicon.DETERMINERS.contains(l)) {
        return true; // 'states it runs flights', 'stated they want to stay': a pronoun subject and its verb
      }
      if (l.endsWith("ed") && l.length() > 3 && !Lexicon.DETERMINERS.contains(toks.get(m - 1).lower())
          && !x.isCapitalised()) {
        return true;
      }
      if (l.equals("that") || l.equals("to") || lex.cue(x) != null && !x.isCapitalised()) {
        return false; // ("United States" holds no cue verb)
      }
    }
    return false;
  }

  /**
   * A third-person present tense at {@code m}: a lower-case word in -s (not -ss, -us, -is) followed by a
   * determiner or a number, as a verb and its object are ('uses the A300'), not a plural noun and a preposition.
   */
  static boolean presentTense(List<Tok> toks, int m, int sentEnd) {
    String l = toks.get(m).text();
    if (!toks.get(m).isLower() || l.length() < 4 || !l.endsWith("s") || l.endsWith("ss") || l.endsWith("us")
        || l.endsWith("is") || m + 1 >= sentEnd) {
      return false;
    }
    Tok next = toks.get(m + 1);
    return Lexicon.DETERMINERS.contains(next.lower()) || Character.isDigit(next.text().charAt(0));
  }

  /** For a comma opening ', which …,' or ', who …,', the index of the comma that closes it (within 15 words); else -1. */
  static int relativeAsideEnd(List<Tok> toks, int comma, int sentEnd) {
    if (comma + 1 >= sentEnd || !(toks.get(comma + 1).is("which") || toks.get(comma + 1).is("who"))) {
      return -1;
    }
    for (int k = comma + 2; k < Math.min(sentEnd, comma + 17); k++) {
      if (toks.get(k).is(",")) {
        return k;
      }
    }
    return -1;
  }

  boolean startsClause(Tok t) {
    if (!t.isWord()) {
      return false;
    }
    String l = t.lower();
    if (Lexicon.ADJUNCT_STARTS.contains(l) || Lexicon.NOT_NAME_STARTS.contains(t.text()) && t.isCapitalised()
        && !Lexicon.PRONOUNS.contains(l) && !t.is("The") && !t.is("There") && !t.is("Its") && !t.is("His")
        && !t.is("Her") && !t.is("Their") && !t.is("No") && !t.is("Some") && !t.is("Many") && !t.is("Most")
        && !t.is("Only") && !t.is("This") && !t.is("These") && !t.is("All") && !t.is("Several") && !t.is("More")
        && !t.is("Every")) {
      return false;
    }
    return lex.cue(t) == null;
  }

  /**
   * The end of a content clause starting at {@code k}: {@code [lastToken, nextClauseStart]} where the next
   * clause is the second half of "… and that …" / "…, but that …" (-1 when none).
   */
  int[] clauseEnd(SegmentText st, int k, int sentEnd) {
    List<Tok> toks = st.toks;
    for (int j = k; j < sentEnd; j++) {
      Tok t = toks.get(j);
      if (st.quoted[j]) {
        SegmentText.QSpan q = st.spanAt(j);
        if (q != null && j == q.openTok() && j > k && (toks.get(j - 1).is(":"))) {
          return new int[] {j - 2, -1};
        }
        continue;
      }
      if (t.is(".") && TextUnits.isAbbreviationDot(toks, j)) {
        continue; // 'would pressure the U.S. government': the clause goes on
      }
      if (t.is(".") || t.is("!") || t.is("?") || t.is(";")) {
        return new int[] {j - 1, -1};
      }
      if (t.is(":") && j + 1 < sentEnd && st.quoted[j + 1]) {
        return new int[] {j - 1, -1};
      }
      String n1 = j + 1 < sentEnd ? toks.get(j + 1).lower() : "";
      String n2 = j + 2 < sentEnd ? toks.get(j + 2).lower() : "";
      if ((t.is("and") || t.is("but")) && n1.equals("that")) {
        int back = j - 1;
        if (back >= k && toks.get(back).is(",")) {
          back--;
        }
        return new int[] {back, j + 2 < sentEnd ? j + 2 : -1};
      }
      if (t.is("but") && (n1.equals("did") || n1.equals("declined") || n1.equals("refused"))) {
        return new int[] {j - 1, -1};
      }
      if (j > k && st.quoted[j - 1] && isAdverb(t.lower()) && j + 1 < sentEnd && lex.cue(toks.get(j + 1)) != null) {
        return new int[] {j - 1, -1}; // '… "costs Africa $5 billion," further saying, "…"'
      }
      if ((t.is("and") || t.is("but")) && j + 2 < sentEnd && (Lexicon.PRONOUNS.contains(n1) || OTHERS.contains(n1))
          && strongCue(toks.get(j + 2))) {
        return new int[] {j - 1, -1}; // '… changed their minds and several said they …': another speaker's clause
      }
      if (t.is(",")) {
        if (n1.equals("down") || n1.equals("despite") || n1.equals("adding")
            || n1.equals("saying") || n1.equals("noting") || n1.equals("while") || n1.equals("up")
            || (n1.equals("according") && n2.equals("to"))) {
          return new int[] {j - 1, -1};
        }
        if ((n1.equals("but") || n1.equals("and")) && (n2.equals("that"))) {
          return new int[] {j - 1, j + 3 < sentEnd ? j + 3 : -1};
        }
        if ((n1.equals("but") || n1.equals("and")) && j + 2 < sentEnd && opensQuote(st, j + 2)) {
          return new int[] {j - 1, -1}; // 'informed police she had immunity, but "that she had no plans …"'
        }
        if (n1.equals("but") && (n2.equals("did") || n2.equals("declined") || n2.equals("refused")
            || n2.equals("gave") || n2.equals("added") || n2.equals("said"))) {
          return new int[] {j - 1, -1};
        }
        if (j + 1 < sentEnd && lex.cue(toks.get(j + 1)) != null) {
          return new int[] {j - 1, -1};
        }
        if (j + 2 < sentEnd && n1.equals("and") && strongCue(toks.get(j + 2))) {
          return new int[] {j - 1, -1}; // '… explained that A, and stated B': a second cue of the same subject
        }
        if (j + 2 < sentEnd && isAdverb(n1) && lex.cue(toks.get(j + 2)) != null) {
          return new int[] {j - 1, -1}; // '…, further saying …'
        }
        if (j + 2 < sentEnd && Lexicon.PRONOUNS.contains(n1) && lex.cue(toks.get(j + 2)) != null) {
          return new int[] {j - 1, -1};
        }
      }
    }
    return new int[] {sentEnd - 1, -1};
  }

  static boolean isAdverb(String lower) {
    return lower.endsWith("ly") || lower.equals("further") || lower.equals("also") || lower.equals("later");
  }

  /** The first comma in {@code [from, to)}, or -1. */
  static int nextComma(List<Tok> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (toks.get(k).is(",")) {
        return k;
      }
    }
    return -1;
  }

  /** Quantifiers that stand for other speakers ('and several said …'). */
  static final Set<String> OTHERS = Set.of("several", "others", "many", "some", "most", "few", "one");

  boolean strongCue(Tok t) {
    Cue c = lex.cue(t);
    return c != null && c.kind() != CueKind.WEAK && c.kind() != CueKind.PARTICIPLE;
  }

  static boolean opensQuote(SegmentText st, int j) {
    SegmentText.QSpan q = st.quoted[j] ? st.spanAt(j) : null;
    return q != null && q.openTok() == j;
  }

  /** 'did not say he'd ordered it', 'never claimed': a denied speech act reports nothing. */
  static boolean negated(List<Tok> toks, int ci, int sentStart) {
    for (int k = ci - 1; k >= Math.max(sentStart, ci - 2); k--) {
      String l = toks.get(k).lower();
      if (l.equals("not") || l.equals("never") || l.endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  /**
   * 'which he said would allow him …', 'which state media said were under control', 'which analysts say could
   * …': the cue sits inside a relative clause whose subject gap is the thing described, not a content clause.
   */
  static boolean relativeGap(List<Tok> toks, int ci, int sentStart) {
    for (int k = ci - 1; k >= Math.max(sentStart, ci - 4); k--) {
      Tok t = toks.get(k);
      if (t.is("which")) {
        // 'a report in which they said they had no plans': after a preposition the clause has its own subject
        return k == sentStart || !Lexicon.PREPOSITIONS.contains(toks.get(k - 1).lower());
      }
      if (!t.isWord()) {
        return false;
      }
    }
    return false;
  }

  boolean onlyAdjunctsAfter(List<Tok> toks, int ci, int sentEnd) {
    int k = ci + 1;
    if (k >= sentEnd || toks.get(k).is(".")) {
      return true;
    }
    String l = toks.get(k).lower();
    return Lexicon.ADJUNCT_STARTS.contains(l) || Lexicon.OBJECT_PRONOUNS.contains(l);
  }

  /** The closed quotation right after ', but' / ', and' that ends a reported clause at {@code last}, or null. */
  static SegmentText.@Nullable QSpan joinedQuote(SegmentText st, int last, int sentEnd) {
    int j = last + 1;
    if (j + 2 >= sentEnd || !st.toks.get(j).is(",") || !(st.toks.get(j + 1).is("but") || st.toks.get(j + 1).is("and"))
        || !opensQuote(st, j + 2)) {
      return null;
    }
    SegmentText.QSpan q = st.spanAt(j + 2);
    return q.unclosed() ? null : q;
  }

  /** The comma closing a capitalised name of two to four words that follows the comma at {@code comma}, or -1. */
  static int nameAppositionEnd(List<Tok> toks, int comma, int sentEnd) {
    if (comma >= sentEnd || !toks.get(comma).is(",")) {
      return -1;
    }
    int k = comma + 1;
    while (k < sentEnd && toks.get(k).isWord() && toks.get(k).isCapitalised()) {
      k++;
    }
    int words = k - comma - 1;
    return words >= 2 && words <= 4 && k < sentEnd && toks.get(k).is(",") ? k : -1;
  }

  /**
   * The clause is a quotation rather than reported speech: it opens with one or is mostly quoted words. A partial
   * quote inside it ('… with the help of "honourable people inside the kingdom"') stays in the reported span.
   */
  static boolean mostlyQuoted(SegmentText st, int from, int to) {
    int quoted = 0;
    for (int i = from; i < to; i++) {
      quoted += st.quoted[i] ? 1 : 0;
    }
    return st.quoted[from] || TextUnits.isOpenQuote(st.toks.get(from).text()) || 2 * quoted > to - from;
  }

  boolean anyQuoted(SegmentText st, int from, int to) {
    for (int i = from; i < to; i++) {
      if (st.quoted[i]) {
        return true;
      }
    }
    return false;
  }
}
