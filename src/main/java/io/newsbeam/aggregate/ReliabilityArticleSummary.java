package io.newsbeam.aggregate;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One article of a publisher, summarised from its citation rows. */
@DefaultSchema(JavaFieldSchema.class)
public final class ReliabilityArticleSummary {
  public final String publisher;
  public final String articleId;
  public final @Nullable String host;
  public final long citations;
  public final long anonymous;
  public final long cautionary;
  public final long corroborated;
  public final long successes;
  public final long distinctSources;
  public final boolean corrected;

  @SchemaCreate
  public ReliabilityArticleSummary(String publisher, String articleId, @Nullable String host, long citations,
      long anonymous, long cautionary, long corroborated, long successes, long distinctSources, boolean corrected) {
    this.publisher = Objects.requireNonNull(publisher);
    this.articleId = Objects.requireNonNull(articleId);
    this.host = host;
    this.citations = citations;
    this.anonymous = anonymous;
    this.cautionary = cautionary;
    this.corroborated = corroborated;
    this.successes = successes;
    this.distinctSources = distinctSources;
    this.corrected = corrected;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReliabilityArticleSummary s && publisher.equals(s.publisher) && articleId.equals(s.articleId)
        && Objects.equals(host, s.host) && citations == s.citations && anonymous == s.anonymous
        && cautionary == s.cautionary && corroborated == s.corroborated && successes == s.successes
        && distinctSources == s.distinctSources && corrected == s.corrected;
  }

  @Override
  public int hashCode() {
    return Objects.hash(publisher, articleId);
  }
}
