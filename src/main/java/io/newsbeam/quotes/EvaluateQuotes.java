package io.newsbeam.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluation command: runs {@link QuoteExtractor} over testdata/quotes-eval and prints precision, recall and F1
 * of quote detection and of speaker attribution, plus the errors by kind, for dev and test apart.
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
      QuoteScores scores = evaluate(Path.of(dir, s, "articles.jsonl"), limit);
      System.out.print(scores.report(s, errors));
    }
  }

  /** Scores the first {@code limit} articles of one gold file. */
  public static QuoteScores evaluate(Path jsonl, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    QuoteExtractor extractor = new QuoteExtractor(SpeakerAliases.builtIn());
    QuoteScores scores = new QuoteScores();
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
      scores.add(a.get("id").asText(), gold, scare, preds, sieves);
    }
    return scores;
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
