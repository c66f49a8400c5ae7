package io.newsbeam.normalize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import io.newsbeam.model.Article;
import io.newsbeam.model.Paragraph;
import io.newsbeam.model.Provenance;
import io.newsbeam.model.RawArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

public class ArticleNormalizerTest {
  private static ArticleNormalizer normalizer;

  @BeforeClass
  public static void build() {
    normalizer = new ArticleNormalizer(NormalizeConfig.defaults());
  }

  @Test
  public void seed000() {
    Article a = normalizer.normalize(SeedArticles.seed000());
    assertEquals(SeedArticles.TITLE, a.title);
    assertEquals("Ukrainska Pravda", a.publisher);
    assertNull(a.publishDate);
    assertNull(a.publishedAtMillis);
    assertNull(a.dateRaw);
    assertEquals("en", a.language);
    assertEquals(List.of(new Provenance(SeedArticles.FILE_000, 0, 0)), a.records);
    assertFalse("trailer must not be in the body", a.body.contains("Patreon"));
    // Layout kept: the label-only "Background" paragraph stays, the trailer goes.
    List<Paragraph> expected = new ArrayList<>(SeedArticles.seed000().paragraphs);
    expected.remove(expected.size() - 1);
    assertEquals(expected, a.paragraphs);
  }

  @Test
  public void seed001() {
    Article a = normalizer.normalize(SeedArticles.seed001());
    assertNull(a.title);
    assertNull(a.publisher);
    assertEquals(Integer.valueOf((int) LocalDate.of(2025, 5, 16).toEpochDay()), a.publishDate);
    assertNull("a date without time has no instant", a.publishedAtMillis);
    assertEquals("2025-05-16", a.dateRaw);
    assertEquals(SeedArticles.seed001().paragraphs, a.paragraphs);
  }

  @Test
  public void seedsAreTheSameArticle() {
    Article a = normalizer.normalize(SeedArticles.seed000());
    Article b = normalizer.normalize(SeedArticles.seed001());
    assertEquals(a.articleId, b.articleId);
    assertEquals(a.body, b.body);
    assertEquals(a.wordCount, b.wordCount);
    List<String> texts = new ArrayList<>();
    SeedArticles.labelledPart().forEach(p -> texts.add(p.text));
    texts.addAll(SeedArticles.BACKGROUND);
    assertEquals("body keeps original typography, no labels", String.join("\n\n", texts), a.body);
    assertEquals(WordCount.of(a.body), a.wordCount);
  }

  @Test
  public void cleansMetadata() {
    RawArticle raw = new RawArticle(new Provenance("f.jsonl", 7, 120), "jsonl", "windows-1251",
        "  Kremlin\u00A0says  \n", "   ", List.of(Paragraph.plain("  Talks   resume on Monday.  "),
            Paragraph.plain(" "), Paragraph.plain("Follow us on Telegram")),
        "Fri, 16 May 2025 10:15:00 GMT", "  https://www.reuters.com/world/x  ", null,
        List.of(" Jane  Doe ", "", "Jane Doe", "John Roe", "  "), "EN-us", new byte[] {1});
    Article a = normalizer.normalize(raw);
    Article expected = new Article(
        ContentKey.of(List.of(Paragraph.plain("Talks resume on Monday."))),
        "Kremlin says", null, List.of("Jane Doe", "John Roe"), "Reuters",
        (int) LocalDate.of(2025, 5, 16).toEpochDay(), 1747390500000L, "Fri, 16 May 2025 10:15:00 GMT",
        "https://www.reuters.com/world/x", "en", "windows-1251", "Talks resume on Monday.",
        List.of(Paragraph.plain("Talks resume on Monday.")), 4, List.of(new Provenance("f.jsonl", 7, 120)), 0,
        List.of());
    assertEquals(expected, a);
  }

  /** url in, url out. */
  private static final String[][] URLS = {
    {" https://a.org/x ", "https://a.org/x"}, {"HTTP://A.org", "HTTP://A.org"}, {"", null}, {"  ", null},
    {"ftp://a.org/x", null}, {"javascript:alert(1)", null}, {"a.org/x", null}, {"https://a.org/x y", null},
    {null, null},
  };

  @Test
  public void keepsOnlyHttpUrls() {
    for (String[] row : URLS) {
      assertEquals("'" + row[0] + "'", row[1], ArticleNormalizer.cleanUrl(row[0]));
    }
  }

  @Test
  public void unparseableDateKeepsRaw() {
    RawArticle raw = SeedArticles.raw("x.txt", null, "../../x", List.of(Paragraph.plain("Text.")));
    Article a = normalizer.normalize(raw);
    assertNull(a.publishDate);
    assertEquals("../../x", a.dateRaw);
  }

  /** Records with no article text: each must give null. */
  private static final List<List<Paragraph>> EMPTY_BODIES = List.of(
      List.of(),
      List.of(Paragraph.plain("   "), Paragraph.plain("\u00A0")),
      List.of(new Paragraph("Background", false, "")),
      List.of(Paragraph.plain("Support Ukrainska Pravda on Patreon!")));

  @Test
  public void noTextGivesNull() {
    for (List<Paragraph> ps : EMPTY_BODIES) {
      assertNull(ps.toString(), normalizer.normalize(SeedArticles.raw("e.txt", "A title", null, ps)));
    }
  }
}
