package io.newsbeam.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words of one paragraph with their char offsets, and the name runs built from them: a name run is a
 * sequence of capitalised words ({@code Ministry}, {@code LIGA.net}, {@code iStories}, {@code OPEC+}) joined only
 * by single spaces, which may contain up to two lower-case connectors ({@code of}, {@code the}, {@code for},
 * {@code and}, ...) between capitalised words ({@code Office of the President of Ukraine}).
 */
final class Tokens {
  /**
   * A word; initialisms keep their last dot ("U.S.", "U.K.") so that "U.S. embassy" and "U.S. Navy" stay one
   * name run, except before a word that starts a new sentence ("in the U.S. The ...").
   */
  private static final Pattern WORD = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}(?=\\s(?:\\p{Ll}|(?!(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|There"
          + "|His|Her|Its|Their|After|When|While|As)\\b)\\p{Lu}))|[\\p{L}\\p{N}]+(?:[.'\u2019\\-&/+][\\p{L}\\p{N}]+)*\\+?(?:['\u2019](?=\\s))?");
  static final Set<String> CONNECTORS = Set.of("of", "the", "for", "and", "de", "del", "la", "du", "des", "von",
      "van", "der", "y", "&");

  final String text;
  final int[] starts;
  final int[] ends;
  final int size;
  private final String[] words;
  private final String[] lowers;
  /** {@link #isCap} per token, computed once: the name rules ask it many times per token. */
  private final boolean[] caps;

  Tokens(String text) {
    this.text = text;
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    size = spans.size();
    starts = new int[size];
    ends = new int[size];
    words = new String[size];
    lowers = new String[size];
    caps = new boolean[size];
    for (int i = 0; i < size; i++) {
      starts[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
      words[i] = text.substring(starts[i], ends[i]);
      lowers[i] = words[i].toLowerCase(Locale.ROOT);
      caps[i] = capitalised(words[i]);
    }
  }

  String word(int i) {
    return words[i];
  }

  String lower(int i) {
    return lowers[i];
  }

  /** Index of the first token starting at or after char offset {@code pos}, or size. */
  int tokenAtOrAfter(int pos) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the last token ending at or before char offset {@code pos}, or -1. */
  int tokenEndingBefore(int pos) {
    int i = tokenAtOrAfter(pos) - 1;
    while (i >= 0 && ends[i] > pos) {
      i--;
    }
    return i;
  }

  /** True when only one plain space separates token i and token i + 1. */
  boolean adjacent(int i) {
    return i + 1 < size && starts[i + 1] == ends[i] + 1 && text.charAt(ends[i]) == ' ';
  }

  boolean isCap(int i) {
    return caps[i];
  }

  private static boolean capitalised(String w) {
    int c = w.codePointAt(0);
    if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
      return true;
    }
    if (Character.isDigit(c)) {
      return w.chars().anyMatch(Character::isUpperCase);
    }
    for (int k = 1; k < w.length(); k++) {
      if (Character.isUpperCase(w.charAt(k))) {
        return true; // iStories, eKathimerini
      }
    }
    return false;
  }

  boolean isPossessive(int i) {
    String w = word(i);
    return w.endsWith("'s") || w.endsWith("\u2019s");
  }

  boolean isConnector(int i) {
    return CONNECTORS.contains(lower(i));
  }

  /**
   * A number between capitalised words belongs to the name ("Lost 52 Project", "Channel 4 News") unless the word
   * before it is a date or function word ("March 5 Reuters reported").
   */
  private boolean numberInName(int k, int capBefore) {
    return words[k].chars().allMatch(Character::isDigit) && capBefore >= 0 && isCap(capBefore)
        && !NameFinder.FUNCTION_CAPS.contains(lowers[capBefore]);
  }

  /** The end token (inclusive) of the name run starting at capitalised token i, or -1. */
  int runForward(int i) {
    if (i >= size || !isCap(i) || isPossessive(i)) {
      return -1;
    }
    int end = i;
    while (true) {
      if (!adjacent(end)) {
        return end;
      }
      int next = end + 1;
      if (isCap(next)) {
        if (isPossessive(next)) {
          return end;
        }
        end = next;
        continue;
      }
      // up to two connectors followed by a capitalised word
      int k = next;
      int connectors = 0;
      while (k < size && connectors < 2 && (isConnector(k) || numberInName(k, end)) && adjacent(k)) {
        k++;
        connectors++;
      }
      if (connectors > 0 && k < size && isCap(k) && !isPossessive(k) && adjacent(k - 1)) {
        end = k;
        continue;
      }
      return end;
    }
  }

  /** The start token of the name run ending at capitalised token j, or -1. */
  int runBackward(int j) {
    if (j < 0 || !isCap(j) || isPossessive(j)) {
      return -1;
    }
    int start = j;
    while (start > 0) {
      int prev = start - 1;
      if (!adjacent(prev)) {
        return start;
      }
      if (isCap(prev)) {
        if (isPossessive(prev)) {
          return start;
        }
        start = prev;
        continue;
      }
      int k = prev;
      int connectors = 0;
      while (k >= 0 && connectors < 2 && (isConnector(k) || k > 0 && numberInName(k, k - 1))
          && (k == 0 || adjacent(k - 1))) {
        k--;
        connectors++;
      }
      if (connectors > 0 && k >= 0 && isCap(k) && !isPossessive(k) && adjacent(k)) {
        start = k;
        continue;
      }
      return start;
    }
    return start;
  }
}
