package io.newsbeam.quotes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The evaluation command runs on a small subset and computes its numbers (the full run is on demand). */
public class EvaluateQuotesTest {
  @Test
  public void scoresASubsetOfDevAndTest() throws Exception {
    for (String split : new String[] {"dev", "test"}) {
      QuoteScores s = EvaluateQuotes.evaluate(Path.of("testdata/quotes-eval", split, "articles.jsonl"), 4);
      assertTrue(s.gold() > 0);
      assertTrue(s.predicted() > 0);
      assertTrue(s.detectionF1() > 0 && s.detectionF1() <= 1);
      assertTrue(s.attributionF1() > 0 && s.attributionF1() <= s.detectionF1() + 1e-9);
      String report = s.report(split, false);
      assertTrue(report, report.contains("detection    P=") && report.contains("attribution  P="));
    }
  }

  @Test
  public void devIsReportedAsSyntheticRealAndWhole() throws Exception {
    Map<String, QuoteScores> parts = EvaluateQuotes.evaluateSplit(Path.of("testdata/quotes-eval/dev"), "dev", 3);
    assertEquals(List.of("dev-synthetic", "dev-real", "dev"), List.copyOf(parts.keySet()));
    QuoteScores synthetic = parts.get("dev-synthetic");
    QuoteScores real = parts.get("dev-real");
    assertTrue(real.gold() > 0 && real.predicted() > 0);
    assertEquals(synthetic.gold() + real.gold(), parts.get("dev").gold());
    assertEquals(synthetic.predicted() + real.predicted(), parts.get("dev").predicted());
    // test has one part only: it is reported under its own name
    assertEquals(List.of("test"),
        List.copyOf(EvaluateQuotes.evaluateSplit(Path.of("testdata/quotes-eval/test"), "test", 1).keySet()));
  }

  @Test
  public void seedArticleOfDevIsPerfect() throws Exception {
    QuoteScores s = EvaluateQuotes.evaluate(Path.of("testdata/quotes-eval/dev/articles.jsonl"), 1);
    assertEquals(11, s.gold());
    assertEquals(1.0, s.detectionF1(), 1e-9);
    assertEquals(1.0, s.attributionF1(), 1e-9);
  }

  @Test
  public void overlapFollowsTheMatchingRule() {
    assertEquals(1.0, QuoteScores.overlap("It is difficult.", "it is difficult ."), 1e-9);
    assertEquals(0.8, QuoteScores.overlap("It is, difficult.", "it is difficult ."), 1e-9);
    assertEquals(0.5, QuoteScores.overlap("a b c d", "a b"), 1e-9);
    assertTrue(QuoteScores.sameSpeaker(" Dmitry  Peskov", "dmitry peskov"));
    assertTrue(QuoteScores.sameSpeaker(null, null));
    assertTrue(!QuoteScores.sameSpeaker(null, "X"));
  }
}
