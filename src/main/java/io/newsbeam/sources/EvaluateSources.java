package io.newsbeam.sources;

import static io.newsbeam.eval.Rates.f1;
import static io.newsbeam.eval.Rates.ratio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbeam.model.Citation;
import io.newsbeam.model.Paragraph;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Scores {@link CitationExtractor} against the gold sets in {@code testdata/sources-eval/} and prints precision,
 * recall and F1 of citation detection and of canonicalization, per split.
 *
 * <pre>
 * java ... io.newsbeam.sources.EvaluateSources [--split dev|test|holdout|both|all] [--dir testdata/sources-eval]
 *     [--verbose]
 * </pre>
 *
 * A split is every {@code *.jsonl} file in its folder: {@code articles.jsonl} (written for the project) and, in
 * dev, {@code real.jsonl} (real Wikinews articles). When a split has more than one file, each is printed on its
 * own ({@code dev-synthetic}, {@code dev-real}) and then all together ({@code dev}).
 *
 * <p>{@code both} is dev and test; {@code all} adds {@code holdout} (a second held-out set, written later by a
 * separate annotator; see the gold README). {@code --verbose} lists every error, but only for dev: test and holdout
 * are for reporting only (as {@code EvaluateQuotes --errors}).
 *
 * Matching (as the gold README says): a predicted and a gold citation match when their token overlap is at
 * least 0.5 (shared tokens / the longer span's tokens), one-to-one, greedily by overlap. A match is also
 * source-correct when the canonical names are equal (case- and white-space-insensitive). Exit code 0; 2 on bad
 * arguments.
 */
public final class EvaluateSources {
  private static final Pattern LABEL = Pattern.compile("^(Source|Sources|Details|Quote|Background|Context|Update):\\s*(.*)$",
      Pattern.DOTALL);
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

  private EvaluateSources() {}

  /** Counts of one split. */
  public record Scores(String split, int articles, int gold, int predicted, int matched, int sourceCorrect,
      int typeCorrect, int kindCorrect, int qualifiersCorrect, int aliasesCorrect, int noteCorrect) {
    /** Both sets of counts as one split. */
    Scores plus(Scores o, String name) {
      return new Scores(name, articles + o.articles, gold + o.gold, predicted + o.predicted, matched + o.matched,
          sourceCorrect + o.sourceCorrect, typeCorrect + o.typeCorrect, kindCorrect + o.kindCorrect,
          qualifiersCorrect + o.qualifiersCorrect, aliasesCorrect + o.aliasesCorrect, noteCorrect + o.noteCorrect);
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

    public double canonicalPrecision() {
      return ratio(sourceCorrect, predicted);
    }

    public double canonicalRecall() {
      return ratio(sourceCorrect, gold);
    }

    public double canonicalF1() {
      return f1(canonicalPrecision(), canonicalRecall());
    }

    String format() {
      return String.format(Locale.ROOT,
          "%-5s articles=%d gold=%d predicted=%d matched=%d%n"
              + "  detection        P=%.3f R=%.3f F1=%.3f%n"
              + "  canonicalization P=%.3f R=%.3f F1=%.3f  (source correct: %d)%n"
              + "  over matched: source_type %.3f, kind %.3f, qualifiers %.3f, aliases %.3f, note %.3f",
          split, articles, gold, predicted, matched, detectionPrecision(), detectionRecall(), detectionF1(),
          canonicalPrecision(), canonicalRecall(), canonicalF1(), sourceCorrect, ratio(typeCorrect, matched),
          ratio(kindCorrect, matched), ratio(qualifiersCorrect, matched), ratio(aliasesCorrect, matched),
          ratio(noteCorrect, matched));
    }
  }

  /** A gold or predicted citation in gold-text code points. */
  record Item(int start, int end, String surface, String source, String type, String kind, List<String> qualifiers,
      List<String> aliases, @Nullable String note, String rule) {}

  /** One gold article turned into the extractor's input: body, paragraphs, and body -> gold offsets. */
  record Prepared(String id, String publisher, String text, String body, List<Paragraph> paragraphs,
      int[] bodyToText) {}

  public static void main(String[] args) throws IOException {
    String split = "both";
    Path dir = Path.of("testdata/sources-eval");
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.startsWith("--split=")) {
        split = a.substring(8);
      } else if (a.equals("--split") && i + 1 < args.length) {
        split = args[++i];
      } else if (a.startsWith("--dir=")) {
        dir = Path.of(a.substring(6));
      } else if (a.equals("--verbose")) {
        verbose = true;
      } else {
        System.err.println("usage: EvaluateSources [--split dev|test|holdout|both|all] [--dir DIR] [--verbose]");
        System.exit(2);
      }
    }
    if (!List.of("dev", "test", "holdout", "both", "all").contains(split)) {
      System.err.println("--split must be dev, test, holdout, both or all, not " + split);
      System.exit(2);
    }
    CitationExtractor extractor = CitationExtractor.builtIn();
    List<String> splits = switch (split) {
      case "both" -> List.of("dev", "test");
      case "all" -> List.of("dev", "test", "holdout");
      default -> List.of(split);
    };
    for (String s : splits) {
      boolean listErrors = verbose && s.equals("dev");
      if (verbose && !listErrors) {
        System.out.println("(errors are not listed for " + s + ": it is for reporting only)");
      }
      List<Path> files = files(dir.resolve(s));
      Scores all = null;
      for (Path file : files) {
        String name = files.size() == 1 ? s : s + "-" + partName(file);
        // only for dev: the held-out splits' per-citation errors must not steer the rules
        Scores scores = evaluate(extractor, file, name, listErrors ? System.out : null);
        if (files.size() > 1) {
          System.out.println(scores.format());
        }
        all = all == null ? scores.plus(new Scores(s, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), s) : all.plus(scores, s);
      }
      if (all != null) {
        System.out.println(all.format());
      }
    }
  }

  /** The gold files of a split folder, {@code articles.jsonl} first, then the others by name. */
  public static List<Path> files(Path splitDir) throws IOException {
    try (var stream = Files.list(splitDir)) {
      return stream.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
          .sorted(Comparator.comparing((Path f) -> !f.getFileName().toString().equals("articles.jsonl"))
              .thenComparing(f -> f.getFileName().toString()))
          .toList();
    }
  }

  /** {@code articles.jsonl} -> synthetic (written for the project), {@code real.jsonl} -> real. */
  static String partName(Path file) {
    String n = file.getFileName().toString().replaceFirst("\\.jsonl$", "");
    return n.equals("articles") ? "synthetic" : n;
  }

  public static Scores evaluate(CitationExtractor extractor, Path jsonl, String split, @Nullable PrintStream log)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    int articles = 0;
    int gold = 0;
    int predicted = 0;
    int matched = 0;
    int source = 0;
    int type = 0;
    int kind = 0;
    int qualifiers = 0;
    int aliases = 0;
    int note = 0;
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode a = json.readTree(line);
      articles++;
      Prepared prep = prepare(a.get("id").asText(), a.get("publisher").asText(), a.get("text").asText());
      List<Item> g = goldItems(a);
      List<Item> p = predict(extractor, prep);
      gold += g.size();
      predicted += p.size();
      int[][] pairs = match(prep.text, g, p);
      boolean[] goldHit = new boolean[g.size()];
      boolean[] predHit = new boolean[p.size()];
      for (int[] pair : pairs) {
        Item gi = g.get(pair[0]);
        Item pi = p.get(pair[1]);
        goldHit[pair[0]] = true;
        predHit[pair[1]] = true;
        matched++;
        boolean sourceOk = norm(gi.source).equals(norm(pi.source));
        source += sourceOk ? 1 : 0;
        type += gi.type.equals(pi.type) ? 1 : 0;
        kind += gi.kind.equals(pi.kind) ? 1 : 0;
        qualifiers += gi.qualifiers.equals(pi.qualifiers) ? 1 : 0;
        aliases += gi.aliases.equals(pi.aliases) ? 1 : 0;
        note += Objects.equals(gi.note, pi.note) ? 1 : 0;
        if (log != null && !sourceOk) {
          log.println(prep.id + "  WRONG SOURCE  '" + pi.surface + "' -> " + pi.source + "  (gold " + gi.source + ")");
        }
      }
      if (log != null) {
        for (int i = 0; i < g.size(); i++) {
          if (!goldHit[i]) {
            log.println(prep.id + "  MISSED  '" + g.get(i).surface + "' [" + g.get(i).start + "]");
          }
        }
        for (int i = 0; i < p.size(); i++) {
          if (!predHit[i]) {
            log.println(prep.id + "  EXTRA   '" + p.get(i).surface + "' [" + p.get(i).start + "] -> " + p.get(i).source
                + " (" + p.get(i).rule + ")");
          }
        }
      }
    }
    return new Scores(split, articles, gold, predicted, matched, source, type, kind, qualifiers, aliases, note);
  }

  static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static List<Item> goldItems(JsonNode a) {
    List<Item> out = new ArrayList<>();
    for (JsonNode c : a.get("citations")) {
      out.add(new Item(c.get("start").asInt(), c.get("end").asInt(), c.get("surface").asText(),
          c.get("source").asText(), c.get("source_type").asText(), c.get("kind").asText(), strings(c.get("qualifiers")),
          strings(c.get("aliases")), c.get("note") == null || c.get("note").isNull() ? null : c.get("note").asText(),
          "gold"));
    }
    return out;
  }

  private static List<String> strings(@Nullable JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) {
      n.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  /**
   * The gold text as the reader would give it: blocks separated by blank lines; {@code Label: text} lines are
   * labelled paragraphs (label not in the body); {@code - } lines are bullets taking the label before them.
   */
  public static Prepared prepare(String id, String publisher, String text) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Integer> textOffsets = new ArrayList<>();
    int pos = 0;
    for (String line : text.split("\n", -1)) {
      int lineStart = pos;
      pos += line.length() + 1;
      if (line.isBlank()) {
        continue;
      }
      String label = null;
      String body = line;
      int offset = lineStart;
      boolean bullet = false;
      Matcher m = LABEL.matcher(line);
      if (m.matches()) {
        label = m.group(1);
        body = m.group(2);
        offset = lineStart + m.start(2);
      } else if (line.startsWith("- ")) {
        bullet = true;
        body = line.substring(2);
        offset = lineStart + 2;
        label = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1).label;
      }
      paragraphs.add(new Paragraph(label, bullet, body));
      textOffsets.add(offset);
    }
    StringBuilder body = new StringBuilder();
    List<Integer> map = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      if (p.text.isEmpty()) {
        continue;
      }
      if (body.length() > 0) {
        body.append("\n\n");
        map.add(-1);
        map.add(-1);
      }
      for (int k = 0; k < p.text.length(); k++) {
        map.add(textOffsets.get(i) + k);
      }
      body.append(p.text);
    }
    map.add(text.length());
    return new Prepared(id, publisher, text, body.toString(), paragraphs,
        map.stream().mapToInt(Integer::intValue).toArray());
  }

  static List<Item> predict(CitationExtractor extractor, Prepared prep) {
    List<Item> out = new ArrayList<>();
    for (Citation c : extractor.extract(prep.id, prep.publisher, prep.body, prep.paragraphs)) {
      int startChar = prep.body.offsetByCodePoints(0, c.start);
      int endChar = prep.body.offsetByCodePoints(startChar, c.end - c.start);
      int ts = prep.bodyToText[startChar];
      int te = prep.bodyToText[endChar - 1] + 1;
      int start = prep.text.codePointCount(0, ts);
      int end = start + prep.text.codePointCount(ts, te);
      String kind = c.citationKind;
      out.add(new Item(start, end, c.sourceSurface, c.source, c.sourceType, kind, c.qualifiers, c.aliases, c.note,
          c.rule));
    }
    return out;
  }

  /** Greedy one-to-one matching by token overlap >= 0.5; returns {gold index, predicted index} pairs. */
  static int[][] match(String text, List<Item> gold, List<Item> pred) {
    List<int[]> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      int s = text.codePointCount(0, m.start());
      tokens.add(new int[] {s, s + text.codePointCount(m.start(), m.end())});
    }
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < pred.size(); j++) {
        double o = overlap(tokens, gold.get(i), pred.get(j));
        if (o >= 0.5) {
          candidates.add(new double[] {o, i, j});
        }
      }
    }
    candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]).thenComparingDouble(c -> c[1])
        .thenComparingDouble(c -> c[2]));
    boolean[] g = new boolean[gold.size()];
    boolean[] p = new boolean[pred.size()];
    List<int[]> pairs = new ArrayList<>();
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!g[i] && !p[j]) {
        g[i] = true;
        p[j] = true;
        pairs.add(new int[] {i, j});
      }
    }
    return pairs.toArray(new int[0][]);
  }

  private static double overlap(List<int[]> tokens, Item a, Item b) {
    int na = 0;
    int nb = 0;
    int shared = 0;
    for (int[] t : tokens) {
      boolean inA = t[0] >= a.start && t[1] <= a.end;
      boolean inB = t[0] >= b.start && t[1] <= b.end;
      na += inA ? 1 : 0;
      nb += inB ? 1 : 0;
      shared += inA && inB ? 1 : 0;
    }
    int max = Math.max(na, nb);
    return max == 0 ? 0 : (double) shared / max;
  }
}
