package io.newsbeam.generate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.Test;

public class StoryComposerTest {
  private static List<Story> sample(int n, long seed) {
    StoryComposer composer = new StoryComposer(Lexicon.get());
    SplittableRandom rng = new SplittableRandom(seed);
    List<Story> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(composer.compose("s" + i, rng, StoryComposer.Constraints.NONE));
    }
    return out;
  }

  @Test
  public void distinctStoriesShareFewFiveWordShingles() {
    List<Story> stories = sample(80, 99);
    List<Set<String>> shingles = new ArrayList<>();
    for (Story s : stories) {
      shingles.add(Corpus.shingles(Rendition.render(s.paragraphs).maintext, 5));
    }
    double max = 0;
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < shingles.size(); i++) {
      for (int j = i + 1; j < shingles.size(); j++) {
        double jac = Corpus.jaccard(shingles.get(i), shingles.get(j));
        max = Math.max(max, jac);
        sum += jac;
        pairs++;
      }
    }
    assertTrue("max Jaccard " + max, max < 0.1);
    assertTrue("mean Jaccard " + sum / pairs, sum / pairs < 0.02);
  }

  @Test
  public void storiesHaveTheStatedShape() {
    Set<GoldQuote.Kind> kinds = EnumSet.noneOf(GoldQuote.Kind.class);
    int withSourceLine = 0;
    for (Story s : sample(200, 5)) {
      int words = s.wordCount();
      assertTrue("words " + words, words >= StoryComposer.MIN_WORDS && words <= StoryComposer.MAX_WORDS);
      assertTrue(s.paragraphs.size() >= 4 && s.paragraphs.size() <= 12);
      assertTrue(s.longQuote.wordCount() >= StoryComposer.LONG_QUOTE_WORDS);
      Rendition.Rendered r = Rendition.render(s.paragraphs);
      assertTrue(r.quotes.size() >= 2);
      for (GoldQuote q : r.quotes) {
        kinds.add(q.kind);
        assertEquals(q.text, r.maintext.substring(q.start, q.end));
      }
      if (r.maintext.contains("\nSource: ")) {
        withSourceLine++;
      }
      // narrative never says "said" or "according to" on its own: all of those are gold quotes/sources
      for (Para p : s.paragraphs) {
        for (Sentence sentence : p.sentences) {
          if (sentence.editable) {
            assertTrue(sentence.text, !sentence.text.contains(" said") && !sentence.text.contains("ccording to"));
            assertTrue(sentence.text, !sentence.text.contains("\"") && !sentence.text.contains("\u201c"));
          }
        }
      }
    }
    assertEquals(EnumSet.allOf(GoldQuote.Kind.class), kinds);
    assertTrue("source lines " + withSourceLine, withSourceLine > 80 && withSourceLine < 160);
  }
}
