package io.newsbeam.generate;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class GenerateCorpusTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
  private static final String[] FIELDS = {
    "title", "maintext", "date_publish", "url", "source_domain", "authors", "language", "description"
  };
  private static Corpus corpus;

  @BeforeClass
  public static void generate() throws IOException {
    corpus = Corpus.generate(GeneratorConfig.of(1000, 42), TMP.newFolder("default").toPath());
  }

  @Test
  public void sameArgumentsGiveIdenticalBytes() throws IOException {
    GeneratorConfig cfg = GeneratorConfig.of(300, 7);
    Path a = TMP.newFolder().toPath();
    Path b = TMP.newFolder().toPath();
    GenerateCorpus.write(cfg, a.resolve("c.jsonl.gz"), a.resolve("t.jsonl"));
    GenerateCorpus.write(cfg, b.resolve("c.jsonl.gz"), b.resolve("t.jsonl"));
    assertArrayEquals(Files.readAllBytes(a.resolve("c.jsonl.gz")), Files.readAllBytes(b.resolve("c.jsonl.gz")));
    assertArrayEquals(Files.readAllBytes(a.resolve("t.jsonl")), Files.readAllBytes(b.resolve("t.jsonl")));

    Path c = TMP.newFolder().toPath();
    GenerateCorpus.write(GeneratorConfig.of(300, 8), c.resolve("c.jsonl.gz"), c.resolve("t.jsonl"));
    assertFalse(java.util.Arrays.equals(
        Files.readAllBytes(a.resolve("c.jsonl.gz")), Files.readAllBytes(c.resolve("c.jsonl.gz"))));
  }

  @Test
  public void countsPerKindMatchShares() throws IOException {
    // {articles, exact, near, hard negative, malformed} -> expected counts per kind, worked out by hand
    Object[][] cases = {
      {GeneratorConfig.of(1000, 42), new int[] {810, 50, 25, 25, 25, 25, 30, 10}},
      {GeneratorConfig.of(203, 3).withExactDupShare(0.1).withNearDupShare(0.2).withHardNegativeShare(0.05)
          .withMalformedShare(0.02), new int[] {128, 20, 11, 10, 10, 10, 10, 4}},
      {GeneratorConfig.of(50, 1).withExactDupShare(0).withNearDupShare(0).withHardNegativeShare(0)
          .withMalformedShare(0), new int[] {50, 0, 0, 0, 0, 0, 0, 0}},
    };
    String[] kinds = {
      "original", "exact", "near-light", "near-medium", "near-heavy", "near-half", "hard-negative", "malformed"
    };
    for (Object[] c : cases) {
      GeneratorConfig cfg = (GeneratorConfig) c[0];
      Corpus k = cfg.articles == 1000 && cfg.seed == 42 ? corpus : Corpus.generate(cfg, TMP.newFolder().toPath());
      int[] expected = (int[]) c[1];
      assertEquals(cfg.articles, k.lines.size());
      assertEquals(cfg.articles, k.truth.size());
      for (int i = 0; i < kinds.length; i++) {
        assertEquals("articles=" + cfg.articles + " kind " + kinds[i], expected[i], k.truthOfKind(kinds[i]).size());
      }
    }
  }

  @Test
  public void variantsOfMalformedAndHardNegativesAreSplitEvenly() {
    Map<String, Integer> n = new HashMap<>();
    for (JsonNode t : corpus.truth) {
      if (t.get("params").has("variant")) {
        n.merge(t.get("params").get("variant").asText(), 1, Integer::sum);
      }
    }
    assertEquals(Integer.valueOf(15), n.get("shared-quote"));
    assertEquals(Integer.valueOf(15), n.get("same-topic-same-day"));
    assertEquals(Integer.valueOf(3), n.get("truncated-json"));
    assertEquals(Integer.valueOf(3), n.get("invalid-json"));
    assertEquals(Integer.valueOf(2), n.get("non-object"));
    assertEquals(Integer.valueOf(2), n.get("empty-maintext"));
  }

  @Test
  public void everyWellFormedLineParsesWithAllFieldsAndMalformedOnesAreBrokenAsTheTruthSays()
      throws IOException {
    for (int i = 0; i < corpus.lines.size(); i++) {
      JsonNode t = corpus.truth.get(i);
      String line = corpus.lines.get(i);
      String variant = t.path("params").path("variant").asText("");
      if (variant.equals("truncated-json") || variant.equals("invalid-json")) {
        try {
          Corpus.MAPPER.readTree(line);
          fail("line " + (i + 1) + " should not parse: " + line);
        } catch (JsonProcessingException expected) {
          // the point of the record
        }
        continue;
      }
      JsonNode r = Corpus.MAPPER.readTree(line);
      if (variant.equals("non-object")) {
        assertFalse("line " + (i + 1), r.isObject());
        continue;
      }
      assertTrue(r.isObject());
      for (String f : FIELDS) {
        assertTrue("line " + (i + 1) + " lacks " + f, r.has(f));
      }
      assertEquals(FIELDS.length, r.size());
      assertTrue(r.get("authors").isArray());
      assertEquals("en", r.get("language").asText());
      assertTrue(DATE.matcher(r.get("date_publish").asText()).matches());
      assertTrue(r.get("url").asText().startsWith("https://www." + r.get("source_domain").asText() + "/"));
      assertEquals(variant.equals("empty-maintext"), r.get("maintext").asText().isEmpty());
      if (!t.get("kind").asText().equals("malformed")) {
        assertFalse(r.get("title").asText().isEmpty());
        assertFalse(r.get("description").asText().isEmpty());
      }
    }
  }

  @Test
  public void truthMatchesCorpus() throws IOException {
    Set<String> urls = new HashSet<>();
    for (int i = 0; i < corpus.lines.size(); i++) {
      JsonNode t = corpus.truth.get(i);
      assertEquals(i + 1, t.get("line").asLong());
      assertTrue("urls are unique", urls.add(t.get("url").asText()));
      if (t.get("kind").asText().equals("malformed")) {
        assertTrue(t.get("story_id").isNull());
        continue;
      }
      JsonNode r = corpus.record(i + 1);
      assertEquals(r.get("url").asText(), t.get("url").asText());
      String text = r.get("maintext").asText();
      for (JsonNode q : t.get("quotes")) {
        assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
        assertTrue(text.contains(q.get("speaker").asText().split(" ")[1]));
      }
      for (JsonNode s : t.get("sources")) {
        assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
      }
      JsonNode copyOf = t.get("copy_of");
      boolean isCopy = t.get("kind").asText().startsWith("near") || t.get("kind").asText().equals("exact");
      assertEquals(isCopy, !copyOf.isNull());
      if (isCopy) {
        JsonNode original = corpus.truth.get(copyOf.get("line").asInt() - 1);
        JsonNode or = corpus.record(copyOf.get("line").asLong());
        assertEquals("original", original.get("kind").asText());
        assertEquals(original.get("story_id"), t.get("story_id"));
        assertEquals(original.get("url"), copyOf.get("url"));
        assertTrue(copyOf.get("line").asLong() < i + 1);
        assertNotEquals(or.get("source_domain"), r.get("source_domain"));
        assertTrue(r.get("date_publish").asText().compareTo(or.get("date_publish").asText()) > 0);
      } else {
        assertTrue(t.get("quotes").size() >= 2);
      }
      if (t.get("kind").asText().equals("exact")) {
        JsonNode or = corpus.record(copyOf.get("line").asLong());
        assertEquals(or.get("title"), r.get("title"));
        assertEquals(or.get("maintext"), r.get("maintext"));
        assertNotEquals(or.get("url"), r.get("url"));
        assertEquals(corpus.truth.get(copyOf.get("line").asInt() - 1).get("quotes"), t.get("quotes"));
      }
    }
  }

  @Test
  public void storyIdsAreSharedOnlyByCopies() {
    Map<String, String> firstKind = new HashMap<>();
    for (JsonNode t : corpus.truth) {
      if (t.get("story_id").isNull()) {
        continue;
      }
      String id = t.get("story_id").asText();
      String kind = t.get("kind").asText();
      String prev = firstKind.putIfAbsent(id, kind);
      if (prev != null) {
        assertTrue("story " + id + " repeated by a " + kind, kind.equals("exact") || kind.startsWith("near"));
        assertEquals("original", prev);
      } else {
        assertTrue(kind.equals("original") || kind.equals("hard-negative"));
      }
    }
  }

  @Test
  public void cliReturnsTwoOnBadArguments() throws IOException {
    Path dir = TMP.newFolder().toPath();
    String out = dir.resolve("c.jsonl.gz").toString();
    String truth = dir.resolve("t.jsonl").toString();
    String[][] bad = {
      {},
      {"--articles", "10", "--seed", "1", "--out", out},
      {"--articles", "ten", "--seed", "1", "--out", out, "--truth", truth},
      {"--articles", "10", "--seed", "1", "--out", out, "--truth", truth, "--bogus", "1"},
      {"--articles", "10", "--seed", "1", "--out", out, "--truth", truth, "--near-dup-share", "1.5"},
      {"--articles", "10", "--seed", "1", "--out", out, "--truth", truth, "--exact-dup-share", "0.5",
        "--near-dup-share", "0.5"},
      {"--articles", "-1", "--seed", "1", "--out", out, "--truth", truth},
      {"--articles", "10", "--seed"},
    };
    for (String[] args : bad) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = GenerateCorpus.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
      assertEquals(String.join(" ", args), 2, code);
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: GenerateCorpus"));
    }
    assertFalse(Files.exists(dir.resolve("c.jsonl.gz")));

    ByteArrayOutputStream help = new ByteArrayOutputStream();
    assertEquals(0, GenerateCorpus.run(new String[] {"--help"}, new PrintStream(help), System.err));
    assertTrue(help.toString(StandardCharsets.UTF_8).contains("usage: GenerateCorpus"));

    String[] good = {"--articles", "40", "--seed", "5", "--out", out, "--truth", truth, "--malformed-share", "0"};
    assertEquals(0, GenerateCorpus.run(good, new PrintStream(new ByteArrayOutputStream()), System.err));
    assertEquals(40, Corpus.readLines(dir.resolve("c.jsonl.gz")).size());
    assertEquals(40, Corpus.readLines(dir.resolve("t.jsonl")).size());
  }
}
