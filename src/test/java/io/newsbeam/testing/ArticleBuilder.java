package io.newsbeam.testing;

import io.newsbeam.model.Article;
import io.newsbeam.model.FieldOrigin;
import io.newsbeam.model.Paragraph;
import io.newsbeam.model.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds unmerged {@link Article}s for tests with only the fields a test cares about. */
public final class ArticleBuilder {
  private String id = "a1";
  private String title;
  private List<String> authors = List.of();
  private String publisher;
  private Integer publishDate;
  private Long publishedAt;
  private String dateRaw;
  private String url;
  private String language = "en";
  private String body = "Body text.";
  private List<Provenance> records = new ArrayList<>(List.of(new Provenance("f.txt", 0, 0)));

  public static ArticleBuilder article(String id) {
    ArticleBuilder b = new ArticleBuilder();
    b.id = id;
    return b;
  }

  public ArticleBuilder title(String v) { title = v; return this; }
  public ArticleBuilder authors(String... v) { authors = List.of(v); return this; }
  public ArticleBuilder publisher(String v) { publisher = v; return this; }
  public ArticleBuilder date(String isoDate) {
    publishDate = (int) LocalDate.parse(isoDate).toEpochDay();
    dateRaw = isoDate;
    return this;
  }
  public ArticleBuilder publishedAt(long millis) { publishedAt = millis; return this; }
  public ArticleBuilder url(String v) { url = v; return this; }
  public ArticleBuilder language(String v) { language = v; return this; }
  public ArticleBuilder body(String v) { body = v; return this; }
  public ArticleBuilder from(String file, long line) { records = List.of(new Provenance(file, line, line * 100)); return this; }

  public Article build() {
    return new Article(id, title, null, authors, publisher, publishDate, publishedAt, dateRaw, url, language,
        "UTF-8", body, List.of(Paragraph.plain(body)), body.split("\\s+").length, records, 0,
        List.<FieldOrigin>of());
  }
}
