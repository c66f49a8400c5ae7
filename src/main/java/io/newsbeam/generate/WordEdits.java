package io.newsbeam.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Word-level edits for medium and heavy near-duplicates. The budget is E = round(rate * W), W being the
 * number of words (whitespace tokens) of the text handed in. Exactly E distinct tokens are changed (fewer
 * only if the text has fewer editable tokens), each into exactly one different token, so the token-level
 * edit distance between input and output is E and the token count is unchanged.
 *
 * <p>Only tokens of editable (narrative) sentences that are a lower-case word of 3+ letters with optional
 * surrounding punctuation are candidates — never quotes, citations, names, places or numbers. Priority: fix
 * a known misspelling (typos.txt), else swap a synonym (synonyms.txt), else introduce a typo by swapping two
 * adjacent inner letters. Within each class positions are drawn at random.
 */
final class WordEdits {
  final List<Para> paragraphs;
  final int budget;
  final int typoFixes;
  final int synonymSwaps;
  final int typosIntroduced;

  private WordEdits(List<Para> paragraphs, int budget, int typoFixes, int synonymSwaps, int typosIntroduced) {
    this.paragraphs = paragraphs;
    this.budget = budget;
    this.typoFixes = typoFixes;
    this.synonymSwaps = synonymSwaps;
    this.typosIntroduced = typosIntroduced;
  }

  int edited() {
    return typoFixes + synonymSwaps + typosIntroduced;
  }

  static WordEdits apply(List<Para> in, double rate, Lexicon lex, SplittableRandom rng) {
    int words = 0;
    for (Para p : in) {
      words += p.wordCount();
    }
    int budget = (int) Math.round(rate * words);
    // tokens[p][s] for editable sentences; candidates are (p, s, t) triples per class
    String[][][] tokens = new String[in.size()][][];
    List<int[]> fixes = new ArrayList<>();
    List<int[]> swaps = new ArrayList<>();
    List<int[]> typos = new ArrayList<>();
    Map<String, String> syn = lex.synonyms;
    for (int p = 0; p < in.size(); p++) {
      List<Sentence> ss = in.get(p).sentences;
      tokens[p] = new String[ss.size()][];
      for (int s = 0; s < ss.size(); s++) {
        if (!ss.get(s).editable) {
          continue;
        }
        String[] ts = ss.get(s).text.split(" ");
        tokens[p][s] = ts;
        for (int t = 0; t < ts.length; t++) {
          Token tok = Token.of(ts[t]);
          if (tok == null) {
            continue;
          }
          if (lex.typoFixes.containsKey(tok.core)) {
            fixes.add(new int[] {p, s, t});
          } else if (syn.containsKey(tok.core)) {
            swaps.add(new int[] {p, s, t});
          } else if (transposable(tok.core)) {
            typos.add(new int[] {p, s, t});
          }
        }
      }
    }
    shuffle(fixes, rng);
    shuffle(swaps, rng);
    shuffle(typos, rng);
    int left = budget;
    int nFix = Math.min(left, fixes.size());
    left -= nFix;
    int nSwap = Math.min(left, swaps.size());
    left -= nSwap;
    int nTypo = Math.min(left, typos.size());
    for (int i = 0; i < nFix; i++) {
      int[] at = fixes.get(i);
      Token tok = Token.of(tokens[at[0]][at[1]][at[2]]);
      tokens[at[0]][at[1]][at[2]] = tok.with(lex.typoFixes.get(tok.core));
    }
    for (int i = 0; i < nSwap; i++) {
      int[] at = swaps.get(i);
      Token tok = Token.of(tokens[at[0]][at[1]][at[2]]);
      tokens[at[0]][at[1]][at[2]] = tok.with(syn.get(tok.core));
    }
    for (int i = 0; i < nTypo; i++) {
      int[] at = typos.get(i);
      Token tok = Token.of(tokens[at[0]][at[1]][at[2]]);
      tokens[at[0]][at[1]][at[2]] = tok.with(transpose(tok.core, rng));
    }
    List<Para> out = new ArrayList<>(in.size());
    for (int p = 0; p < in.size(); p++) {
      List<Sentence> ss = in.get(p).sentences;
      List<Sentence> ns = new ArrayList<>(ss.size());
      for (int s = 0; s < ss.size(); s++) {
        ns.add(tokens[p][s] == null ? ss.get(s) : ss.get(s).withText(String.join(" ", tokens[p][s])));
      }
      out.add(new Para(ns, in.get(p).sourceLine));
    }
    return new WordEdits(out, budget, nFix, nSwap, nTypo);
  }

  private static boolean transposable(String w) {
    for (int i = 1; i + 2 < w.length(); i++) {
      if (w.charAt(i) != w.charAt(i + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Swaps two different adjacent letters, never the first or last one (readers still recognise the word). */
  private static String transpose(String w, SplittableRandom rng) {
    int options = 0;
    for (int i = 1; i + 2 < w.length(); i++) {
      if (w.charAt(i) != w.charAt(i + 1)) {
        options++;
      }
    }
    int k = rng.nextInt(options);
    for (int i = 1; i + 2 < w.length(); i++) {
      if (w.charAt(i) != w.charAt(i + 1) && k-- == 0) {
        char[] c = w.toCharArray();
        c[i] = w.charAt(i + 1);
        c[i + 1] = w.charAt(i);
        return new String(c);
      }
    }
    throw new IllegalStateException(w);
  }

  private static void shuffle(List<int[]> list, SplittableRandom rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int[] t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
