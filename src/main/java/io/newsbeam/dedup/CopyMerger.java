package io.newsbeam.dedup;

import io.newsbeam.model.Article;
import io.newsbeam.model.Duplicate;
import io.newsbeam.model.FieldOrigin;
import io.newsbeam.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Merges copies of one story into its survivor. The survivor ({@link SurvivorOrder}) keeps every field
 * it has; each empty metadata field is filled from the first other copy, in survivor order, that has it,
 * and {@code metadata_from} says which input record every field came from. The publish date travels
 * with its raw string and time so a merged article never mixes two copies' dates. The merged article's
 * cluster fields count every record and publisher that carried the story.
 */
public final class CopyMerger {
  private CopyMerger() {}

  /** The merged article and one {@link Duplicate} for every other input record. */
  public static final class Merged {
    public final Article article;
    public final List<Duplicate> duplicates;

    Merged(Article article, List<Duplicate> duplicates) {
      this.article = article;
      this.duplicates = List.copyOf(duplicates);
    }
  }

  /** Merges exact copies: similarity and containment are 1.0. */
  public static Merged mergeExact(List<Article> copies) {
    return merge(copies, Duplicate.EXACT, a -> 1.0, a -> 1.0);
  }

  /**
   * @param copies unmerged articles (one record each) that are the same story; any order
   * @param method {@link Duplicate#method} for the merged-away records
   * @param similarity Jaccard similarity of each merged-away copy to the survivor
   * @param containmentOf containment of each merged-away copy in (or of) the survivor
   */
  public static Merged merge(List<Article> copies, String method, Function<Article, Double> similarity,
      Function<Article, Double> containmentOf) {
    List<Article> ordered = new ArrayList<>(copies);
    ordered.sort(SurvivorOrder.INSTANCE);
    Article s = ordered.get(0);

    Article titleFrom = firstWith(ordered, a -> a.title);
    Article descriptionFrom = firstWith(ordered, a -> a.description);
    Article authorsFrom = firstWith(ordered, a -> a.authors.isEmpty() ? null : a.authors);
    Article publisherFrom = firstWith(ordered, a -> a.publisher);
    Article dateFrom = firstWith(ordered, a -> a.publishDate != null ? a.publishDate : a.dateRaw);
    Article urlFrom = firstWith(ordered, a -> a.url);
    Article languageFrom = firstWith(ordered, a -> a.language);

    List<FieldOrigin> origins = new ArrayList<>();
    addOrigin(origins, "title", titleFrom);
    addOrigin(origins, "description", descriptionFrom);
    addOrigin(origins, "authors", authorsFrom);
    addOrigin(origins, "publisher", publisherFrom);
    addOrigin(origins, "publish_date", dateFrom);
    addOrigin(origins, "url", urlFrom);
    addOrigin(origins, "language", languageFrom);
    origins.sort(null);

    String clusterId = ClusterIds.of(
        ordered.stream().map(a -> a.articleId).min(String::compareTo).orElseThrow());
    List<Provenance> records = new ArrayList<>();
    TreeSet<String> publishers = new TreeSet<>();
    List<Duplicate> duplicates = new ArrayList<>();
    for (Article a : ordered) {
      records.addAll(a.records);
      publishers.addAll(a.publishersInCluster);
      if (a != s) {
        double sim = similarity.apply(a);
        double containment = containmentOf.apply(a);
        for (Provenance p : a.records) {
          duplicates.add(new Duplicate(p, s.articleId, method, sim, containment, clusterId));
        }
      }
    }
    records.sort(null);

    Article merged = new Article(
        s.articleId,
        titleFrom == null ? null : titleFrom.title,
        descriptionFrom == null ? null : descriptionFrom.description,
        authorsFrom == null ? List.of() : authorsFrom.authors,
        publisherFrom == null ? null : publisherFrom.publisher,
        dateFrom == null ? null : dateFrom.publishDate,
        dateFrom == null ? null : dateFrom.publishedAtMillis,
        dateFrom == null ? null : dateFrom.dateRaw,
        urlFrom == null ? null : urlFrom.url,
        languageFrom == null ? null : languageFrom.language,
        s.sourceCharset,
        s.body,
        s.paragraphs,
        s.wordCount,
        records,
        records.size() - 1,
        origins,
        clusterId,
        records.size(),
        new ArrayList<>(publishers));
    return new Merged(merged, duplicates);
  }

  private static @Nullable Article firstWith(List<Article> ordered, Function<Article, Object> field) {
    for (Article a : ordered) {
      if (field.apply(a) != null) {
        return a;
      }
    }
    return null;
  }

  private static void addOrigin(List<FieldOrigin> origins, String field, @Nullable Article from) {
    if (from != null) {
      // an already merged article knows which of its records the field came from
      String source = from.firstRecord().label();
      for (FieldOrigin o : from.metadataFrom) {
        if (o.field.equals(field)) {
          source = o.source;
        }
      }
      origins.add(new FieldOrigin(field, source));
    }
  }
}
