package io.newsbeam.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Evaluation command: runs {@link QuoteExtractor} over testdata/quotes-eval and prints precision, recall and F1
 * of quote detection and of speaker attribution, plus the errors by kind, for dev and test apart.
 *
 * <p>A split is every {@code *.jsonl} file in its folder. {@code articles.jsonl} holds the articles written for
 * the project ("synthetic"); any other file holds annotated real news ("real"). When a split has both, each part
 * is printed on its own ({@code dev-synthetic}, {@code dev-real}) before the whole split, because rules tuned on
 * the small synthetic set can look saturated there and still fail on real prose.
 *
 * <p>{@code --errors} lists every error, but never for the test split: the test split is for reporting only and
 * its per-quote errors must not steer the rules.
 *
 * <pre>java … io.newsbeam.quotes.EvaluateQuotes [--split dev|test|both] [--limit N] [--errors] [--dir DIR]</pre>
 */
public final class EvaluateQuotes {
  private EvaluateQuotes() {}

  public static void main(String[] args) throws IOException {
    String split = "both";
    int limit = Integer.MAX_VALUE;
    boolean errors = false;
    String dir = "testdata/quotes-eval";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--split" -> split = args[++i];
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--errors" -> errors = true;
        case "--dir" -> dir = args[++i];
        default -> {
          System.err.println("usage: EvaluateQuotes [--split dev|test|both] [--limit N] [--errors] [--dir DIR]");
          System.exit(2);
        }
      }
    }
    List<String> splits = split.equals("both") ? List.of("dev", "test") : List.of(split);
    for (String s : splits) {
      boolean showErrors = errors && !s.equals("test");
      if (errors && !showErrors) {
        System.out.println("(errors are not listed for test: it is for reporting only)");
      }
      Map<String, QuoteScores> parts = evaluateSplit(Path.of(dir, s), s, limit);
      for (Map.Entry<String, QuoteScores> part : parts.entrySet()) {
        // The whole split repeats its parts' errors, so they are listed once, under the part.
        boolean listErrors = showErrors && (parts.size() == 1 || !part.getKey().equals(s));
        System.out.print(part.getValue().report(part.getKey(), listErrors));
      }
    }
  }

  /**
   * Scores every gold file of one split folder: one entry per part ({@code <split>-synthetic} for
   * articles.jsonl, {@code <split>-real} for the other files) and, when there are several parts, the whole split
   * under its own name last. {@code limit} applies to each file.
   */
  public static Map<String, QuoteScores> evaluateSplit(Path splitDir, String split, int limit) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(splitDir)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
    Map<String, QuoteScores> out = new LinkedHashMap<>();
    QuoteScores whole = new QuoteScores();
    for (Path f : files) {
      String part = split + (f.getFileName().toString().equals("articles.jsonl") ? "-synthetic" : "-real");
      QuoteScores scores = out.computeIfAbsent(part, k -> new QuoteScores());
      evaluateInto(f, limit, List.of(scores, whole));
    }
    if (out.size() == 1) {
      return Map.of(split, whole);
    }
    out.put(split, whole);
    return out;
  }

  /** Scores the first {@code limit} articles of one gold file. */
  public static QuoteScores evaluate(Path jsonl, int limit) throws IOException {
    QuoteScores scores = new QuoteScores();
    evaluateInto(jsonl, limit, List.of(scores));
    return scores;
  }

  private static void evaluateInto(Path jsonl, int limit, List<QuoteScores> sinks) throws IOException {
    ObjectMapper json = new ObjectMapper();
    QuoteExtractor extractor = new QuoteExtractor(SpeakerAliases.builtIn());
    int n = 0;
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank() || n++ >= limit) {
        continue;
      }
      JsonNode a = json.readTree(line);
      String text = a.get("text").asText();
      List<QuoteScores.Span> gold = spans(a.get("quotes"));
      List<QuoteScores.Span> scare = a.has("scare_quotes") ? spans(a.get("scare_quotes")) : List.of();
      List<QuoteScores.Span> preds = new ArrayList<>();
      List<String> sieves = new ArrayList<>();
      for (QuoteExtractor.Found f : extractor.extractText(text).quotes()) {
        preds.add(new QuoteScores.Span(f.start(), f.end(), f.text(), f.kind(), f.speaker(), List.of()));
        sieves.add(f.attributedBy());
      }
      for (QuoteScores scores : sinks) {
        scores.add(a.get("id").asText(), gold, scare, preds, sieves);
      }
    }
  }

  private static List<QuoteScores.Span> spans(JsonNode arr) {
    List<QuoteScores.Span> out = new ArrayList<>();
    for (JsonNode q : arr) {
      List<String> hard = new ArrayList<>();
      if (q.has("hard")) {
        q.get("hard").forEach(h -> hard.add(h.asText()));
      }
      JsonNode sp = q.get("speaker");
      out.add(new QuoteScores.Span(q.get("start").asInt(), q.get("end").asInt(), q.get("text").asText(),
          q.has("kind") ? q.get("kind").asText() : "scare", sp == null || sp.isNull() ? null : sp.asText(), hard));
    }
    return out;
  }
}
