package io.newsbeam.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A tiny random context-free grammar: rules are lists of alternatives, each alternative a sequence of
 * literals, rule references ({@code {name}}) and story slots ({@code {$slot}}). Alternatives are parsed once
 * into arrays so that expanding one sentence is a handful of appends; the generator expands tens of
 * millions of sentences per run.
 *
 * <p>File format: {@code [name]} starts a rule, each following non-blank line is one alternative, {@code ~}
 * is the empty alternative, {@code #} starts a comment line.
 */
final class Grammar {
  /** Slots a {@link Slots} implementation must fill; the order defines the ids used in compiled parts. */
  static final String[] SLOT_NAMES = {
    "city", "country", "place", "org", "org2", "tn", "te", "num", "bignum", "pct", "weekday", "month", "year",
    "name", "name2", "outlet", "agency"
  };

  /** Fills {@code {$slot}} references; implementations hold the story being written. */
  interface Slots {
    void append(int slotId, SplittableRandom rng, StringBuilder out);
  }

  // A compiled part is either a literal (String), a rule reference (Integer >= 0) or a slot (Integer < 0:
  // -1 - slotId). Kept as Object[] to avoid a class per part.
  private final Object[][][] rules;
  private final Map<String, Integer> ruleIds;

  private Grammar(Object[][][] rules, Map<String, Integer> ruleIds) {
    this.rules = rules;
    this.ruleIds = ruleIds;
  }

  static Grammar parse(List<String> lines) {
    Map<String, Integer> ids = new HashMap<>();
    List<String> names = new ArrayList<>();
    List<List<String>> bodies = new ArrayList<>();
    List<String> current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1);
        if (ids.containsKey(name)) {
          throw new IllegalArgumentException("duplicate rule [" + name + "]");
        }
        ids.put(name, names.size());
        names.add(name);
        current = new ArrayList<>();
        bodies.add(current);
      } else {
        if (current == null) {
          throw new IllegalArgumentException("alternative before any rule: " + line);
        }
        current.add(line.equals("~") ? "" : line);
      }
    }
    Object[][][] rules = new Object[names.size()][][];
    for (int r = 0; r < names.size(); r++) {
      List<String> alts = bodies.get(r);
      if (alts.isEmpty()) {
        throw new IllegalArgumentException("rule [" + names.get(r) + "] has no alternatives");
      }
      rules[r] = new Object[alts.size()][];
      for (int a = 0; a < alts.size(); a++) {
        rules[r][a] = compile(alts.get(a), ids, names.get(r));
      }
    }
    return new Grammar(rules, ids);
  }

  private static Object[] compile(String alt, Map<String, Integer> ids, String ruleName) {
    List<Object> parts = new ArrayList<>();
    int i = 0;
    while (i < alt.length()) {
      int open = alt.indexOf('{', i);
      if (open < 0) {
        parts.add(alt.substring(i));
        break;
      }
      if (open > i) {
        parts.add(alt.substring(i, open));
      }
      int close = alt.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed { in [" + ruleName + "]: " + alt);
      }
      String ref = alt.substring(open + 1, close);
      if (ref.startsWith("$")) {
        int slot = indexOf(SLOT_NAMES, ref.substring(1));
        if (slot < 0) {
          throw new IllegalArgumentException("unknown slot " + ref + " in [" + ruleName + "]");
        }
        parts.add(-1 - slot);
      } else {
        Integer id = ids.get(ref);
        if (id == null) {
          throw new IllegalArgumentException("unknown rule {" + ref + "} in [" + ruleName + "]");
        }
        parts.add(id);
      }
      i = close + 1;
    }
    return parts.toArray();
  }

  private static int indexOf(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  boolean hasRule(String name) {
    return ruleIds.containsKey(name);
  }

  int ruleId(String name) {
    Integer id = ruleIds.get(name);
    if (id == null) {
      throw new IllegalArgumentException("no rule [" + name + "]");
    }
    return id;
  }

  /** Expands a rule into a cleaned-up sentence: single spaces, no space before punctuation. */
  String sentence(int ruleId, Slots slots, SplittableRandom rng, boolean capitalize) {
    StringBuilder raw = new StringBuilder(160);
    expand(ruleId, slots, rng, raw, 0);
    return tidy(raw, capitalize);
  }

  void expand(int ruleId, Slots slots, SplittableRandom rng, StringBuilder out, int depth) {
    if (depth > 12) {
      throw new IllegalStateException("grammar recursion too deep");
    }
    Object[][] alts = rules[ruleId];
    Object[] parts = alts[alts.length == 1 ? 0 : rng.nextInt(alts.length)];
    for (Object part : parts) {
      if (part instanceof String) {
        out.append((String) part);
      } else {
        int id = (Integer) part;
        if (id >= 0) {
          expand(id, slots, rng, out, depth + 1);
        } else {
          slots.append(-1 - id, rng, out);
        }
      }
    }
  }

  /**
   * Collapses runs of spaces, drops spaces before , . ; : (and a comma left dangling before another mark by
   * an empty optional phrase), turns "a" into "an" before a, e, i, o, trims, and optionally upper-cases the
   * first letter. One pass over a char array: this runs for every generated sentence.
   */
  static String tidy(CharSequence raw, boolean capitalize) {
    int n = raw.length();
    char[] in = new char[n];
    for (int i = 0; i < n; i++) {
      in[i] = raw.charAt(i);
    }
    char[] out = new char[n + n / 4 + 4];
    int len = 0;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      if (c == ' ') {
        if (len == 0 || out[len - 1] == ' ') {
          continue;
        }
        out[len++] = c;
      } else if (c == ',' || c == '.' || c == ';' || c == ':') {
        if (len > 0 && out[len - 1] == ' ') {
          len--;
        }
        if (len > 0 && out[len - 1] == ',') {
          if (c == ',') {
            continue;
          }
          len--;
        }
        out[len++] = c;
      } else {
        if (len >= 2 && out[len - 1] == ' ' && (out[len - 2] == 'a' || out[len - 2] == 'A')
            && (len == 2 || out[len - 3] == ' ') && isArticleVowel(c)) {
          out[len - 1] = 'n';
          out[len++] = ' ';
        }
        out[len++] = c;
      }
    }
    while (len > 0 && out[len - 1] == ' ') {
      len--;
    }
    if (capitalize && len > 0) {
      out[0] = Character.toUpperCase(out[0]);
    }
    return new String(out, 0, len);
  }

  private static boolean isArticleVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'A' || c == 'E' || c == 'I' || c == 'O';
  }
}
