package io.newsbeam.io;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.newsbeam.model.RawArticle;
import io.newsbeam.model.Rejected;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** Runs ReadCorpus over the committed fixtures and checks it against testdata/expected. */
@RunWith(JUnit4.class)
public class ReadCorpusTest {
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static String glob(String dir) {
    return Paths.get("testdata", dir).toAbsolutePath() + "/*";
  }

  private static String base(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }

  /** bad-reasons.csv without the rows a later stage adds. */
  private static Map<String, Integer> expectedReadRejects() throws IOException {
    Map<String, Integer> out = new TreeMap<>();
    List<String> lines = Files.readAllLines(Paths.get("testdata/expected/bad-reasons.csv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      if (!f[1].equals("empty_body")) {
        out.put(f[0] + "," + f[1], Integer.parseInt(f[2]));
      }
    }
    return out;
  }

  private static long expectedCount(String file) throws IOException {
    return Long.parseLong(Files.readString(Paths.get("testdata/expected", file)).strip());
  }

  @Test
  public void badFolderGivesTheExpectedRejectsAndKeepsGoodNeighbours() throws IOException {
    Map<String, Integer> expected = expectedReadRejects();
    long total = expectedCount("bad-records.txt");
    PCollectionTuple read = pipeline.apply(ReadCorpus.of(List.of(glob("bad")), ReaderConfig.defaults()));

    PAssert.that(read.get(ReadCorpus.REJECTED)).satisfies(rejected -> {
      Map<String, Integer> counts = new TreeMap<>();
      for (Rejected r : rejected) {
        counts.merge(base(r.source.file) + "," + r.reason, 1, Integer::sum);
        assertEquals("read", r.stage);
        assertTrue(r.message, !r.message.contains("\n") && !r.message.contains("/tmp"));
      }
      assertEquals(expected, counts);
      return null;
    });
    int rejectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();
    PAssert.that(read.get(ReadCorpus.ARTICLES)).satisfies(articles -> {
      List<String> titles = new ArrayList<>();
      List<String> files = new ArrayList<>();
      for (RawArticle a : articles) {
        titles.add(a.title);
        files.add(base(a.source.file));
      }
      assertEquals(total - rejectedTotal, titles.size());
      assertThat(titles, hasItems(
          "Ferry timetable changes for winter", "Town hall clock repaired", // around a malformed line
          "Snow closes mountain pass", "Old cinema to become a theatre", // before a gzip break
          "River cleanup collects two tonnes of rubbish", "Zoo welcomes twin red pandas", // bzip2, zstd
          "Farmers market moves indoors", "Police launch bicycle theft campaign", // both gzip members
          "Council publishes meeting minutes", "Choir wins international prize", "Harbor festival draws 50,000 visitors",
          "Théâtre season opens with a comedy", "Swimming pool reopens", "Night buses return",
          "Skate park plans approved", "Headline without a story", "Path in a date field",
          "Village pub saved by residents", "Street lights switch to LED"));
      // glob characters and non-ASCII in names: matched by the folder glob, name kept as is
      assertThat(files, hasItems("glob[1]*?.jsonl", "name with spaces ünïcödé.jsonl"));
      return null;
    });
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(total, counter(result, "records"));
    assertEquals(3, counter(result, "truncated_input"));
  }

  @Test
  public void corpusFolderIsAllArticles() throws IOException {
    long total = expectedCount("corpus-records.txt");
    PCollectionTuple read = pipeline.apply(ReadCorpus.of(List.of(glob("corpus")), ReaderConfig.defaults()));
    PAssert.that(read.get(ReadCorpus.REJECTED)).empty();
    PAssert.that(read.get(ReadCorpus.ARTICLES)).satisfies(articles -> {
      Map<String, String> charsetByTitle = new TreeMap<>();
      for (RawArticle a : articles) {
        charsetByTitle.put(a.title == null ? base(a.source.file) : a.title, a.sourceCharset);
      }
      assertEquals(total, charsetByTitle.size()); // all distinct
      assertEquals("windows-1251", charsetByTitle.get("Городской совет Самары утвердил новый бюджет"));
      assertEquals("UTF-16BE", charsetByTitle.get("Mountain village gets high-speed internet"));
      assertThat(charsetByTitle.keySet(), hasItems("Port workers in Eastbridge begin 48-hour strike",
          "Wind farm approved off the southern coast", "Northfield school district hires 40 new teachers",
          "Library extends weekend hours after petition", "Storm knocks out power to 20,000 homes",
          "Transit agency tests hydrogen buses", "Water utility raises rates by 4 percent",
          "Startup opens battery recycling plant", "Hospital opens new maternity wing",
          "Astronomers spot comet visible to the naked eye", "Airport adds direct flights to Lisbon",
          "001_1f2eece8fa9ed85a.txt"));
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  private static long counter(PipelineResult result, String name) {
    long sum = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named("read", name)).build()).getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }
}
