package io.newsbeam.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** A generated corpus read back for tests: raw corpus lines, parsed truth lines, helpers. */
final class Corpus {
  static final ObjectMapper MAPPER = new ObjectMapper();

  final List<String> lines;
  final List<JsonNode> truth;

  private Corpus(List<String> lines, List<JsonNode> truth) {
    this.lines = lines;
    this.truth = truth;
  }

  static Corpus generate(GeneratorConfig cfg, Path dir) throws IOException {
    Path out = dir.resolve("corpus.jsonl.gz");
    Path truth = dir.resolve("truth.jsonl");
    GenerateCorpus.write(cfg, out, truth);
    return read(out, truth);
  }

  static Corpus read(Path out, Path truth) throws IOException {
    List<String> lines = readLines(out);
    List<JsonNode> t = new ArrayList<>();
    for (String l : readLines(truth)) {
      t.add(MAPPER.readTree(l));
    }
    return new Corpus(lines, t);
  }

  static List<String> readLines(Path p) throws IOException {
    InputStream in = Files.newInputStream(p);
    if (p.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        out.add(l);
      }
    }
    return out;
  }

  /** The parsed record on 1-based corpus line {@code line}. */
  JsonNode record(long line) throws IOException {
    return MAPPER.readTree(lines.get((int) line - 1));
  }

  List<JsonNode> truthOfKind(String kind) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode t : truth) {
      if (t.get("kind").asText().equals(kind)) {
        out.add(t);
      }
    }
    return out;
  }

  static Set<String> shingles(String text, int k) {
    String[] w = text.split("\\s+");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + k <= w.length; i++) {
      out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + k)));
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    int inter = 0;
    for (String s : a) {
      if (b.contains(s)) {
        inter++;
      }
    }
    int union = a.size() + b.size() - inter;
    return union == 0 ? 0 : inter / (double) union;
  }

  /** Token-level Levenshtein distance. */
  static int editDistance(String[] a, String[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int sub = prev[j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }

  static String[] tokens(String s) {
    String t = s.trim();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }
}
