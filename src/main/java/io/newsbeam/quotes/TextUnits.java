package io.newsbeam.quotes;

import io.newsbeam.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Segments, tokens and sentences of an article body: plain, deterministic, no models. */
final class TextUnits {
  private TextUnits() {}

  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'\u2019.][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*|\\S");
  private static final Pattern LABEL = Pattern.compile("^(Source|Details|Quote|Background|Context|Update):[ \\t]?");
  private static final Pattern BULLET = Pattern.compile("^[-*\u2022] ");
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "no", "prof", "gen",
      "lt", "col", "sgt", "capt", "rev", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
      "oct", "nov", "dec", "inc", "ltd", "co", "corp", "u.s", "u.k", "e.g", "i.e", "approx", "est",
      "sen", "rep", "gov", "mt", "ft");

  /**
   * Segments of a pipeline article: the paragraphs, located in the body (joined by a blank line), each split
   * at single line breaks. When the paragraphs do not line up with the body, the body is split at blank lines.
   */
  static List<Segment> segments(String body, List<Paragraph> paragraphs) {
    List<int[]> spans = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int pos = 0;
    boolean aligned = !paragraphs.isEmpty();
    for (Paragraph p : paragraphs) {
      if (p.text.isEmpty()) {
        continue;
      }
      if (!body.startsWith(p.text, pos)) {
        aligned = false;
        break;
      }
      spans.add(new int[] {pos, pos + p.text.length()});
      labels.add(p.label);
      pos += p.text.length() + 2;
    }
    if (!aligned) {
      return segmentsOfText(body, false);
    }
    List<Segment> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      addLines(body, spans.get(i)[0], spans.get(i)[1], i, labels.get(i), false, out);
    }
    return out;
  }

  /**
   * Segments of a plain text whose paragraphs are separated by blank lines; with {@code inlineLabels} a
   * leading {@code Quote: } (etc.) is read as the paragraph's label and left out of the segment (the
   * evaluation gold keeps labels in its text).
   */
  static List<Segment> segmentsOfText(String text, boolean inlineLabels) {
    List<Segment> out = new ArrayList<>();
    int para = 0;
    int pos = 0;
    while (pos <= text.length()) {
      int next = text.indexOf("\n\n", pos);
      int end = next < 0 ? text.length() : next;
      String label = null;
      int start = pos;
      if (inlineLabels) {
        Matcher m = LABEL.matcher(text).region(pos, end);
        if (m.lookingAt()) {
          label = m.group(1);
          start = m.end();
        }
      }
      addLines(text, start, end, para++, label, inlineLabels, out);
      if (next < 0) {
        break;
      }
      pos = next + 2;
    }
    return out;
  }

  private static void addLines(String text, int start, int end, int para, @Nullable String label,
      boolean stripBullets, List<Segment> out) {
    int s = start;
    while (s <= end) {
      int nl = text.indexOf('\n', s);
      int e = nl < 0 || nl > end ? end : nl;
      int ls = s;
      Matcher b = BULLET.matcher(text).region(ls, e);
      if (b.lookingAt()) {
        ls = b.end();
      }
      while (ls < e && Character.isWhitespace(text.charAt(ls))) {
        ls++;
      }
      int le = e;
      while (le > ls && Character.isWhitespace(text.charAt(le - 1))) {
        le--;
      }
      if (le > ls) {
        out.add(new Segment(out.size(), para, label, ls, le));
      }
      if (e == end) {
        break;
      }
      s = e + 1;
    }
  }

  static List<Tok> tokens(String text, int start, int end) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text).region(start, end);
    while (m.find()) {
      out.add(new Tok(m.group(), m.start(), m.end()));
    }
    return out;
  }

  /**
   * Sentence starts (token indexes) of a segment's tokens: after {@code . ! ?} (and any closing quote marks)
   * when the next token opens a sentence (capital letter, digit, opening quote), unless the full stop ends
   * an abbreviation or an initial. Quoted text is not special: a quotation's sentences are sentences.
   */
  static List<Integer> sentenceStarts(List<Tok> toks) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < toks.size() - 1; i++) {
      String t = toks.get(i).text();
      if (!(t.equals(".") || t.equals("!") || t.equals("?"))) {
        continue;
      }
      if (isAbbreviationDot(toks, i)) {
        continue;
      }
      int j = i + 1;
      if (j < toks.size() && toks.get(j).is("]")) {
        j++; // an editor's '[.]' ends the sentence too
      }
      while (j < toks.size() && isCloseQuote(toks.get(j).text())
          && !(toks.get(j).is("\"") && toks.get(j).start() > toks.get(j - 1).end())) {
        j++;
      }
      if (j >= toks.size()) {
        break;
      }
      Tok next = toks.get(j);
      int cp = next.text().codePointAt(0);
      if (Character.isUpperCase(cp) || Character.isDigit(cp) || isOpenQuote(next.text())) {
        starts.add(j);
        i = j - 1;
      }
    }
    return starts;
  }

  /** The full stop at token {@code i} ends an abbreviation ("U.S.", "Dr.") or an initial, not a sentence. */
  static boolean isAbbreviationDot(List<Tok> toks, int i) {
    if (i <= 0 || !toks.get(i).is(".")) {
      return false;
    }
    Tok prev = toks.get(i - 1);
    return prev.end() == toks.get(i).start()
        && (ABBREVIATIONS.contains(prev.lower()) || (prev.text().length() == 1 && prev.isCapitalised()));
  }

  static boolean isOpenQuote(String t) {
    return t.equals("\"") || t.equals("\u201C") || t.equals("\u00AB") || t.equals("\u201E");
  }

  static boolean isCloseQuote(String t) {
    return t.equals("\"") || t.equals("\u201D") || t.equals("\u00BB") || t.equals("'") || t.equals("\u2019");
  }

  static boolean isQuoteMark(String t) {
    return isOpenQuote(t) || isCloseQuote(t) || t.equals("\u2018");
  }
}
