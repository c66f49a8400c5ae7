package io.newsbeam.generate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Checks each copy strength against its original, using only the corpus and the truth file. */
public class NearCopiesTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static Corpus corpus;

  @BeforeClass
  public static void generate() throws IOException {
    GeneratorConfig cfg = GeneratorConfig.of(600, 11).withNearDupShare(0.4).withHardNegativeShare(0.1);
    corpus = Corpus.generate(cfg, TMP.newFolder().toPath());
  }

  private static String original(JsonNode truth) throws IOException {
    return corpus.record(truth.get("copy_of").get("line").asLong()).get("maintext").asText();
  }

  /** The copy's maintext without its dateline prefix and trailer paragraph, as recorded in params. */
  private static String stripWire(JsonNode truth, String text) {
    String dateline = truth.get("params").get("dateline").asText() + " ";
    String trailer = "\n" + truth.get("params").get("trailer").asText();
    assertTrue(text.startsWith(dateline));
    assertTrue(text.endsWith(trailer));
    return text.substring(dateline.length(), text.length() - trailer.length());
  }

  @Test
  public void lightCopiesAddOnlyDatelineAndTrailer() throws IOException {
    List<JsonNode> copies = corpus.truthOfKind("near-light");
    assertEquals(60, copies.size());
    for (JsonNode t : copies) {
      JsonNode r = corpus.record(t.get("line").asLong());
      assertTrue(t.get("params").get("dateline").asText().matches("[A-Z .'-]+, [A-Z][a-z]+ \\d{1,2} \\(.+\\) -"));
      assertEquals(original(t), stripWire(t, r.get("maintext").asText()));
      assertEquals(corpus.record(t.get("copy_of").get("line").asLong()).get("title"), r.get("title"));
    }
  }

  @Test
  public void mediumAndHeavyCopiesEditTheStatedShareOfWords() throws IOException {
    // kind, edit rate
    Object[][] cases = {{"near-medium", 0.05}, {"near-heavy", 0.15}};
    for (Object[] c : cases) {
      List<JsonNode> copies = corpus.truthOfKind((String) c[0]);
      assertEquals(60, copies.size());
      for (JsonNode t : copies) {
        JsonNode p = t.get("params");
        assertEquals((double) c[1], p.get("edit_rate").asDouble(), 0);
        JsonNode r = corpus.record(t.get("line").asLong());
        String copy = stripWire(t, r.get("maintext").asText());
        List<String> origParas = new ArrayList<>(Arrays.asList(original(t).split("\n")));
        if (p.has("dropped_paragraph") && !p.get("dropped_paragraph").isNull()) {
          origParas.remove(p.get("dropped_paragraph").asInt());
        }
        String[] a = Corpus.tokens(String.join(" ", origParas));
        String[] b = Corpus.tokens(copy);
        int words = a.length;
        int edited = p.get("words_edited").asInt();
        int added = p.has("added_words") ? p.get("added_words").asInt() : 0;
        assertEquals(words, p.get("words_in").asInt());
        assertEquals("budget", Math.round((double) c[1] * words), edited);
        assertEquals(edited, p.get("typo_fixes").asInt() + p.get("synonym_swaps").asInt()
            + p.get("typos_introduced").asInt());
        assertEquals(words + added, b.length);
        int distance = Corpus.editDistance(a, b);
        assertTrue(c[0] + " line " + t.get("line") + ": distance " + distance + " edited " + edited,
            distance >= edited && distance <= edited + added);
        double rate = edited / (double) words;
        assertEquals((double) c[1], rate, 0.5 / words + 1e-9);
        // re-paragraphed: same words, different grouping
        if (added == 0) {
          assertFalse(c[0] + " line " + t.get("line") + " " + Arrays.toString(paragraphLengths(copy)),
              Arrays.equals(paragraphLengths(String.join("\n", origParas)), paragraphLengths(copy)));
        }
        assertNotEquals(corpus.record(t.get("copy_of").get("line").asLong()).get("title"), r.get("title"));
        // quotes survive untouched: every gold quote is still at its span
        for (JsonNode q : t.get("quotes")) {
          assertEquals(q.get("text").asText(),
              r.get("maintext").asText().substring(q.get("start").asInt(), q.get("end").asInt()));
        }
      }
    }
  }

  @Test
  public void heavyCopiesDropOrAddOneParagraph() {
    int dropped = 0;
    int added = 0;
    for (JsonNode t : corpus.truthOfKind("near-heavy")) {
      boolean d = !t.get("params").get("dropped_paragraph").isNull();
      boolean a = !t.get("params").get("added_paragraph").isNull();
      assertTrue(d ^ a);
      assertEquals(a, t.get("params").get("added_words").asInt() > 0);
      dropped += d ? 1 : 0;
      added += a ? 1 : 0;
    }
    assertTrue(dropped > 10 && added > 10);
  }

  @Test
  public void halfCopiesKeepTheFirstHalfToThreeFifthsOfParagraphs() throws IOException {
    List<JsonNode> copies = corpus.truthOfKind("near-half");
    assertEquals(60, copies.size());
    for (JsonNode t : copies) {
      String[] orig = original(t).split("\n");
      String[] copy = corpus.record(t.get("line").asLong()).get("maintext").asText().split("\n");
      double fraction = copy.length / (double) orig.length;
      assertTrue(fraction >= 0.5 && fraction <= 0.6);
      assertEquals(orig.length, t.get("params").get("paragraphs_in").asInt());
      assertEquals(copy.length, t.get("params").get("paragraphs_kept").asInt());
      assertEquals(Arrays.asList(orig).subList(0, copy.length), Arrays.asList(copy));
    }
  }

  @Test
  public void hardNegativesAreDifferentStoriesThatLookAlike() throws IOException {
    int sharedQuote = 0;
    for (JsonNode t : corpus.truthOfKind("hard-negative")) {
      JsonNode other = corpus.truth.get(t.get("negative_of").get("line").asInt() - 1);
      assertNotEquals(other.get("story_id"), t.get("story_id"));
      String text = corpus.record(t.get("line").asLong()).get("maintext").asText();
      String otherText = corpus.record(other.get("line").asLong()).get("maintext").asText();
      assertTrue(Corpus.jaccard(Corpus.shingles(text, 5), Corpus.shingles(otherText, 5)) < 0.1);
      if (t.get("params").get("variant").asText().equals("shared-quote")) {
        sharedQuote++;
        boolean found = false;
        for (JsonNode q : t.get("quotes")) {
          String quote = q.get("text").asText();
          if (quote.split(" ").length >= 25 && otherText.contains(quote)) {
            found = true;
            assertEquals(t.get("params").get("shared_quote_words").asInt(), quote.split(" ").length);
          }
        }
        assertTrue("line " + t.get("line") + " shares no long quote", found);
      } else {
        assertEquals(other.get("topic"), t.get("topic"));
        String day = corpus.record(t.get("line").asLong()).get("date_publish").asText().substring(0, 10);
        assertEquals(corpus.record(other.get("line").asLong()).get("date_publish").asText().substring(0, 10), day);
        assertEquals(t.get("params").get("day").asText(), day);
      }
    }
    assertEquals(30, sharedQuote);
  }

  private static int[] paragraphLengths(String text) {
    String[] ps = text.split("\n");
    int[] out = new int[ps.length];
    for (int i = 0; i < ps.length; i++) {
      out[i] = Corpus.tokens(ps[i]).length;
    }
    return out;
  }
}
