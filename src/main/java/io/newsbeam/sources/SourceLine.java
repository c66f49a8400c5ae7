package io.newsbeam.sources;

import io.newsbeam.model.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Parses the text of a {@code Source:} line into entries. The list is split on {@code ;} and {@code ,} outside
 * parentheses; a comma part that starts in lower case is a trailing description of the entry before it (its
 * note), not a new entry. Each entry is {@code [qualifiers] [type noun] Name [(alias)...] [note]}: {@code
 * Kremlin-aligned news agencies RIA Novosti} -> qualifier {@code Kremlin-aligned}, type news_agency. A plural type
 * noun ({@code agencies}, {@code channels}) shares its qualifiers and type with the bare entries after it, as long
 * as they are not known to be of another type. Persons ({@code Ihor Terekhov on Telegram}) and bare platforms
 * ({@code Telegram}) are speakers or channels of publication, not citations.
 */
final class SourceLine {
  private static final Set<String> PLURAL_TYPES = Set.of("agencies", "channels", "newspapers", "outlets",
      "broadcasters");

  private SourceLine() {}

  static List<Mention> parse(String text, Tokens t, NameFinder names, OutletAliases aliases,
      SourceLexicons lexicons) {
    List<int[]> entries = new ArrayList<>(); // {start, end, noteStart, noteEnd}
    for (int[] seg : split(text, 0, text.length(), ';')) {
      List<int[]> parts = split(text, seg[0], seg[1], ',');
      for (int k = 0; k < parts.size(); k++) {
        int[] part = trim(text, parts.get(k));
        if (part[0] >= part[1]) {
          continue;
        }
        int c = text.codePointAt(part[0]);
        boolean startsLower = Character.isLowerCase(c) && !aliases.knows(firstWord(text, part));
        if (startsLower && !entries.isEmpty() && k > 0) {
          int[] last = entries.get(entries.size() - 1);
          int[] note = trim(text, new int[] {part[0], seg[1]});
          entries.set(entries.size() - 1, new int[] {last[0], last[1], note[0], note[1]});
          break; // the note runs to the end of the ';' segment
        }
        for (int[] e : splitAnd(text, part, aliases)) {
          entries.add(new int[] {e[0], e[1], -1, -1});
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    List<String> sharedQualifiers = null;
    String sharedType = null;
    for (int[] e : entries) {
      Entry entry = entry(text, t, e[0], e[1], names, aliases, lexicons);
      if (entry == null) {
        sharedQualifiers = null;
        continue;
      }
      String note = entry.note;
      if (e[2] >= 0) {
        String trailing = text.substring(e[2], e[3]);
        note = note == null ? trailing : note + ", " + trailing;
      }
      Mention m = new Mention(entry.start, entry.end, "source_line", Citation.KIND_SOURCE_LINE, entry.qualifiers,
          entry.aliases, note, entry.type, false, CitationExtractor.P_SOURCE_LINE);
      if (entry.typed) {
        boolean plural = entry.pluralType;
        sharedQualifiers = plural ? entry.qualifiers : null;
        sharedType = plural ? entry.type : null;
      } else if (sharedQualifiers != null && entry.qualifiers.isEmpty()) {
        OutletAliases.Match match = aliases.lookup(text.substring(entry.start, entry.end));
        if (match == null || match.outlet().type().equals(sharedType)) {
          m = m.withShared(sharedQualifiers, sharedType);
        } else {
          sharedQualifiers = null;
        }
      } else {
        sharedQualifiers = null;
      }
      out.add(m);
    }
    return out;
  }

  private record Entry(int start, int end, List<String> qualifiers, List<String> aliases, @Nullable String note,
      @Nullable String type, boolean typed, boolean pluralType) {}

  private static @Nullable Entry entry(String text, Tokens t, int s, int e, NameFinder names, OutletAliases aliases,
      SourceLexicons lexicons) {
    // parenthesised aliases
    List<String> aliasTexts = new ArrayList<>();
    int coreEnd = e;
    int trailingStart = -1;
    int open = text.indexOf('(', s);
    if (open >= 0 && open < e) {
      coreEnd = open;
      int p = open;
      while (p >= 0 && p < e && text.charAt(p) == '(') {
        int close = text.indexOf(')', p);
        if (close < 0 || close >= e) {
          break;
        }
        aliasTexts.add(text.substring(p + 1, close).strip());
        p = close + 1;
        while (p < e && text.charAt(p) == ' ') {
          p++;
        }
        trailingStart = p < e ? p : -1;
      }
    }
    int first = t.tokenAtOrAfter(s);
    int last = t.tokenEndingBefore(coreEnd);
    if (first > last) {
      return null;
    }
    // "press service of the Ministry of ...": the body is the source, the channel a note ("Federation Council
    // press service" has the same note after the name)
    String leadNote = null;
    int afterLead = afterLeadingChannel(t, first, last);
    if (afterLead > first) {
      int of = t.lower(afterLead - 1).equals("the") ? afterLead - 2 : afterLead - 1;
      leadNote = text.substring(t.starts[first], t.ends[of - 1]);
      first = afterLead;
    }
    // the last type noun followed by a capitalised word
    int nameStart = first;
    String type = null;
    boolean typed = false;
    boolean plural = false;
    List<String> qualifiers = List.of();
    for (int j = first; j < last; j++) {
      int[] tn = names.typeNounEndingAt(t, j);
      if (tn != null && tn[0] >= first && t.adjacent(j) && t.isCap(j + 1)
          && !(j + 1 <= last && names.typeNounEndingAt(t, j + 1) != null && t.adjacent(j)
              && names.typeNounEndingAt(t, j + 1)[0] <= j)) {
        type = names.typeOf(t, tn[0], j);
        typed = true;
        plural = PLURAL_TYPES.contains(t.lower(j));
        nameStart = j + 1;
        int q = first;
        while (q < tn[0] && Set.of("the", "a", "an").contains(t.lower(q))) {
          q++;
        }
        qualifiers = q < tn[0] ? List.of(text.substring(t.starts[q], t.ends[tn[0] - 1])) : List.of();
      }
    }
    int nameEnd = nameEndToken(t, nameStart, last, type, aliases);
    if (nameEnd < nameStart) {
      return null;
    }
    String name = NameFinder.text(t, nameStart, nameEnd);
    if (!typed) {
      if (NameFinder.isPlatform(name)) {
        return null;
      }
      if (nameEnd > nameStart && lexicons.isGivenName(t.word(nameStart)) && !aliases.knows(name)) {
        return null; // a person: a speaker, not a citation
      }
      if (nameEnd > nameStart && NameFinder.DEMONYMS.contains(t.lower(nameStart)) && !aliases.knows(name)
          && (aliases.knows(NameFinder.text(t, nameStart + 1, nameEnd))
              || t.lower(nameStart + 1).equals("national"))) {
        qualifiers = List.of(t.word(nameStart));
        nameStart++;
      }
    }
    String note = null;
    if (nameEnd < last) {
      note = text.substring(t.starts[nameEnd + 1], t.ends[last]);
    }
    if (leadNote != null) {
      note = note == null ? leadNote : leadNote + ", " + note;
    }
    if (trailingStart >= 0) {
      String trailing = text.substring(trailingStart, e).strip();
      if (!trailing.isEmpty()) {
        note = note == null ? trailing : note + " " + trailing;
      }
    }
    return new Entry(t.starts[nameStart], t.ends[nameEnd], qualifiers, aliasTexts, note, type, typed, plural);
  }

  private static final Set<String> LEADING_CHANNELS = Set.of("press service", "press office", "press centre",
      "press center", "website", "official website", "statement", "press release", "report", "telegram channel");

  /**
   * The token after a leading "press service of (the)" / "website of" / "statement by" in front of the name, or
   * {@code first} when the entry does not open so.
   */
  private static int afterLeadingChannel(Tokens t, int first, int last) {
    for (int n = 1; n <= 2 && first + n < last; n++) {
      String head = n == 1 ? t.lower(first) : t.lower(first) + " " + t.lower(first + 1);
      String link = t.lower(first + n);
      if (LEADING_CHANNELS.contains(head) && (link.equals("of") || link.equals("by"))) {
        int k = first + n + 1;
        if (k < last && t.lower(k).equals("the")) {
          k++;
        }
        return k <= last && t.isCap(k) ? k : first;
      }
    }
    return first;
  }

  /**
   * The name's last token: the longest run of tokens that is in the alias table; else the capitalised run;
   * for social channels (names are often lower-case transliterations) everything up to a note word.
   */
  private static int nameEndToken(Tokens t, int start, int last, @Nullable String type, OutletAliases aliases) {
    if (start > last) {
      return -1;
    }
    for (int end = last; end >= start; end--) {
      if (aliases.knows(NameFinder.text(t, start, end))) {
        return end;
      }
    }
    if ("social_channel".equals(type)) {
      int end = start;
      while (end < last && t.adjacent(end) && !isNoteStarter(t.lower(end + 1))) {
        end++;
      }
      return end;
    }
    int run = t.runForward(start);
    return run < 0 ? start : Math.min(run, last);
  }

  private static final Set<String> NOTE_STARTERS = Set.of("on", "in", "via", "with", "from", "citing",
      "publishing", "press", "website", "post", "posts", "video", "statement", "report", "bill", "card",
      "conference", "release", "interview", "briefing", "page", "account");

  private static boolean isNoteStarter(String w) {
    return NOTE_STARTERS.contains(w);
  }

  /** "Reuters and AFP" -> two entries, unless the whole is one known name. */
  private static List<int[]> splitAnd(String text, int[] part, OutletAliases aliases) {
    String p = text.substring(part[0], part[1]);
    int and = p.indexOf(" and ");
    if (and < 0 || aliases.knows(p) || p.contains("(")) {
      return List.of(part);
    }
    String right = p.substring(and + 5);
    if (right.isEmpty() || !Character.isUpperCase(right.codePointAt(0))) {
      return List.of(part);
    }
    String left = p.substring(0, and);
    if (!aliases.knows(left) && !aliases.knows(right)) {
      return List.of(part);
    }
    return List.of(new int[] {part[0], part[0] + and}, new int[] {part[0] + and + 5, part[1]});
  }

  private static String firstWord(String text, int[] part) {
    int e = part[0];
    while (e < part[1] && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return text.substring(part[0], e).toLowerCase(Locale.ROOT);
  }

  /** Splits [from, to) at {@code sep} outside parentheses. */
  static List<int[]> split(String text, int from, int to, char sep) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == sep && depth == 0) {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    out.add(new int[] {start, to});
    return out;
  }

  static int[] trim(String text, int[] span) {
    int s = span[0];
    int e = span[1];
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
      e--;
    }
    return new int[] {s, e};
  }
}
