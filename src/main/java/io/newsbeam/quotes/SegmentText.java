package io.newsbeam.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One segment ready for the finders: its tokens, sentence starts, quotation spans (direct or partial) and which
 * tokens are inside quotation marks. Datelines ({@code WARSAW, Sept 10 (CPS) -}) and live-blog timestamps
 * ({@code 14:05 GMT —}) are skipped by {@link #contentTok}.
 */
final class SegmentText {
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu}\\p{M} .'\\-]+,(?: [\\p{L} .]+,)? \\p{Lu}\\p{Ll}+\\.? \\d{1,2} \\([^)]{1,40}\\) [-\u2013\u2014] "
          + "|\\d{1,2}[:.]\\d{2}(?: ?[A-Z]{2,5})? [-\u2013\u2014] )");

  /** A pair of quotation marks (close -1: unclosed, runs to the segment end) and the trimmed content. */
  record QSpan(int openTok, int closeTok, int contentStart, int contentEnd) {
    boolean unclosed() {
      return closeTok < 0;
    }
  }

  final Segment segment;
  final List<Tok> toks;
  final List<Integer> sentenceStarts;
  final List<QSpan> spans = new ArrayList<>();
  final boolean[] quoted;
  final int contentTok;

  SegmentText(String body, Segment segment) {
    this.segment = segment;
    this.toks = TextUnits.tokens(body, segment.start(), segment.end());
    this.sentenceStarts = TextUnits.sentenceStarts(toks);
    this.quoted = new boolean[toks.size()];
    Matcher m = DATELINE.matcher(body).region(segment.start(), segment.end());
    int ct = 0;
    if (m.lookingAt()) {
      while (ct < toks.size() && toks.get(ct).start() < m.end()) {
        ct++;
      }
    }
    this.contentTok = ct;
    findSpans(body);
  }

  private void findSpans(String body) {
    int open = -1;
    String openText = null;
    for (int i = 0; i < toks.size(); i++) {
      String t = toks.get(i).text();
      if (open < 0) {
        if (TextUnits.isOpenQuote(t) && (!t.equals("\"") || opensHere(body, i))) {
          open = i;
          openText = t;
        }
      } else if (closes(openText, t)) {
        add(body, open, i);
        open = -1;
      }
    }
    if (open >= 0) {
      add(body, open, -1);
    }
  }

  private boolean opensHere(String body, int i) {
    int at = toks.get(i).start();
    if (at + 1 >= segment.end() || Character.isWhitespace(body.charAt(at + 1))) {
      return false;
    }
    return at == segment.start() || !Character.isLetterOrDigit(body.charAt(at - 1));
  }

  private static boolean closes(String open, String t) {
    return switch (open) {
      case "\u201C" -> t.equals("\u201D") || t.equals("\"");
      case "\u00AB" -> t.equals("\u00BB");
      case "\u201E" -> t.equals("\u201C") || t.equals("\u201D");
      default -> t.equals("\"") || t.equals("\u201D");
    };
  }

  private void add(String body, int openTok, int closeTok) {
    int s = toks.get(openTok).end();
    int e = closeTok < 0 ? segment.end() : toks.get(closeTok).start();
    while (s < e && Character.isWhitespace(body.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || body.charAt(e - 1) == ',')) {
      e--;
    }
    int last = closeTok < 0 ? toks.size() - 1 : closeTok;
    for (int k = openTok; k <= last; k++) {
      quoted[k] = true;
    }
    if (e > s) {
      spans.add(new QSpan(openTok, closeTok, s, e));
    }
  }

  /** Index of the sentence start at or before token {@code i}. */
  int sentenceStartOf(int i) {
    int best = 0;
    for (int s : sentenceStarts) {
      if (s <= i) {
        best = s;
      }
    }
    return Math.max(best, best == 0 ? contentTok : best);
  }

  /** Exclusive end (token index) of the sentence holding token {@code i}. */
  int sentenceEndOf(int i) {
    for (int s : sentenceStarts) {
      if (s > i) {
        return s;
      }
    }
    return toks.size();
  }

  /** The quotation span whose marks enclose token {@code i}, or null. */
  QSpan spanAt(int i) {
    for (QSpan q : spans) {
      int last = q.unclosed() ? toks.size() - 1 : q.closeTok();
      if (i >= q.openTok() && i <= last) {
        return q;
      }
    }
    return null;
  }
}
