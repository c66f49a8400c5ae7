package io.newsbeam.quotes;

import io.newsbeam.quotes.Lexicon.Cue;
import io.newsbeam.quotes.Lexicon.CueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds the quotes of an article and the evidence for their speakers, without deciding the speaker:
 * <ul>
 *   <li>labelled: a {@code Quote:} paragraph, without its quotation marks;</li>
 *   <li>direct: text in quotation marks ({@code "…"}, {@code “…”}, {@code «…»}) that opens a sentence or follows a
 *       colon, comma or cue verb and is a statement (ends in punctuation, has a frame such as {@code , he said},
 *       or is unclosed and runs to the paragraph end); other marks are scare quotes or partial quotes and stay
 *       inside the surrounding text;</li>
 *   <li>reported: the content clause of a cue verb ({@code said (that) …}, {@code told X that …},
 *       {@code …, saying …}), a sentence-final {@code …, X said.}, and {@code according to X}.</li>
 * </ul>
 * Each candidate carries the cue verb and the subject phrase parsed by {@link NameParser}. Pure.
 */
final class QuoteFinder {
  /** How many words a cue verb may stand before an unpunctuated opening mark ('told the BBC after the verdict "'). */
  private static final int CUE_REACH = 7;

  private final Lexicon lex;
  private final NameParser names;
  private final ClauseBounds clauses;
  private final SubjectFinder subjects;

  QuoteFinder(Lexicon lex) {
    this.lex = lex;
    this.names = new NameParser(lex);
    this.clauses = new ClauseBounds(lex);
    this.subjects = new SubjectFinder(lex, names, clauses);
  }

  List<Candidate> find(String body, List<SegmentText> segments) {
    List<Candidate> out = new ArrayList<>();
    for (SegmentText st : segments) {
      if (st.segment.isQuoteBlock()) {
        labelled(body, st, out);
      } else {
        findInSegment(body, st, out);
      }
    }
    out.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.end, b.end));
    return out;
  }

  private void labelled(String body, SegmentText st, List<Candidate> out) {
    int s = st.segment.start();
    int e = st.segment.end();
    if (s < e && TextUnits.isOpenQuote(body.substring(s, s + 1))) {
      s++;
    }
    if (e > s && TextUnits.isCloseQuote(body.substring(e - 1, e)) && !body.substring(e - 1, e).equals("'")) {
      e--;
    }
    while (s < e && Character.isWhitespace(body.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
      e--;
    }
    java.util.Arrays.fill(st.quoted, true);
    if (e > s) {
      out.add(new Candidate(Candidate.LABELLED, s, e, st.segment, st.segment.start(), st.segment.end(), null, null,
          st.segment.start(), false, null));
    }
  }

  private void findInSegment(String body, SegmentText st, List<Candidate> out) {
    List<Tok> toks = st.toks;
    boolean[] consumed = new boolean[toks.size()];
    List<Candidate> local = new ArrayList<>();
    // 1. direct quotes and their frames
    Candidate previousDirect = null;
    Candidate lastQuote = null;
    for (SegmentText.QSpan q : st.spans) {
      if (!isDirect(body, st, q)) {
        Candidate f = fragment(body, st, q, lastQuote);
        if (f != null) {
          local.add(f);
          lastQuote = f;
        }
        continue;
      }
      int sentStart = st.sentenceStartOf(q.openTok());
      int sentEndTok = q.unclosed() ? toks.size() : st.sentenceEndOf(q.closeTok());
      NameParser.Parsed subject = null;
      String cue = null;
      int anchor = toks.get(q.openTok()).start();
      boolean signLike = false;
      // frame after the closing mark: '"…," he said' / '"…," said Peskov'
      if (!q.unclosed()) {
        int j = q.closeTok() + 1;
        int lastChar = q.contentEnd() - 1;
        if (lastChar > q.contentStart() && body.charAt(lastChar) == ']') {
          lastChar--; // an editor's '[.]'
        }
        boolean endsSentence = ".!?".indexOf(body.charAt(lastChar)) >= 0;
        if (j < toks.size() && toks.get(j).is(",")) {
          j++;
          endsSentence = false;
        }
        for (int k = j; k < Math.min(toks.size(), j + 9); k++) {
          Tok t = toks.get(k);
          if (t.is(".") || t.is("!") || t.is("?") || TextUnits.isOpenQuote(t.text()) || st.quoted[k]) {
            break;
          }
          if (endsSentence && (t.is("there") || Lexicon.NP_STOP.contains(t.lower()) && !Lexicon.AUX.contains(t.lower()))) {
            break; // '…germs." As of Tuesday there had been reports of …': a new sentence, not a frame
          }
          // a capitalised cue word in the frame is a name ('… the United States'), not a verb
          Cue c = t.isCapitalised() ? null : lex.cue(t);
          if (c != null && c.kind() != CueKind.WEAK && c.kind() != CueKind.PARTICIPLE) {
            if (endsSentence && (clauses.clauseStart(toks, k, st.sentenceEndOf(k), c) >= 0 || introducesQuote(st, k))) {
              // '"… I may do it." Trump also said that he …': a new sentence with its own reported clause,
              // not the frame of the quote before it; nor is '… exempt?" Vatican archbishop Charles Scicluna said, "…"'
              break;
            }
            cue = t.lower();
            consumed[k] = true;
            anchor = t.start();
            List<Tok> before = subjects.trimAux(toks.subList(j, k));
            if (!before.isEmpty()) {
              subject = names.parse(body, before);
            } else {
              subject = subjects.postposedSubject(body, toks, k + 1);
            }
            if (c.lemma().equals("read")) {
              // '"…," the statement read': the document has no author here, the other sieves look for one;
              // '"…," the banner read': nobody's words
              signLike = subject != null && !SubjectFinder.DOCUMENTS.contains(subject.head());
              subject = null;
            }
            break;
          }
          if (t.is(",") || t.is(";")) {
            break;
          }
        }
      }
      // frame before the opening mark: 'X said: "…"'
      if (cue == null) {
        int o = q.openTok();
        boolean punctuatedLead = o - 1 >= sentStart && (toks.get(o - 1).is(":") || toks.get(o - 1).is(","));
        int unpunctuatedCue = punctuatedLead ? -1 : cueShortlyBefore(body, st, q);
        if (punctuatedLead || unpunctuatedCue >= 0) {
          int cueIdx = unpunctuatedCue;
          for (int k = o - 2; cueIdx < 0 && k >= sentStart; k--) {
            if (st.quoted[k]) {
              break;
            }
            Cue c = lex.cue(toks.get(k));
            if (c != null && c.kind() != CueKind.WEAK) {
              cueIdx = k;
              break;
            }
          }
          if (cueIdx >= 0 && consumed[cueIdx] && previousDirect != null && previousDirect.cue != null) {
            // '"A," said Khan, "B."': the frame between two quotes already served the first one; the second
            // continues the same speaker (the words before the cue are the first quote, not a subject).
            cue = toks.get(cueIdx).lower();
            anchor = toks.get(cueIdx).start();
            subject = previousDirect.subject;
          } else if (cueIdx >= 0) {
            cue = toks.get(cueIdx).lower();
            anchor = toks.get(cueIdx).start();
            Cue c = lex.cue(toks.get(cueIdx));
            if (!hasThatClause(toks, cueIdx, o) && !(toks.get(o - 1).is(":")
                && clauses.clauseStart(toks, cueIdx, o - 1, c) >= 0)) {
              // the cue stays free for its own clause in 'told the press that …: "…"' and
              // 'told the press the new drugs were only part of the solution: "…"'
              consumed[cueIdx] = true;
            }
            if (c.kind() == CueKind.PARTICIPLE && previousDirect != null && previousDirect.subject != null
                && previousDirect.sentenceStart == toks.get(sentStart).start()) {
              subject = previousDirect.subject; // 'X said, "A", also observing, "B"': the same speaker
            } else if (c.kind() == CueKind.PARTICIPLE) {
              subject = subjects.sentenceSubject(body, st, sentStart);
            } else {
              SubjectFinder.Subject sj = subjects.subjectOf(body, st, sentStart, cueIdx);
              subject = sj == null ? null : sj.parsed();
              if (c.lemma().equals("read") && (subject == null || SubjectFinder.DOCUMENTS.contains(subject.head()))) {
                subject = subjects.documentAuthor(body, st, sentStart, cueIdx);
                signLike = subject == null; // 'A message chalked on the pavement reads: "…"': nobody's words
              }
            }
          } else if (toks.get(o - 1).is(":") && toks.get(sentStart).is("According") && sentStart + 2 < o
              && toks.get(sentStart + 1).is("to")) {
            // 'According to U.S. Attorney Bash, the manifesto could strengthen the case: "…"'
            cue = "according to";
            anchor = toks.get(sentStart).start();
            subject = accordingSource(body, toks, sentStart, sentStart, st.sentenceEndOf(sentStart)).subject();
          } else if (toks.get(o - 1).is(":")) {
            signLike = true;
          }
        }
      }
      int sentStartChar = toks.get(sentStart).start();
      int sentEndChar = toks.get(Math.max(sentStart, sentEndTok - 1)).end();
      Candidate cand = new Candidate(Candidate.DIRECT, q.contentStart(), q.contentEnd(), st.segment, sentStartChar,
          sentEndChar, cue, subject, anchor, signLike, cue == null && !signLike ? previousDirect : null);
      local.add(cand);
      previousDirect = cand;
      lastQuote = cand;
    }
    // 2. reported speech around cue verbs outside quotation marks
    for (int i = st.contentTok; i < toks.size(); i++) {
      if (st.quoted[i] || consumed[i]) {
        continue;
      }
      Tok t = toks.get(i);
      if (t.isIgnoreCase("according") && i + 1 < toks.size() && toks.get(i + 1).is("to")) {
        accordingTo(body, st, i, local);
        continue;
      }
      Cue c = lex.cue(t);
      if (c == null || c.kind() == CueKind.WEAK || c.kind() == CueKind.FRAME) {
        continue;
      }
      if (t.isCapitalised() && c.kind() != CueKind.PARTICIPLE) {
        continue;
      }
      if (i > 0 && (isNounUse(toks.get(i - 1), t) || toks.get(i - 1).is(";") && c.kind() == CueKind.FINITE)) {
        // ('…; reports describe speculation …': a finite form with no subject before it is a noun)
        continue;
      }
      if (c.kind() == CueKind.PARTICIPLE && !participleFrames(toks, i)) {
        continue;
      }
      reported(body, st, i, c, local);
    }
    out.addAll(local);
  }

  /**
   * A participle cue that reports speech: after a comma or "and" ('…, saying'), after "as" or "upon" ('cited the
   * Air Force as stating', 'upon announcing'), or after a short noun phrase that follows "with" ('with local
   * media reporting').
   */
  private static boolean participleFrames(List<Tok> toks, int i) {
    if (i == 0) {
      return false;
    }
    String prev = toks.get(i - 1).lower();
    if (prev.equals(",") || prev.equals("and") || prev.equals("as") || prev.equals("upon")) {
      return true;
    }
    for (int k = i - 2; k >= Math.max(0, i - 4); k--) {
      Tok between = toks.get(k + 1);
      if (!between.isWord() || Lexicon.PREPOSITIONS.contains(between.lower())) {
        return false;
      }
      if (toks.get(k).is("with")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cue word is a noun or an adjective here, not a verb: 'the stated goals', 'its claims', 'publishes daily
   * reports on …'.
   */
  private static boolean isNounUse(Tok prev, Tok cue) {
    String p = prev.lower();
    return Lexicon.DETERMINERS.contains(p) && !prev.is("that") || NOUN_MODIFIERS.contains(p)
        || Lexicon.PREPOSITIONS.contains(p) && !prev.is("to")
        // 'denied all claims that': a quantifier before a plural form ('several said' is a subject and a verb)
        || QUANTIFIERS.contains(p) && cue.text().endsWith("s") && !cue.is("says");
  }

  /** Words before a cue form that make it a noun or an adjective ('amongst reported incidents'). */
  private static final Set<String> NOUN_MODIFIERS = Set.of("daily", "weekly", "monthly", "annual", "initial",
      "these", "those", "such", "any", "no", "numerous", "among", "amongst");

  private static final Set<String> QUANTIFIERS = Set.of("all", "many", "several", "some");

  /** The cue at {@code k} is followed by ", " or ": " and an opening mark: it frames the next quotation. */
  private static boolean introducesQuote(SegmentText st, int k) {
    List<Tok> toks = st.toks;
    return k + 2 < toks.size() && (toks.get(k + 1).is(",") || toks.get(k + 1).is(":"))
        && st.quoted[k + 2] && TextUnits.isOpenQuote(toks.get(k + 2).text());
  }

  /** Verbs whose quoted object is the subject's own words ('Schiff called it "a non-starter"'). */
  private static final Set<String> FRAGMENT_VERBS = Set.of("called", "calling", "termed", "branded", "described",
      "describing", "thanked", "thanking", "characterized", "characterised", "characterizing", "characterising",
      "praised", "praising", "hailed", "talked", "spoke", "speaking");

  /** How many words a verb of calling may stand before its quoted fragment ('called Prime Minister … deal "lousy"'). */
  private static final int FRAGMENT_REACH = 10;

  /** Of those, the ones that also name things ('a village called "Hope"'): they need an object before the mark. */
  private static final Set<String> NAMING_VERBS = Set.of("called", "calling", "termed", "branded");

  /**
   * A quoted fragment after a verb of calling or describing within the same clause ('Coles called the demand
   * "unprecedented"', 'described him as "a guiding force"', 'thanked "the police …"', '… a "corrupt oaf" and a
   * "lousy traitor"'): a direct quote of the verb's subject. Null for anything else (scare quotes stay text).
   */
  private @Nullable Candidate fragment(String body, SegmentText st, SegmentText.QSpan q,
      @Nullable Candidate lastQuote) {
    List<Tok> toks = st.toks;
    int o = q.openTok();
    int sentStart = st.sentenceStartOf(o);
    if (q.unclosed() || q.contentStart() >= q.contentEnd()) {
      return null;
    }
    // '… a "corrupt oaf" and a "lousy traitor"', 'said "A" and "B"', 'as "A" who was "B"': a quotation joined to
    // the one before continues its speaker
    int m = o - 1;
    while (m > sentStart && m >= o - 3 && QUOTE_JOINERS.contains(toks.get(m).lower())) {
      m--;
    }
    if (m < o - 1 && st.quoted[m] && lastQuote != null && lastQuote.segment == st.segment && lastQuote.cue != null
        && toks.get(m).end() == lastQuote.end + 1) {
      return copyFrame(q, lastQuote);
    }
    for (int k = o - 1; k >= Math.max(sentStart, o - FRAGMENT_REACH); k--) {
      Tok t = toks.get(k);
      if (st.quoted[k]) {
        return null;
      }
      if (!t.isWord()) {
        return null;
      }
      if (FRAGMENT_VERBS.contains(t.text())) {
        if (NAMING_VERBS.contains(t.text()) && (k == o - 1 || k < o - 2 && toks.get(o - 1).is("the"))) {
          return null; // 'a village called "Hope"', 'called the new service the "Vale Lifeline"': a name
        }
        SubjectFinder.Subject sj = subjects.subjectOf(body, st, sentStart, k);
        if (sj == null) {
          return null;
        }
        int sentEndTok = st.sentenceEndOf(q.closeTok());
        return new Candidate(Candidate.DIRECT, q.contentStart(), q.contentEnd(), st.segment,
            toks.get(sentStart).start(), toks.get(Math.max(sentStart, sentEndTok - 1)).end(), t.lower(), sj.parsed(),
            t.start(), false, null);
      }
      if (Lexicon.NP_STOP.contains(t.lower()) && !t.is("and") || lex.cue(t) != null) {
        return null;
      }
    }
    return null;
  }

  /** Words that join a quotation to the one before it (at most three of them). */
  private static final Set<String> QUOTE_JOINERS = Set.of("and", "a", "an", "who", "was", "is", "as", "well");

  private static Candidate copyFrame(SegmentText.QSpan q, Candidate first) {
    return new Candidate(Candidate.DIRECT, q.contentStart(), q.contentEnd(), first.segment, first.sentenceStart,
        first.sentenceEnd, first.cue, first.subject, first.anchor, false, null);
  }

  private boolean hasThatClause(List<Tok> toks, int cueIdx, int limit) {
    for (int k = cueIdx + 1; k < limit && k < cueIdx + 10; k++) {
      if (toks.get(k).is("that")) {
        return true;
      }
    }
    return false;
  }

  private boolean isDirect(String body, SegmentText st, SegmentText.QSpan q) {
    List<Tok> toks = st.toks;
    int o = q.openTok();
    int sentStart = st.sentenceStartOf(o);
    boolean leadOk;
    boolean colon = false;
    if (o <= sentStart || o <= st.contentTok) {
      leadOk = true;
    } else {
      Tok prev = toks.get(o - 1);
      colon = prev.is(":");
      leadOk = colon || prev.is(",") || prev.is(".") || prev.is("!") || prev.is("?") || prev.is("\u2014") || prev.is("\u2013") || prev.is("-") || prev.is("(")
          || isCueOrThatAfterCue(toks, o - 1);
    }
    if (!leadOk && cueShortlyBefore(body, st, q) < 0) {
      return false;
    }
    if (q.unclosed() || colon || !leadOk) {
      return true;
    }
    if (o - 1 > sentStart && toks.get(o - 1).is(",") && cueBeforeComma(st, o - 2, sentStart)) {
      // 'Ebrard said, "As far as I know …", adding, …': the frame before the mark is enough
      return true;
    }
    if (cueShortlyBefore(body, st, q) >= 0 && readsAsSentence(body, st, q)) {
      // 'Durbin said "I can just tell you, …".': a cue right before a sentence-like quotation frames it even
      // when the closing punctuation stands outside the marks
      return true;
    }
    char last = body.charAt(q.contentEnd() - 1);
    int lastIdx = q.contentEnd() - 1;
    while ((last == '\'' || last == '\u2019') && lastIdx > q.contentStart()) {
      last = body.charAt(--lastIdx);
    }
    if (".!?\u2026,;:".indexOf(last) >= 0 || body.charAt(toks.get(q.closeTok()).start() - 1) == ',') {
      return true;
    }
    // a frame right after the closing mark
    int j = q.closeTok() + 1;
    if (j < toks.size() && toks.get(j).is(",")) {
      j++;
    }
    for (int k = j; k < Math.min(toks.size(), j + 5); k++) {
      Cue c = toks.get(k).isCapitalised() ? null : lex.cue(toks.get(k));
      if (c != null && c.kind() != CueKind.WEAK && c.kind() != CueKind.PARTICIPLE) {
        return true;
      }
      if (!toks.get(k).isWord()) {
        break;
      }
    }
    return false;
  }

  /**
   * A cue verb a few words before an opening mark with no punctuation in between ('Trump said on Friday "I
   * can…"', 'told the BBC after the verdict "My client…"'), or -1. Only for a quotation that starts like a
   * sentence (capital letter) and when no finite verb or "that" stands between: 'said the penalty was "soft"'
   * is a partial quote inside reported speech, not a direct quote.
   */
  private int cueShortlyBefore(String body, SegmentText st, SegmentText.QSpan q) {
    List<Tok> toks = st.toks;
    int o = q.openTok();
    if (q.contentStart() >= q.contentEnd() || !Character.isUpperCase(body.codePointAt(q.contentStart()))) {
      return -1;
    }
    int sentStart = st.sentenceStartOf(o);
    int from = o - 1;
    int aside = asideStart(st, from, sentStart);
    if (aside >= 0) {
      from = aside - 1; // 'Erdogan said — as reported by Hurriyet Daily News — "…"'
    }
    for (int k = from; k >= Math.max(sentStart, from - CUE_REACH + 1); k--) {
      Tok t = toks.get(k);
      if (st.quoted[k] || !t.isWord() || t.is("that") || Lexicon.NP_STOP.contains(t.lower())) {
        return -1;
      }
      Cue c = lex.cue(t);
      if (c != null && c.kind() != CueKind.WEAK) {
        return k;
      }
    }
    return -1;
  }

  /**
   * If the token at {@code k} is a dash that closes an aside ('— as reported by X —'), the index of the dash that
   * opens it (a few words back, nothing quoted between); else -1.
   */
  private static int asideStart(SegmentText st, int k, int sentStart) {
    if (k <= sentStart || !isDash(st.toks.get(k))) {
      return -1;
    }
    for (int m = k - 1; m > Math.max(sentStart, k - 12); m--) {
      if (st.quoted[m]) {
        return -1;
      }
      if (isDash(st.toks.get(m))) {
        return m;
      }
    }
    return -1;
  }

  private static boolean isDash(Tok t) {
    return t.is("\u2014") || t.is("\u2013");
  }

  /**
   * The quotation reads as the speaker's own sentence, not a phrase or a title: it opens with a capital letter,
   * has three words or more, and at least one of them starts in lower case.
   */
  private static boolean readsAsSentence(String body, SegmentText st, SegmentText.QSpan q) {
    if (!Character.isUpperCase(body.codePointAt(q.contentStart()))) {
      return false;
    }
    int words = 0;
    boolean lower = false;
    for (int k = q.openTok() + 1; k < q.closeTok(); k++) {
      Tok t = st.toks.get(k);
      if (t.isWord()) {
        words++;
        lower |= Character.isLowerCase(t.text().codePointAt(0));
      }
    }
    return words >= 3 && lower;
  }

  /** A cue verb (not a weak one) among the few words that end at {@code k}, none of them quoted. */
  private boolean cueBeforeComma(SegmentText st, int k, int sentStart) {
    // the reach starts again once after an aside between commas ('told a guard at the door, in French and
    // English, "…"'), but not over a second one
    int reachEnd = k - CUE_REACH;
    boolean asideSkipped = false;
    for (int m = k; m >= Math.max(sentStart, reachEnd); m--) {
      if (st.quoted[m]) {
        return false;
      }
      if (st.toks.get(m).is(",")) {
        if (asideSkipped) {
          return false;
        }
        asideSkipped = true;
        reachEnd = m - CUE_REACH;
        continue;
      }
      Cue c = lex.cue(st.toks.get(m));
      if (c != null && c.kind() != CueKind.WEAK) {
        return true;
      }
    }
    return false;
  }

  private boolean isCueOrThatAfterCue(List<Tok> toks, int k) {
    Cue c = lex.cue(toks.get(k));
    if (c != null && c.kind() != CueKind.WEAK) {
      return true;
    }
    if (toks.get(k).is("that")) {
      for (int m = k - 1; m >= Math.max(0, k - 4); m--) {
        Cue c2 = lex.cue(toks.get(m));
        if (c2 != null && c2.kind() != CueKind.WEAK) {
          return true;
        }
      }
    }
    return false;
  }

  /** A cue verb outside quotation marks: its content clause(s), or a sentence-final "…, X said." */
  private void reported(String body, SegmentText st, int ci, Cue cue, List<Candidate> out) {
    List<Tok> toks = st.toks;
    int sentStart = st.sentenceStartOf(ci);
    int sentEnd = st.sentenceEndOf(ci);
    if (ClauseBounds.negated(toks, ci, sentStart) || ClauseBounds.relativeGap(toks, ci, sentStart)) {
      return;
    }
    int clauseStart = clauses.clauseStart(toks, ci, sentEnd, cue);
    NameParser.Parsed subject;
    Candidate shares = null;
    SubjectFinder.Subject sj = null;
    if (cue.kind() == CueKind.PARTICIPLE) {
      for (int k = out.size() - 1; k >= 0; k--) {
        Candidate c = out.get(k);
        if (c.segment == st.segment && c.anchor >= toks.get(sentStart).start()
            && c.anchor < toks.get(ci).start()) {
          shares = c;
          break;
        }
      }
      subject = shares == null ? subjects.sentenceSubject(body, st, SubjectFinder.subordinateStart(toks, sentStart, ci)) : null;
      NameParser.Parsed own = subjects.participleSubject(body, toks, sentStart, ci);
      if (own != null) {
        shares = null;
        subject = own;
      }
    } else {
      sj = subjects.subjectOf(body, st, sentStart, ci);
      SubjectFinder.Subject owner = sj == null ? null : subjects.ownSourceOwner(body, st, sentStart, sj);
      if (owner != null) {
        sj = owner;
      }
      subject = sj == null ? subjects.openingDescription(body, toks, sentStart, ci) : sj.parsed();
    }
    int sentStartChar = toks.get(sentStart).start();
    int sentEndChar = toks.get(sentEnd - 1).end();
    if (clauseStart < 0 && ci - 2 > sentStart && toks.get(ci - 2).is(",") && subject != null
        && subject.kind() == NameParser.Kind.PRONOUN && ci + 2 < sentEnd && toks.get(ci + 1).is(",")
        && clauses.finiteClauseAt(toks, ci + 2, sentEnd)) {
      clauseStart = ci + 2; // 'In between, she testified, she was …': a parenthetical cue before its clause
    }
    if (clauseStart < 0) {
      // "<clause>, Oleh Kiper, Head of …, has said." — the clause is the sentence before the speaker
      if (sj != null && sj.chainStart() - 1 > sentStart + 3 && toks.get(sj.chainStart() - 1).is(",")
          && clauses.onlyAdjunctsAfter(toks, ci, sentEnd) && !clauses.anyQuoted(st, sentStart, ci)) {
        int s = sentStart;
        int e = sj.chainStart() - 2;
        if (e > s) {
          out.add(new Candidate(Candidate.REPORTED, toks.get(s).start(), toks.get(e).end(), st.segment,
              sentStartChar, sentEndChar, toks.get(ci).lower(), subject, toks.get(ci).start(), false, null));
        }
      }
      return;
    }
    int k = clauseStart;
    while (k < sentEnd) {
      int[] clause = clauses.clauseEnd(st, k, sentEnd);
      int last = clause[0];
      while (last >= k && (toks.get(last).is(",") || toks.get(last).is("."))) {
        last--;
      }
      boolean prepositionalScrap = last - k + 1 <= 3 && Lexicon.PREPOSITIONS.contains(toks.get(k).lower());
      if (last - k + 1 >= 2 && !prepositionalScrap) { // (not 'said about Amman: "…"')
        out.add(new Candidate(Candidate.REPORTED, toks.get(k).start(), toks.get(last).end(), st.segment,
            sentStartChar, sentEndChar, toks.get(ci).lower(), subject, toks.get(ci).start(), false, shares));
        SegmentText.QSpan joined = ClauseBounds.joinedQuote(st, last, sentEnd);
        if (joined != null && !covered(out, joined)) {
          // 'informed police she had immunity, but "that she had no plans …"': the quotation continues the
          // reported clause in the speaker's own words
          out.add(new Candidate(Candidate.DIRECT, joined.contentStart(), joined.contentEnd(), st.segment,
              sentStartChar, sentEndChar, toks.get(ci).lower(), subject, toks.get(ci).start(), false, shares));
        }
      }
      if (clause[1] < 0) {
        break;
      }
      k = clause[1];
    }
  }

  private static boolean covered(List<Candidate> out, SegmentText.QSpan q) {
    for (Candidate c : out) {
      if (c.start < q.contentEnd() && q.contentStart() < c.end) {
        return true;
      }
    }
    return false;
  }

  /** 'according to him': the object pronoun as the subject pronoun it stands for; null for other words. */
  private static NameParser.@Nullable Parsed objectPronoun(Tok t) {
    String subjectForm = switch (t.lower()) {
      case "him" -> "he";
      case "her" -> "she";
      case "them" -> "they";
      default -> null;
    };
    return subjectForm == null ? null
        : new NameParser.Parsed(NameParser.Kind.PRONOUN, null, List.of(), null, subjectForm, null, false, t.start(),
            t.end());
  }

  /** The source of 'according to X' at {@code i} and the token index where its noun phrase ends. */
  private record Source(NameParser.@Nullable Parsed subject, int npEnd) {}

  private Source accordingSource(String body, List<Tok> toks, int i, int sentStart, int sentEnd) {
    int npEnd = i + 2;
    // 'according to Notes from Poland (NFP), …': the name ends before a bracketed acronym
    while (npEnd < sentEnd && !toks.get(npEnd).is(",")
        && !(toks.get(npEnd).is(".") && !TextUnits.isAbbreviationDot(toks, npEnd)) && !toks.get(npEnd).is("(")
        && !(npEnd > i + 2 && SOURCE_ADJUNCTS.contains(toks.get(npEnd).text()))) {
      npEnd++;
    }
    int nameEnd = npEnd;
    for (int k = i + 3; k + 1 < npEnd; k++) {
      if (toks.get(k).is("and") && allCapitalised(toks, k + 1, npEnd)) {
        // 'according to Reuters and NBC': the first source speaks (not in 'Food and Agriculture Organization's
        // chief veterinary officer', where the words after "and" go on to a description)
        nameEnd = k;
        break;
      }
    }
    NameParser.Parsed subject = nameEnd == i + 3 ? objectPronoun(toks.get(i + 2)) : null;
    if (subject == null) {
      subject = names.parse(body, toks.subList(i + 2, nameEnd));
    }
    int appositionEnd = i == sentStart && subject != null && subject.kind() == NameParser.Kind.DESCRIPTION
        ? ClauseBounds.nameAppositionEnd(toks, npEnd, sentEnd) : -1;
    if (appositionEnd > 0) {
      // 'According to the El Paso mayor, Dee Margo, police were …': the name in apposition speaks
      NameParser.Parsed named = names.parse(body, toks.subList(npEnd + 1, appositionEnd));
      if (named != null && named.kind() == NameParser.Kind.PERSON) {
        subject = named;
        npEnd = appositionEnd;
      }
    }
    return new Source(subject, npEnd);
  }

  private void accordingTo(String body, SegmentText st, int i, List<Candidate> out) {
    List<Tok> toks = st.toks;
    int sentStart = st.sentenceStartOf(i);
    int sentEnd = st.sentenceEndOf(i);
    Source source = accordingSource(body, toks, i, sentStart, sentEnd);
    NameParser.Parsed subject = source.subject();
    int npEnd = source.npEnd();
    int s;
    int e;
    if (i == sentStart) {
      s = npEnd + 1;
      int adjunctEnd = s < sentEnd && Lexicon.PREPOSITIONS.contains(toks.get(s).lower())
          ? ClauseBounds.nextComma(toks, s, Math.min(sentEnd, s + 6)) : -1;
      if (adjunctEnd > 0) {
        s = adjunctEnd + 1; // '…, during the weekend, police were …': an adjunct before the clause
      }
      int asideEnd = s < sentEnd && (toks.get(s).is("quoting") || toks.get(s).is("citing"))
          ? ClauseBounds.nextComma(toks, s, Math.min(sentEnd, s + 16)) : -1;
      if (asideEnd > 0) {
        s = asideEnd + 1; // 'According to Yonhap, quoting the KCNA, the military …': the source's own source
      }
      if (npEnd < sentEnd && toks.get(npEnd).is("(")) {
        // 'According to Notes from Poland (NFP), some …': the clause starts after the bracketed acronym
        int close = npEnd + 1;
        while (close < Math.min(sentEnd, npEnd + 6) && !toks.get(close).is(")")) {
          close++;
        }
        if (close < sentEnd && toks.get(close).is(")")) {
          s = close + 1 < sentEnd && toks.get(close + 1).is(",") ? close + 2 : close + 1;
        }
      }
      e = sentEnd - 1;
      for (int k = s; k + 1 < sentEnd; k++) {
        if (toks.get(k + 1).is(":") && k + 2 < sentEnd && ClauseBounds.opensQuote(st, k + 2)) {
          e = k; // 'According to X, <clause>: "…"': the quotation after the colon is X's own words
          break;
        }
      }
    } else if (i - 1 > sentStart && toks.get(i - 1).is(",")) {
      s = sentStart;
      e = i - 2;
      int close = npEnd;
      while (close < sentEnd && !toks.get(close).is(",") && !toks.get(close).is(".")) {
        close++;
      }
      if (close + 2 < sentEnd && toks.get(close).is(",") && toks.get(close + 1).isLower()
          && !Lexicon.DETERMINERS.contains(toks.get(close + 1).lower())) {
        // 'Tesco's Polish operation, according to Gazeta Wyborcza in March, is too big …': the parenthetical sits
        // inside the clause, which is the whole sentence (not so before an apposition: ', the U.S. Attorney …')
        e = sentEnd - 1;
      }
    } else {
      return;
    }
    while (e >= s && (toks.get(e).is(".") || toks.get(e).is(","))) {
      e--;
    }
    if (e - s + 1 >= 3 && !ClauseBounds.mostlyQuoted(st, s, e + 1)) {
      out.add(new Candidate(Candidate.REPORTED, toks.get(s).start(), toks.get(e).end(), st.segment,
          toks.get(sentStart).start(), toks.get(sentEnd - 1).end(), "according to", subject, toks.get(i).start(),
          false, null));
    }
  }

  /** Words after a source's name that start an adjunct ('according to Gazeta Wyborcza in March'). */
  private static final Set<String> SOURCE_ADJUNCTS = Set.of("in", "on", "at", "last", "earlier", "this");

  private static boolean allCapitalised(List<Tok> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!toks.get(k).isCapitalised()) {
        return false;
      }
    }
    return from < to;
  }
}
