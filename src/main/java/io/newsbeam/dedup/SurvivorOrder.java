package io.newsbeam.dedup;

import io.newsbeam.model.Article;
import java.io.Serializable;
import java.util.Comparator;

/**
 * The one rule that picks which copy of a story survives, used by every dedup step: earliest publish date
 * (articles without a date last), then most non-null fields among title, date, publisher, url and authors,
 * then smallest article id, then smallest first input record. A total order, so the survivor never
 * depends on arrival order or runner.
 */
public final class SurvivorOrder implements Comparator<Article>, Serializable {
  public static final SurvivorOrder INSTANCE = new SurvivorOrder();

  private SurvivorOrder() {}

  @Override
  public int compare(Article a, Article b) {
    int c = compareDates(a, b);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(filledFields(b), filledFields(a));
    if (c != 0) {
      return c;
    }
    c = a.articleId.compareTo(b.articleId);
    return c != 0 ? c : a.firstRecord().compareTo(b.firstRecord());
  }

  private static int compareDates(Article a, Article b) {
    if (a.publishDate == null || b.publishDate == null) {
      return a.publishDate == null ? (b.publishDate == null ? 0 : 1) : -1;
    }
    return Integer.compare(a.publishDate, b.publishDate);
  }

  static int filledFields(Article a) {
    int n = 0;
    n += a.title != null ? 1 : 0;
    n += a.publishDate != null ? 1 : 0;
    n += a.publisher != null ? 1 : 0;
    n += a.url != null ? 1 : 0;
    n += a.authors.isEmpty() ? 0 : 1;
    return n;
  }

  private Object readResolve() {
    return INSTANCE;
  }
}
