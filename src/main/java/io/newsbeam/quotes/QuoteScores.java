package io.newsbeam.quotes;

import static io.newsbeam.eval.Rates.f1;
import static io.newsbeam.eval.Rates.ratio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The matching rule of testdata/quotes-eval/README.md: spans are compared as lower-cased word and punctuation
 * tokens; a prediction matches a gold quote when shared tokens / max(gold, predicted) ≥ 0.5 (one-to-one, greedy
 * by overlap); attribution is correct when matched and the speakers are equal after case and whitespace
 * normalisation (a null gold speaker only matches a null prediction). Accumulates over articles.
 */
public final class QuoteScores {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

  /** A gold or predicted quote. */
  public record Span(int start, int end, String text, String kind, @Nullable String speaker, List<String> hard) {}

  int gold;
  int predicted;
  int matched;
  int correct;
  int scareAsQuote;
  final Map<String, Integer> missedByKind = new TreeMap<>();
  final Map<String, Integer> spuriousByKind = new TreeMap<>();
  final Map<String, Integer> wrongSpeakerBySieve = new TreeMap<>();
  final Map<String, int[]> byHardTag = new TreeMap<>();
  final List<String> errors = new ArrayList<>();

  /** Scores one article; {@code sieves} holds attributed_by of each prediction (same order). */
  public void add(String articleId, List<Span> goldQuotes, List<Span> scare, List<Span> preds, List<String> sieves) {
    gold += goldQuotes.size();
    predicted += preds.size();
    List<double[]> pairs = new ArrayList<>();
    for (int g = 0; g < goldQuotes.size(); g++) {
      for (int p = 0; p < preds.size(); p++) {
        double o = overlap(goldQuotes.get(g).text(), preds.get(p).text());
        if (o >= 0.5) {
          pairs.add(new double[] {o, g, p});
        }
      }
    }
    pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
        : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
    int[] goldToPred = new int[goldQuotes.size()];
    int[] predToGold = new int[preds.size()];
    java.util.Arrays.fill(goldToPred, -1);
    java.util.Arrays.fill(predToGold, -1);
    for (double[] pr : pairs) {
      int g = (int) pr[1];
      int p = (int) pr[2];
      if (goldToPred[g] < 0 && predToGold[p] < 0) {
        goldToPred[g] = p;
        predToGold[p] = g;
      }
    }
    for (int g = 0; g < goldQuotes.size(); g++) {
      Span gs = goldQuotes.get(g);
      int p = goldToPred[g];
      boolean ok = false;
      if (p < 0) {
        missedByKind.merge(gs.kind(), 1, Integer::sum);
        errors.add(articleId + " MISSED " + gs.kind() + " [" + gs.speaker() + "] " + clip(gs.text()));
      } else {
        matched++;
        Span ps = preds.get(p);
        ok = sameSpeaker(gs.speaker(), ps.speaker());
        if (ok) {
          correct++;
        } else {
          wrongSpeakerBySieve.merge(sieves.get(p), 1, Integer::sum);
          errors.add(articleId + " SPEAKER " + gs.kind() + " gold=" + gs.speaker() + " pred=" + ps.speaker()
              + " by " + sieves.get(p) + " | " + clip(gs.text()));
        }
      }
      for (String tag : gs.hard()) {
        int[] c = byHardTag.computeIfAbsent(tag, k -> new int[3]);
        c[0]++;
        c[1] += p >= 0 ? 1 : 0;
        c[2] += ok ? 1 : 0;
      }
    }
    for (int p = 0; p < preds.size(); p++) {
      if (predToGold[p] >= 0) {
        continue;
      }
      Span ps = preds.get(p);
      boolean scareHit = false;
      for (Span s : scare) {
        if (overlap(s.text(), ps.text()) >= 0.5) {
          scareHit = true;
        }
      }
      if (scareHit) {
        scareAsQuote++;
      }
      spuriousByKind.merge(scareHit ? "scare_quote" : ps.kind(), 1, Integer::sum);
      errors.add(articleId + " SPURIOUS " + ps.kind() + " [" + ps.speaker() + "] " + clip(ps.text()));
    }
  }

  private static String clip(String s) {
    return s.length() > 90 ? s.substring(0, 90) + "…" : s;
  }

  static boolean sameSpeaker(@Nullable String gold, @Nullable String pred) {
    if (gold == null || pred == null) {
      return gold == null && pred == null;
    }
    return norm(gold).equals(norm(pred));
  }

  private static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static double overlap(String a, String b) {
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String t : ta) {
      counts.merge(t, 1, Integer::sum);
    }
    int shared = 0;
    for (String t : tb) {
      Integer c = counts.get(t);
      if (c != null && c > 0) {
        shared++;
        counts.put(t, c - 1);
      }
    }
    return shared / (double) Math.max(ta.size(), tb.size());
  }

  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  public double detectionPrecision() {
    return ratio(matched, predicted);
  }

  public double detectionRecall() {
    return ratio(matched, gold);
  }

  public double detectionF1() {
    return f1(detectionPrecision(), detectionRecall());
  }

  public double attributionPrecision() {
    return ratio(correct, predicted);
  }

  public double attributionRecall() {
    return ratio(correct, gold);
  }

  public double attributionF1() {
    return f1(attributionPrecision(), attributionRecall());
  }

  public int gold() {
    return gold;
  }

  public int predicted() {
    return predicted;
  }

  /** The report EvaluateQuotes prints for one split. */
  public String report(String split, boolean withErrors) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "== %s: %d gold quotes, %d predicted, %d matched%n", split, gold,
        predicted, matched));
    sb.append(String.format(Locale.ROOT, "detection    P=%.3f R=%.3f F1=%.3f%n", detectionPrecision(),
        detectionRecall(), detectionF1()));
    sb.append(String.format(Locale.ROOT, "attribution  P=%.3f R=%.3f F1=%.3f (accuracy on matched %.3f)%n",
        attributionPrecision(), attributionRecall(), attributionF1(), ratio(correct, matched)));
    sb.append("errors: missed by gold kind ").append(missedByKind).append("; spurious by kind ")
        .append(spuriousByKind).append("; scare quotes taken as quotes ").append(scareAsQuote)
        .append("; wrong speaker by sieve ").append(wrongSpeakerBySieve).append('\n');
    sb.append("hard-case tags (gold / detected / attributed):");
    byHardTag.forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v[0]).append('/').append(v[1])
        .append('/').append(v[2]));
    sb.append('\n');
    if (withErrors) {
      for (String e : errors) {
        sb.append("  ").append(e).append('\n');
      }
    }
    return sb.toString();
  }

  static boolean eq(Object a, Object b) {
    return Objects.equals(a, b);
  }
}
