package io.newsbeam.sources;

import io.newsbeam.model.Article;
import io.newsbeam.model.Paragraph;
import io.newsbeam.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/** Test articles built from lines such as {@code "Source: TASS; RIA Novosti"} (label before ": "). */
public final class SourceArticles {
  private SourceArticles() {}

  public static Article article(String id, String publisher, String clusterId, List<String> publishersInCluster,
      String... lines) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (String line : lines) {
      int colon = line.indexOf(": ");
      String label = null;
      String text = line;
      if (colon > 0 && line.substring(0, colon).matches("Source|Details|Background|Update|Quote")) {
        label = line.substring(0, colon);
        text = line.substring(colon + 2);
      }
      paragraphs.add(new Paragraph(label, false, text));
      texts.add(text);
    }
    String body = String.join("\n\n", texts);
    return new Article(id, null, null, List.of(), publisher, null, null, null, null, "en", "UTF-8", body, paragraphs,
        body.split("\\s+").length, List.of(new Provenance(id + ".txt", 0, 0)), 0, List.of(), clusterId,
        1, publishersInCluster);
  }

  public static Article article(String id, String publisher, String... lines) {
    return article(id, publisher, "cluster-" + id, List.of(publisher), lines);
  }
}
