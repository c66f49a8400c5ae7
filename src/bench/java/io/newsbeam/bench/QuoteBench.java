package io.newsbeam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbeam.model.Paragraph;
import io.newsbeam.quotes.QuoteExtractor;
import io.newsbeam.quotes.SpeakerAliases;
import io.newsbeam.sources.CitationExtractor;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Articles per second of quote extraction and attribution, of citation extraction, and of both together
 * (one thread, so per core) over a news-please JSONL
 * corpus from GenerateCorpus: the maintext is split into paragraphs and joined the way the normalizer does;
 * parsing is not timed. Not a test: pipelines/bench/quotes.sh runs it.
 *
 * <pre>QuoteBench CORPUS.jsonl[.gz] [WARMUP_PASSES]</pre>
 */
public final class QuoteBench {
  private QuoteBench() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> bodies = new ArrayList<>();
    List<List<Paragraph>> paragraphs = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(Path.of(args[0]));
         InputStream in = args[0].endsWith(".gz") ? new GZIPInputStream(raw) : raw;
         BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n;
        try {
          n = json.readTree(line);
        } catch (Exception malformed) {
          continue;
        }
        if (n == null || !n.hasNonNull("maintext")) {
          continue;
        }
        List<Paragraph> ps = new ArrayList<>();
        for (String p : n.get("maintext").asText().split("\n")) {
          if (!p.isBlank()) {
            ps.add(Paragraph.plain(p.strip()));
          }
        }
        List<String> texts = new ArrayList<>();
        ps.forEach(p -> texts.add(p.text));
        bodies.add(String.join("\n\n", texts));
        paragraphs.add(ps);
      }
    }
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    QuoteExtractor quoteExtractor = new QuoteExtractor(SpeakerAliases.builtIn());
    CitationExtractor citationExtractor = CitationExtractor.builtIn();
    for (int w = 0; w < warmup; w++) {
      for (int i = 0; i < Math.min(bodies.size(), 20_000); i++) {
        quoteExtractor.extract(bodies.get(i), paragraphs.get(i), List.of());
        citationExtractor.extract("a" + i, "bench.example", bodies.get(i), paragraphs.get(i));
      }
    }
    // Each stage alone, then both in one loop the way the pipeline runs them on one article after the other.
    long quotes = 0;
    long start = System.nanoTime();
    for (int i = 0; i < bodies.size(); i++) {
      quotes += quoteExtractor.extract(bodies.get(i), paragraphs.get(i), List.of()).quotes().size();
    }
    report("quotes", bodies.size(), "quotes=" + quotes, start);
    long citations = 0;
    start = System.nanoTime();
    for (int i = 0; i < bodies.size(); i++) {
      citations += citationExtractor.extract("a" + i, "bench.example", bodies.get(i), paragraphs.get(i)).size();
    }
    report("citations", bodies.size(), "citations=" + citations, start);
    start = System.nanoTime();
    long both = 0;
    for (int i = 0; i < bodies.size(); i++) {
      both += quoteExtractor.extract(bodies.get(i), paragraphs.get(i), List.of()).quotes().size();
      both += citationExtractor.extract("a" + i, "bench.example", bodies.get(i), paragraphs.get(i)).size();
    }
    report("quotes+citations", bodies.size(), "rows=" + both, start);
  }

  private static void report(String stage, int articles, String rows, long startNanos) {
    double s = (System.nanoTime() - startNanos) / 1e9;
    System.out.printf(Locale.ROOT, "BENCH stage=%s articles=%d %s wall_s=%.2f articles_per_s_per_core=%.0f%n",
        stage, articles, rows, s, articles / s);
  }
}
