package io.newsbeam.aggregate;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One citation row with what scoring decided about it (cautionary, anonymous, corroborated, outcome). */
@DefaultSchema(JavaFieldSchema.class)
public final class ReliabilityEvidence {
  public final String source;
  public final String sourceType;
  public final boolean resolved;
  public final @Nullable String domain;
  public final @Nullable String publisher;
  public final String articleId;
  public final boolean cautionary;
  public final boolean anonymous;
  public final boolean corroborated;

  @SchemaCreate
  public ReliabilityEvidence(String source, String sourceType, boolean resolved, @Nullable String domain,
      @Nullable String publisher, String articleId, boolean cautionary, boolean anonymous, boolean corroborated) {
    this.source = Objects.requireNonNull(source);
    this.sourceType = Objects.requireNonNull(sourceType);
    this.resolved = resolved;
    this.domain = domain;
    this.publisher = publisher;
    this.articleId = Objects.requireNonNull(articleId);
    this.cautionary = cautionary;
    this.anonymous = anonymous;
    this.corroborated = corroborated;
  }

  /** The named per-citation outcome the score counts (SourceReliability.OUTCOME). */
  public boolean success() {
    return !anonymous && !cautionary && corroborated;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReliabilityEvidence e && source.equals(e.source) && sourceType.equals(e.sourceType)
        && resolved == e.resolved && Objects.equals(domain, e.domain) && Objects.equals(publisher, e.publisher)
        && articleId.equals(e.articleId) && cautionary == e.cautionary && anonymous == e.anonymous
        && corroborated == e.corroborated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, articleId);
  }
}
