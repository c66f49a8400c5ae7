package io.newsbeam.aggregate;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** What scoring needs of an article: publisher, story key, the outlets that ran the story, corrections. */
@DefaultSchema(JavaFieldSchema.class)
public final class ReliabilityArticle {
  public final String articleId;
  public final @Nullable String publisher;
  /** cluster_id (the article id when it has none). */
  public final String storyKey;
  public final List<String> publishersInCluster;
  public final boolean corrected;
  public final @Nullable String host;

  @SchemaCreate
  public ReliabilityArticle(String articleId, @Nullable String publisher, String storyKey,
      List<String> publishersInCluster, boolean corrected, @Nullable String host) {
    this.articleId = Objects.requireNonNull(articleId);
    this.publisher = publisher;
    this.storyKey = Objects.requireNonNull(storyKey);
    this.publishersInCluster = List.copyOf(publishersInCluster);
    this.corrected = corrected;
    this.host = host;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReliabilityArticle a && articleId.equals(a.articleId)
        && Objects.equals(publisher, a.publisher) && storyKey.equals(a.storyKey)
        && publishersInCluster.equals(a.publishersInCluster) && corrected == a.corrected
        && Objects.equals(host, a.host);
  }

  @Override
  public int hashCode() {
    return articleId.hashCode();
  }
}
