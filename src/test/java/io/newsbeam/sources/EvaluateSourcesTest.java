package io.newsbeam.sources;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/** Runs the evaluation on the dev split (tuning data; test is for reporting only) and checks the seed exactly. */
public class EvaluateSourcesTest {
  static final Path DEV = Path.of("testdata/sources-eval/dev/articles.jsonl");
  static final Path DEV_REAL = Path.of("testdata/sources-eval/dev/real.jsonl");

  @Test
  public void devScoresStayAboveTheBar() throws Exception {
    EvaluateSources.Scores s = EvaluateSources.evaluate(CitationExtractor.builtIn(), DEV, "dev", null);
    assertEquals(26, s.articles());
    assertEquals(136, s.gold());
    assertTrue("detection F1 " + s.detectionF1(), s.detectionF1() >= 0.95);
    assertTrue("canonicalization F1 " + s.canonicalF1(), s.canonicalF1() >= 0.95);
  }

  /** Real Wikinews articles: harder than the synthetic ones, held to the bar (0.90). */
  @Test
  public void devRealScoresStayAboveTheBar() throws Exception {
    EvaluateSources.Scores s = EvaluateSources.evaluate(CitationExtractor.builtIn(), DEV_REAL, "dev-real", null);
    assertEquals(40, s.articles());
    assertEquals(185, s.gold());
    assertTrue("detection F1 " + s.detectionF1(), s.detectionF1() >= 0.90);
    assertTrue("canonicalization F1 " + s.canonicalF1(), s.canonicalF1() >= 0.90);
  }

  @Test
  public void devIsEveryFileOfTheFolder() throws Exception {
    assertEquals(List.of("articles.jsonl", "real.jsonl"), EvaluateSources.files(DEV.getParent()).stream()
        .map(f -> f.getFileName().toString()).toList());
  }

  @Test
  public void seedInTheGoldSetIsExact() throws Exception {
    JsonNode seed = null;
    for (String line : Files.readAllLines(DEV, StandardCharsets.UTF_8)) {
      JsonNode a = new ObjectMapper().readTree(line);
      if (a.get("id").asText().startsWith("seed-")) {
        seed = a;
      }
    }
    EvaluateSources.Prepared prep = EvaluateSources.prepare(seed.get("id").asText(), seed.get("publisher").asText(),
        seed.get("text").asText());
    List<EvaluateSources.Item> predicted = EvaluateSources.predict(CitationExtractor.builtIn(), prep);
    List<EvaluateSources.Item> gold = EvaluateSources.goldItems(seed);
    assertEquals(3, predicted.size());
    for (int i = 0; i < 3; i++) {
      EvaluateSources.Item g = gold.get(i);
      EvaluateSources.Item p = predicted.get(i);
      assertEquals(List.of(g.start(), g.end(), g.surface(), g.source(), g.type(), g.kind(), g.qualifiers(),
              g.aliases(), String.valueOf(g.note())),
          List.of(p.start(), p.end(), p.surface(), p.source(), p.type(), p.kind(), p.qualifiers(), p.aliases(),
              String.valueOf(p.note())));
    }
  }
}
