package io.newsbeam.sources;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import io.newsbeam.io.ReaderConfig;
import io.newsbeam.io.RecordDecoder;
import io.newsbeam.model.Article;
import io.newsbeam.model.Citation;
import io.newsbeam.model.RawArticle;
import io.newsbeam.normalize.ArticleNormalizer;
import io.newsbeam.normalize.NormalizeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The first truth: the seed article yields exactly three citations. */
public class SeedCitationsTest {
  static final String SEED = "testdata/corpus/000_44610d290e9c4598.txt";

  static Article seedArticle() {
    List<RawArticle> raws = new ArrayList<>();
    new RecordDecoder(ReaderConfig.defaults()).decode(SEED, () -> Files.newInputStream(Path.of(SEED)), raws::add,
        r -> {
          throw new AssertionError("seed rejected: " + r);
        });
    assertEquals(1, raws.size());
    Article a = new ArticleNormalizer(NormalizeConfig.defaults()).normalize(raws.get(0));
    assertNotNull(a);
    return a;
  }

  @Test
  public void seedYieldsExactlyThreeCitations() {
    Article seed = seedArticle();
    assertEquals("Ukrainska Pravda", seed.publisher);
    List<Citation> citations = CitationExtractor.builtIn().extract(seed);
    List<String> rows = new ArrayList<>();
    for (Citation c : citations) {
      rows.add(String.join(" | ", c.source, c.sourceSurface, c.sourceType, c.citationKind,
          c.qualifiers.toString(), c.aliases.toString(), String.valueOf(c.note), String.valueOf(c.cautionary),
          String.valueOf(c.resolved), String.valueOf(c.sourceDomain), c.publisher));
      // the span is the surface, in code points of the body
      int s = seed.body.offsetByCodePoints(0, c.start);
      int e = seed.body.offsetByCodePoints(0, c.end);
      assertEquals(c.sourceSurface, seed.body.substring(s, e));
      assertEquals(seed.articleId, c.articleId);
    }
    assertEquals(List.of(
        "RIA Novosti | RIA Novosti | news_agency | source_line | [Kremlin-aligned] | [] | null | true | true"
            + " | ria.ru | Ukrainska Pravda",
        "TASS | TASS | news_agency | source_line | [Kremlin-aligned] | [] | null | true | true | tass.ru"
            + " | Ukrainska Pravda",
        "Vy slushali maiak | Vy slushali maiak | social_channel | source_line | [] | [You Listened to the Lighthouse]"
            + " | publishing video comments by Peskov | false | true | null | Ukrainska Pravda"),
        rows);
  }
}
