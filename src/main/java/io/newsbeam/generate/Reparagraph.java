package io.newsbeam.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Re-paragraphing for medium and heavy near-duplicates: the same sentences in the same order, grouped
 * differently. Each paragraph of 2+ sentences is split at a random sentence boundary with probability 0.35;
 * then each pair of neighbouring paragraphs is merged with probability 0.3 (at most 7 sentences). Source
 * lines are left alone. If nothing changed, the first pair of non-source paragraphs is merged, or failing that the
 * first paragraph of 2+ sentences is split in the middle, so the grouping always differs from the input's
 * (the lead has two sentences, so this is always possible).
 */
final class Reparagraph {
  private Reparagraph() {}

  static List<Para> apply(List<Para> in, SplittableRandom rng) {
    List<Para> split = new ArrayList<>();
    for (Para p : in) {
      int n = p.sentences.size();
      if (!p.sourceLine && n >= 2 && rng.nextInt(100) < 35) {
        int cut = 1 + rng.nextInt(n - 1);
        split.add(new Para(p.sentences.subList(0, cut), false));
        split.add(new Para(p.sentences.subList(cut, n), false));
      } else {
        split.add(p);
      }
    }
    List<Para> out = new ArrayList<>();
    for (Para p : split) {
      Para last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (mergeable(last, p) && rng.nextInt(100) < 30) {
        out.set(out.size() - 1, merge(last, p));
      } else {
        out.add(p);
      }
    }
    if (sameGrouping(in, out)) {
      for (int i = 0; i + 1 < out.size(); i++) {
        if (mergeable(out.get(i), out.get(i + 1)) || bothPlain(out.get(i), out.get(i + 1))) {
          out.set(i, merge(out.get(i), out.get(i + 1)));
          out.remove(i + 1);
          break;
        }
      }
    }
    if (sameGrouping(in, out)) {
      // nothing to merge (e.g. lead, source line, one paragraph): split the first splittable paragraph
      for (int i = 0; i < out.size(); i++) {
        Para p = out.get(i);
        if (!p.sourceLine && p.sentences.size() >= 2) {
          int cut = p.sentences.size() / 2;
          out.set(i, new Para(p.sentences.subList(0, cut), false));
          out.add(i + 1, new Para(p.sentences.subList(cut, p.sentences.size()), false));
          break;
        }
      }
    }
    return out;
  }

  private static boolean bothPlain(Para a, Para b) {
    return !a.sourceLine && !b.sourceLine;
  }

  private static boolean mergeable(Para a, Para b) {
    return a != null && bothPlain(a, b) && a.sentences.size() + b.sentences.size() <= 7;
  }

  private static Para merge(Para a, Para b) {
    List<Sentence> ss = new ArrayList<>(a.sentences);
    ss.addAll(b.sentences);
    return new Para(ss, false);
  }

  static boolean sameGrouping(List<Para> a, List<Para> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).sentences.size() != b.get(i).sentences.size()) {
        return false;
      }
    }
    return true;
  }
}
