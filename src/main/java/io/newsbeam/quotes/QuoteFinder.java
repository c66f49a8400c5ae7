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
  private static final Set<String> AUX = Set.of("has", "have", "had", "also", "repeatedly", "later", "then",
      "previously", "earlier", "again", "further", "once", "both", "first", "now", "still", "just", "already",
      "separately", "publicly", "privately", "recently", "today");
  private static final Set<String> BARE_CLAUSE_LEMMAS = Set.of("say", "add", "tell", "write", "warn", "claim",
      "insist", "report");
  private static final Set<String> NP_STOP = Set.of("was", "is", "are", "were", "has", "have", "had", "been", "be",
      "not", "and", "or", "but", "who", "which", "that", "to", "also", "will", "would", "did", "does", "do");
  private static final Set<String> INTRO_STARTS = Set.of("Asked", "Speaking", "Giving", "Under", "After", "Before",
      "Despite", "Meanwhile", "However", "Writing", "Responding", "Addressing", "Following", "Earlier", "Later");

  /** How many words a cue verb may stand before an unpunctuated opening mark ('told the BBC after the verdict "'). */
  private static final int CUE_REACH = 7;
  /** Words of a short object or adjunct between a cue and its bare clause ('told CBC News', 'said in May'). */
  private static final int SHORT_ADJUNCT = 5;
  /** Words a clause's subject may take before its finite verb ('the chances of those trapped … were'). */
  private static final int SUBJECT_REACH = 7;
  private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
      "would", "could", "can", "should", "might", "may", "must", "did", "does", "do", "remains", "remained");
  /** Common irregular past tenses, finite verbs that the "-ed" test misses ('the aircraft overran the runway'). */
  private static final Set<String> IRREGULAR_PAST = Set.of("went", "ran", "overran", "broke", "came", "took", "gave",
      "made", "found", "lost", "won", "saw", "got", "left", "fell", "rose", "held", "kept", "began", "became", "knew",
      "paid", "sold", "brought", "built", "caught", "led", "met", "sent", "spent", "stood", "struck", "fled", "drove",
      "flew", "grew", "threw", "sank", "hid", "bought", "fought", "forgot", "meant", "felt", "dealt", "shut", "ate");
  private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  private final Lexicon lex;
  private final NameParser names;

  QuoteFinder(Lexicon lex) {
    this.lex = lex;
    this.names = new NameParser(lex);
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
          if (endsSentence && (t.is("there") || NP_STOP.contains(t.lower()) && !AUX.contains(t.lower()))) {
            break; // '…germs." As of Tuesday there had been reports of …': a new sentence, not a frame
          }
          // a capitalised cue word in the frame is a name ('… the United States'), not a verb
          Cue c = t.isCapitalised() ? null : lex.cue(t);
          if (c != null && c.kind() != CueKind.WEAK && c.kind() != CueKind.PARTICIPLE) {
            if (endsSentence && (clauseStart(toks, k, st.sentenceEndOf(k), c) >= 0 || introducesQuote(st, k))) {
              // '"… I may do it." Trump also said that he …': a new sentence with its own reported clause,
              // not the frame of the quote before it; nor is '… exempt?" Vatican archbishop Charles Scicluna said, "…"'
              break;
            }
            cue = t.lower();
            consumed[k] = true;
            anchor = t.start();
            List<Tok> before = trimAux(toks.subList(j, k));
            if (!before.isEmpty()) {
              subject = names.parse(body, before);
            } else {
              subject = postposedSubject(body, toks, k + 1);
            }
            if (c.lemma().equals("read")) {
              // '"…," the statement read': the document has no author here, the other sieves look for one;
              // '"…," the banner read': nobody's words
              signLike = subject != null && !DOCUMENTS.contains(subject.head());
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
                && clauseStart(toks, cueIdx, o - 1, c) >= 0)) {
              // the cue stays free for its own clause in 'told the press that …: "…"' and
              // 'told the press the new drugs were only part of the solution: "…"'
              consumed[cueIdx] = true;
            }
            if (c.kind() == CueKind.PARTICIPLE && previousDirect != null && previousDirect.subject != null
                && previousDirect.sentenceStart == toks.get(sentStart).start()) {
              subject = previousDirect.subject; // 'X said, "A", also observing, "B"': the same speaker
            } else if (c.kind() == CueKind.PARTICIPLE) {
              subject = sentenceSubject(body, st, sentStart);
            } else {
              Subject sj = subjectOf(body, st, sentStart, cueIdx);
              subject = sj == null ? null : sj.parsed;
              if (c.lemma().equals("read") && (subject == null || DOCUMENTS.contains(subject.head()))) {
                subject = documentAuthor(body, st, sentStart, cueIdx);
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
   * Where the clause holding a participle starts: after ', where' / ', when' / ', while' ('was taken to hospital,
   * where Dr. Stefaniak was met with applause upon announcing …' is Stefaniak's announcement), else the sentence.
   */
  private static int subordinateStart(List<Tok> toks, int sentStart, int ci) {
    for (int k = ci - 1; k > sentStart; k--) {
      if (toks.get(k - 1).is(",") && SUBORDINATORS.contains(toks.get(k).lower())) {
        return k + 1;
      }
    }
    return sentStart;
  }

  private static final Set<String> SUBORDINATORS = Set.of("where", "when", "while", "whereupon");

  /**
   * The participle's own subject: the noun phrase before "as" ('cited the Air Force as stating') or between "with"
   * and the participle ('with local media reporting'); null when the participle shares the sentence's subject.
   */
  private NameParser.@Nullable Parsed participleSubject(String body, List<Tok> toks, int sentStart, int ci) {
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
        Subject sj = subjectOf(body, st, sentStart, k);
        if (sj == null) {
          return null;
        }
        int sentEndTok = st.sentenceEndOf(q.closeTok());
        return new Candidate(Candidate.DIRECT, q.contentStart(), q.contentEnd(), st.segment,
            toks.get(sentStart).start(), toks.get(Math.max(sentStart, sentEndTok - 1)).end(), t.lower(), sj.parsed,
            t.start(), false, null);
      }
      if (NP_STOP.contains(t.lower()) && !t.is("and") || lex.cue(t) != null) {
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
      if (st.quoted[k] || !t.isWord() || t.is("that") || NP_STOP.contains(t.lower())) {
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
    if (negated(toks, ci, sentStart) || relativeGap(toks, ci, sentStart)) {
      return;
    }
    int clauseStart = clauseStart(toks, ci, sentEnd, cue);
    NameParser.Parsed subject;
    Candidate shares = null;
    Subject sj = null;
    if (cue.kind() == CueKind.PARTICIPLE) {
      for (int k = out.size() - 1; k >= 0; k--) {
        Candidate c = out.get(k);
        if (c.segment == st.segment && c.anchor >= toks.get(sentStart).start()
            && c.anchor < toks.get(ci).start()) {
          shares = c;
          break;
        }
      }
      subject = shares == null ? sentenceSubject(body, st, subordinateStart(toks, sentStart, ci)) : null;
      NameParser.Parsed own = participleSubject(body, toks, sentStart, ci);
      if (own != null) {
        shares = null;
        subject = own;
      }
    } else {
      sj = subjectOf(body, st, sentStart, ci);
      Subject owner = sj == null ? null : ownSourceOwner(body, st, sentStart, sj);
      if (owner != null) {
        sj = owner;
      }
      subject = sj == null ? openingDescription(body, toks, sentStart, ci) : sj.parsed;
    }
    int sentStartChar = toks.get(sentStart).start();
    int sentEndChar = toks.get(sentEnd - 1).end();
    if (clauseStart < 0 && ci - 2 > sentStart && toks.get(ci - 2).is(",") && subject != null
        && subject.kind() == NameParser.Kind.PRONOUN && ci + 2 < sentEnd && toks.get(ci + 1).is(",")
        && finiteClauseAt(toks, ci + 2, sentEnd)) {
      clauseStart = ci + 2; // 'In between, she testified, she was …': a parenthetical cue before its clause
    }
    if (clauseStart < 0) {
      // "<clause>, Oleh Kiper, Head of …, has said." — the clause is the sentence before the speaker
      if (sj != null && sj.chainStart - 1 > sentStart + 3 && toks.get(sj.chainStart - 1).is(",")
          && onlyAdjunctsAfter(toks, ci, sentEnd) && !anyQuoted(st, sentStart, ci)) {
        int s = sentStart;
        int e = sj.chainStart - 2;
        if (e > s) {
          out.add(new Candidate(Candidate.REPORTED, toks.get(s).start(), toks.get(e).end(), st.segment,
              sentStartChar, sentEndChar, toks.get(ci).lower(), subject, toks.get(ci).start(), false, null));
        }
      }
      return;
    }
    int k = clauseStart;
    while (k < sentEnd) {
      int[] clause = clauseEnd(st, k, sentEnd);
      int last = clause[0];
      while (last >= k && (toks.get(last).is(",") || toks.get(last).is("."))) {
        last--;
      }
      boolean prepositionalScrap = last - k + 1 <= 3 && Lexicon.PREPOSITIONS.contains(toks.get(k).lower());
      if (last - k + 1 >= 2 && !prepositionalScrap) { // (not 'said about Amman: "…"')
        out.add(new Candidate(Candidate.REPORTED, toks.get(k).start(), toks.get(last).end(), st.segment,
            sentStartChar, sentEndChar, toks.get(ci).lower(), subject, toks.get(ci).start(), false, shares));
        SegmentText.QSpan joined = joinedQuote(st, last, sentEnd);
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

  /**
   * 'Znak.com further reported its source said …': an outlet's own source speaks for the outlet, the subject of
   * the cue right before "its source". Null when the subject is not such a source or no cue precedes it.
   */
  private @Nullable Subject ownSourceOwner(String body, SegmentText st, int sentStart, Subject sj) {
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
    return outer > sentStart && strongCue(toks.get(outer)) ? subjectOf(body, st, sentStart, outer) : null;
  }

  /** 'did not say he'd ordered it', 'never claimed': a denied speech act reports nothing. */
  private static boolean negated(List<Tok> toks, int ci, int sentStart) {
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
  private static boolean relativeGap(List<Tok> toks, int ci, int sentStart) {
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

  /**
   * The clause is a quotation rather than reported speech: it opens with one or is mostly quoted words. A partial
   * quote inside it ('… with the help of "honourable people inside the kingdom"') stays in the reported span.
   */
  private static boolean mostlyQuoted(SegmentText st, int from, int to) {
    int quoted = 0;
    for (int i = from; i < to; i++) {
      quoted += st.quoted[i] ? 1 : 0;
    }
    return st.quoted[from] || TextUnits.isOpenQuote(st.toks.get(from).text()) || 2 * quoted > to - from;
  }

  private boolean anyQuoted(SegmentText st, int from, int to) {
    for (int i = from; i < to; i++) {
      if (st.quoted[i]) {
        return true;
      }
    }
    return false;
  }

  private boolean onlyAdjunctsAfter(List<Tok> toks, int ci, int sentEnd) {
    int k = ci + 1;
    if (k >= sentEnd || toks.get(k).is(".")) {
      return true;
    }
    String l = toks.get(k).lower();
    return Lexicon.ADJUNCT_STARTS.contains(l) || Lexicon.OBJECT_PRONOUNS.contains(l);
  }

  /** Token index where the content clause of the cue at {@code ci} starts, or -1 when it has none. */
  private int clauseStart(List<Tok> toks, int ci, int sentEnd, Cue cue) {
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
              && (startsLikeName(toks, m + 1) || Character.isDigit(toks.get(m + 1).text().charAt(0)))) {
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
  private static final Set<String> TIME_OR_PLACE = Set.of("in", "on", "at", "during", "last", "earlier", "this");

  private static boolean isAdjunctWord(Tok t) {
    return Lexicon.ADJUNCT_STARTS.contains(t.lower()) || MONTHS.contains(t.text());
  }

  /**
   * A clause starts at {@code k}: a subject-like word, then within a few words (before any comma) a finite verb
   * form — an auxiliary, or a past-tense "-ed" word that does not follow a determiner ('a reported death').
   */
  private boolean finiteClauseAt(List<Tok> toks, int k, int sentEnd) {
    Tok first = k < sentEnd ? toks.get(k) : null;
    if (first == null || FINITE.contains(first.lower()) || Lexicon.PREPOSITIONS.contains(first.lower())
        || !(first.is("this") || startsClause(first) || Character.isDigit(first.text().charAt(0)))) {
      return false;
    }
    int reach = k + 1 + SUBJECT_REACH;
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
      if (FINITE.contains(l) || IRREGULAR_PAST.contains(l)) {
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
  private static boolean presentTense(List<Tok> toks, int m, int sentEnd) {
    String l = toks.get(m).text();
    if (!toks.get(m).isLower() || l.length() < 4 || !l.endsWith("s") || l.endsWith("ss") || l.endsWith("us")
        || l.endsWith("is") || m + 1 >= sentEnd) {
      return false;
    }
    Tok next = toks.get(m + 1);
    return Lexicon.DETERMINERS.contains(next.lower()) || Character.isDigit(next.text().charAt(0));
  }

  /** For a comma opening ', which …,' or ', who …,', the index of the comma that closes it (within 15 words); else -1. */
  private static int relativeAsideEnd(List<Tok> toks, int comma, int sentEnd) {
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

  private boolean startsClause(Tok t) {
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
  private int[] clauseEnd(SegmentText st, int k, int sentEnd) {
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

  /**
   * Who wrote the document whose text is quoted after "read": 'Facebook released a statement which read, "…"' is
   * Facebook's; 'The decree signed by the Pope read "…"' is the Pope's. Null when no author is written (a sign).
   */
  private NameParser.@Nullable Parsed documentAuthor(String body, SegmentText st, int sentStart, int ci) {
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

  private static final Set<String> DOCUMENTS = Set.of("statement", "decree", "letter", "note", "message",
      "post", "release", "notice", "memo", "tweet", "document", "filing", "email", "communique", "communiqué");
  private static final Set<String> AUTHORING = Set.of("released", "issued", "published", "posted", "sent",
      "wrote", "signed", "tweeted", "written", "put");

  /** The closed quotation right after ', but' / ', and' that ends a reported clause at {@code last}, or null. */
  private static SegmentText.@Nullable QSpan joinedQuote(SegmentText st, int last, int sentEnd) {
    int j = last + 1;
    if (j + 2 >= sentEnd || !st.toks.get(j).is(",") || !(st.toks.get(j + 1).is("but") || st.toks.get(j + 1).is("and"))
        || !opensQuote(st, j + 2)) {
      return null;
    }
    SegmentText.QSpan q = st.spanAt(j + 2);
    return q.unclosed() ? null : q;
  }

  private static boolean covered(List<Candidate> out, SegmentText.QSpan q) {
    for (Candidate c : out) {
      if (c.start < q.contentEnd() && q.contentStart() < c.end) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensQuote(SegmentText st, int j) {
    SegmentText.QSpan q = st.quoted[j] ? st.spanAt(j) : null;
    return q != null && q.openTok() == j;
  }

  private static boolean isAdverb(String lower) {
    return lower.endsWith("ly") || lower.equals("further") || lower.equals("also") || lower.equals("later");
  }

  /** The comma closing a capitalised name of two to four words that follows the comma at {@code comma}, or -1. */
  private static int nameAppositionEnd(List<Tok> toks, int comma, int sentEnd) {
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

  /** The first comma in {@code [from, to)}, or -1. */
  private static int nextComma(List<Tok> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (toks.get(k).is(",")) {
        return k;
      }
    }
    return -1;
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

  /** Quantifiers that stand for other speakers ('and several said …'). */
  private static final Set<String> OTHERS = Set.of("several", "others", "many", "some", "most", "few", "one");

  private boolean strongCue(Tok t) {
    Cue c = lex.cue(t);
    return c != null && c.kind() != CueKind.WEAK && c.kind() != CueKind.PARTICIPLE;
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
        ? nameAppositionEnd(toks, npEnd, sentEnd) : -1;
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
          ? nextComma(toks, s, Math.min(sentEnd, s + 6)) : -1;
      if (adjunctEnd > 0) {
        s = adjunctEnd + 1; // '…, during the weekend, police were …': an adjunct before the clause
      }
      int asideEnd = s < sentEnd && (toks.get(s).is("quoting") || toks.get(s).is("citing"))
          ? nextComma(toks, s, Math.min(sentEnd, s + 16)) : -1;
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
        if (toks.get(k + 1).is(":") && k + 2 < sentEnd && opensQuote(st, k + 2)) {
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
    if (e - s + 1 >= 3 && !mostlyQuoted(st, s, e + 1)) {
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

  private List<Tok> trimAux(List<Tok> np) {
    int e = np.size();
    while (e > 0 && AUX.contains(np.get(e - 1).lower())) {
      e--;
    }
    return np.subList(0, e);
  }

  /** '"…," said Iryna Bondar, director of …' / 'said her son, Marek Wrona.' */
  private NameParser.@Nullable Parsed postposedSubject(String body, List<Tok> toks, int k) {
    int e = k;
    while (e < toks.size() && toks.get(e).isWord() && !Lexicon.ADJUNCT_STARTS.contains(toks.get(e).lower())
        && !NP_STOP.contains(toks.get(e).lower()) && !toks.get(e).is("per")) {
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
  private NameParser.@Nullable Parsed personEndingChain(String body, List<Tok> toks, int e) {
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
    while (j >= sentStart && (AUX.contains(toks.get(j).lower())
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

  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("to", "for", "at", "with");

  /** A person's full name (two words or more) opening the tokens {@code [lo, hi)}; null otherwise. */
  private @Nullable Subject leadingPerson(String body, List<Tok> toks, int lo, int hi) {
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
  private @Nullable Subject personBeforeOf(String body, List<Tok> toks, int npStart, int lo) {
    int of = npStart - 1;
    while (of > lo && of > npStart - 6 && !toks.get(of).is("of")) {
      Tok t = toks.get(of);
      if (!t.isWord() || !(t.isLower() || t.isCapitalised()) || NP_STOP.contains(t.lower())
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

  private static boolean isNameParticle(Tok t) {
    String l = t.text();
    return l.startsWith("el-") || l.startsWith("al-") || l.equals("bin") || l.equals("van") || l.equals("de");
  }

  private boolean startsLikeName(List<Tok> toks, int i) {
    return toks.get(i).isCapitalised() || Lexicon.DETERMINERS.contains(toks.get(i).lower());
  }

  private boolean isApposition(List<Tok> seg) {
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
      if (t.isWord() && t.isLower() && !NP_STOP.contains(l) && !Lexicon.PREPOSITIONS.contains(l)
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
  private boolean isPluralRole(String lower) {
    return lower.length() > 3 && lower.endsWith("s") && lex.isRoleNoun(lower.substring(0, lower.length() - 1))
        || UnnamedSourceSieve.UNNAMED.contains(lower) || UnnamedSourceSieve.INDEFINITE.contains(lower);
  }

  private boolean nextIsDescriptive(List<Tok> toks, int k, int j) {
    Tok n = toks.get(k + 1);
    return n.isLower() && (lex.isRoleNoun(n.lower()) || lex.isOrgWord(n.lower()) || k + 1 < j);
  }

  /**
   * 'A former fund manager accused of defrauding investors … told a jury …': a sentence that opens with an
   * article and a role noun within four words, when the subject before the cue is too long to walk back over.
   */
  private NameParser.@Nullable Parsed openingDescription(String body, List<Tok> toks, int sentStart, int ci) {
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

  private static boolean isWeekday(Tok t) {
    return switch (t.text()) {
      case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" -> true;
      default -> false;
    };
  }
}
