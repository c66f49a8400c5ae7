package io.newsbeam.sources;

import io.newsbeam.io.ReaderConfig;
import io.newsbeam.io.RecordDecoder;
import io.newsbeam.model.Article;
import io.newsbeam.normalize.ArticleNormalizer;
import io.newsbeam.normalize.NormalizeConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures extraction speed (not a JUnit test): {@code java ... io.newsbeam.sources.SourcesSpeed corpus.jsonl.gz}
 * on a corpus written by io.newsbeam.generate.GenerateCorpus. Reading and normalizing are not timed.
 */
public final class SourcesSpeed {
  private SourcesSpeed() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    List<Article> articles = new ArrayList<>();
    ArticleNormalizer normalizer = new ArticleNormalizer(NormalizeConfig.defaults());
    new RecordDecoder(ReaderConfig.defaults()).decode(file.toString(), () -> Files.newInputStream(file), raw -> {
      Article a = normalizer.normalize(raw);
      if (a != null) {
        articles.add(a);
      }
    }, r -> { });
    CitationExtractor extractor = CitationExtractor.builtIn();
    long citations = 0;
    for (Article a : articles) {
      citations += extractor.extract(a).size(); // warm-up
    }
    long chars = articles.stream().mapToLong(a -> a.body.length()).sum();
    for (int round = 1; round <= 3; round++) {
      long t0 = System.nanoTime();
      long n = 0;
      for (Article a : articles) {
        n += extractor.extract(a).size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("round %d: %d articles, %d citations, %.2f s, %.0f articles/s, %.1f MB/s%n", round,
          articles.size(), n, s, articles.size() / s, chars / s / 1e6);
    }
    System.out.println("avg body chars " + chars / Math.max(1, articles.size()) + ", citations/article "
        + (double) citations / Math.max(1, articles.size()));
  }
}
