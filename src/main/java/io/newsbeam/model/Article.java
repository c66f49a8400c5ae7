package io.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A normalized article. Before deduplication it stands for one input record ({@code records} has one
 * entry); after, for every record whose content was the same, with metadata merged from all of them.
 *
 * <p>{@code articleId} is a hash of the canonical content (see normalize.ContentKey), so two records with
 * the same content get the same id whatever their file names. {@code publishDate} is the date as printed
 * (days since 1970-01-01, no zone shift); {@code publishedAtMillis} is the UTC instant when the input
 * gave a time, else null.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Article {
  public final String articleId;
  public final @Nullable String title;
  public final @Nullable String description;
  public final List<String> authors;
  public final @Nullable String publisher;
  public final @Nullable Integer publishDate;
  public final @Nullable Long publishedAtMillis;
  public final @Nullable String dateRaw;
  public final @Nullable String url;
  public final @Nullable String language;
  public final String sourceCharset;
  public final String body;
  public final List<Paragraph> paragraphs;
  public final int wordCount;
  public final List<Provenance> records;
  public final int duplicateCount;
  public final List<FieldOrigin> metadataFrom;
  /** Near-duplicate cluster: hash of the smallest member article id; null before deduplication. */
  public final @Nullable String clusterId;
  /** Input records that carry this story (the article itself plus all its exact and near copies). */
  public final int clusterSize;
  /** Distinct publishers among those records, sorted: the outlets that ran the story. */
  public final List<String> publishersInCluster;

  /** An article before deduplication: a cluster of one. */
  public Article(
      String articleId,
      @Nullable String title,
      @Nullable String description,
      List<String> authors,
      @Nullable String publisher,
      @Nullable Integer publishDate,
      @Nullable Long publishedAtMillis,
      @Nullable String dateRaw,
      @Nullable String url,
      @Nullable String language,
      String sourceCharset,
      String body,
      List<Paragraph> paragraphs,
      int wordCount,
      List<Provenance> records,
      int duplicateCount,
      List<FieldOrigin> metadataFrom) {
    this(articleId, title, description, authors, publisher, publishDate, publishedAtMillis, dateRaw, url,
        language, sourceCharset, body, paragraphs, wordCount, records, duplicateCount, metadataFrom, null,
        records.size(), publisher == null ? List.of() : List.of(publisher));
  }

  @SchemaCreate
  public Article(
      String articleId,
      @Nullable String title,
      @Nullable String description,
      List<String> authors,
      @Nullable String publisher,
      @Nullable Integer publishDate,
      @Nullable Long publishedAtMillis,
      @Nullable String dateRaw,
      @Nullable String url,
      @Nullable String language,
      String sourceCharset,
      String body,
      List<Paragraph> paragraphs,
      int wordCount,
      List<Provenance> records,
      int duplicateCount,
      List<FieldOrigin> metadataFrom,
      @Nullable String clusterId,
      int clusterSize,
      List<String> publishersInCluster) {
    this.articleId = Objects.requireNonNull(articleId);
    this.title = title;
    this.description = description;
    this.authors = List.copyOf(authors);
    this.publisher = publisher;
    this.publishDate = publishDate;
    this.publishedAtMillis = publishedAtMillis;
    this.dateRaw = dateRaw;
    this.url = url;
    this.language = language;
    this.sourceCharset = Objects.requireNonNull(sourceCharset);
    this.body = Objects.requireNonNull(body);
    this.paragraphs = List.copyOf(paragraphs);
    this.wordCount = wordCount;
    this.records = List.copyOf(records);
    this.duplicateCount = duplicateCount;
    this.metadataFrom = List.copyOf(metadataFrom);
    this.clusterId = clusterId;
    this.clusterSize = clusterSize;
    this.publishersInCluster = List.copyOf(publishersInCluster);
  }

  /** The single record of an article that has not been merged yet. */
  public Provenance firstRecord() {
    return records.get(0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article a && articleId.equals(a.articleId) && Objects.equals(title, a.title)
        && Objects.equals(description, a.description) && authors.equals(a.authors)
        && Objects.equals(publisher, a.publisher) && Objects.equals(publishDate, a.publishDate)
        && Objects.equals(publishedAtMillis, a.publishedAtMillis) && Objects.equals(dateRaw, a.dateRaw)
        && Objects.equals(url, a.url) && Objects.equals(language, a.language)
        && sourceCharset.equals(a.sourceCharset) && body.equals(a.body) && paragraphs.equals(a.paragraphs)
        && wordCount == a.wordCount && records.equals(a.records) && duplicateCount == a.duplicateCount
        && metadataFrom.equals(a.metadataFrom) && Objects.equals(clusterId, a.clusterId)
        && clusterSize == a.clusterSize && publishersInCluster.equals(a.publishersInCluster);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, records);
  }

  @Override
  public String toString() {
    return "Article{" + articleId + ", title=" + title + ", date=" + publishDate + ", publisher=" + publisher
        + ", records=" + records + "}";
  }
}
