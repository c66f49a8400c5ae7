package io.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A person an article mentions but does not quote, found by the same evidence as speakers (title or role,
 * apposition, alias list, known first name). One row per article and person; {@code start}/{@code end} are the
 * first mention's half-open code point offsets into the body.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Mention {
  public final String mentionId;
  public final String articleId;
  public final @Nullable Integer publishDate;
  public final @Nullable String publisher;
  public final String name;
  public final String nameSurface;
  public final @Nullable String role;
  public final @Nullable String qid;
  public final String evidence;
  public final int start;
  public final int end;
  public final int mentionCount;
  public final @Nullable String clusterId;
  public final int clusterSize;

  @SchemaCreate
  public Mention(String mentionId, String articleId, @Nullable Integer publishDate, @Nullable String publisher,
      String name, String nameSurface, @Nullable String role, @Nullable String qid, String evidence, int start,
      int end, int mentionCount, @Nullable String clusterId, int clusterSize) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("mention span [" + start + ", " + end + ") is not a non-empty span");
    }
    this.mentionId = Objects.requireNonNull(mentionId);
    this.articleId = Objects.requireNonNull(articleId);
    this.publishDate = publishDate;
    this.publisher = publisher;
    this.name = Objects.requireNonNull(name);
    this.nameSurface = Objects.requireNonNull(nameSurface);
    this.role = role;
    this.qid = qid;
    this.evidence = Objects.requireNonNull(evidence);
    this.start = start;
    this.end = end;
    this.mentionCount = mentionCount;
    this.clusterId = clusterId;
    this.clusterSize = clusterSize;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mention m && mentionId.equals(m.mentionId) && articleId.equals(m.articleId)
        && Objects.equals(publishDate, m.publishDate) && Objects.equals(publisher, m.publisher)
        && name.equals(m.name) && nameSurface.equals(m.nameSurface) && Objects.equals(role, m.role)
        && Objects.equals(qid, m.qid) && evidence.equals(m.evidence) && start == m.start && end == m.end
        && mentionCount == m.mentionCount && Objects.equals(clusterId, m.clusterId) && clusterSize == m.clusterSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mentionId, articleId, name);
  }

  @Override
  public String toString() {
    return "Mention{" + name + " in " + articleId + "}";
  }
}
