package io.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A quote in a deduplicated article and who said it. {@code start}/{@code end} are half-open Unicode code point
 * offsets into the article body (checked when built). {@code speaker} is the canonical name (null: no speaker or
 * unresolved, see {@code flags}); {@code attributedBy} names the sieve that decided it.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Quote {
  public final String quoteId;
  public final String articleId;
  public final @Nullable Integer publishDate;
  public final @Nullable String publisher;
  public final @Nullable String speaker;
  public final @Nullable String speakerSurface;
  public final @Nullable String speakerType;
  public final @Nullable String speakerRole;
  public final @Nullable String speakerQid;
  public final String quoteText;
  /** {@code direct}, {@code labelled} or {@code reported}. */
  public final String quoteKind;
  public final @Nullable String cueVerb;
  public final String sentence;
  public final int start;
  public final int end;
  public final String attributedBy;
  public final double confidence;
  /** {@code short}, {@code unresolved}, {@code self_attributed}. */
  public final List<String> flags;
  public final @Nullable String clusterId;
  public final int clusterSize;

  @SchemaCreate
  public Quote(String quoteId, String articleId, @Nullable Integer publishDate, @Nullable String publisher,
      @Nullable String speaker, @Nullable String speakerSurface, @Nullable String speakerType,
      @Nullable String speakerRole, @Nullable String speakerQid, String quoteText, String quoteKind,
      @Nullable String cueVerb, String sentence, int start, int end, String attributedBy, double confidence,
      List<String> flags, @Nullable String clusterId, int clusterSize) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("quote span [" + start + ", " + end + ") is not a non-empty half-open span");
    }
    this.quoteId = Objects.requireNonNull(quoteId);
    this.articleId = Objects.requireNonNull(articleId);
    this.publishDate = publishDate;
    this.publisher = publisher;
    this.speaker = speaker;
    this.speakerSurface = speakerSurface;
    this.speakerType = speakerType;
    this.speakerRole = speakerRole;
    this.speakerQid = speakerQid;
    this.quoteText = Objects.requireNonNull(quoteText);
    this.quoteKind = Objects.requireNonNull(quoteKind);
    this.cueVerb = cueVerb;
    this.sentence = Objects.requireNonNull(sentence);
    this.start = start;
    this.end = end;
    this.attributedBy = Objects.requireNonNull(attributedBy);
    this.confidence = confidence;
    this.flags = List.copyOf(flags);
    this.clusterId = clusterId;
    this.clusterSize = clusterSize;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quote q && quoteId.equals(q.quoteId) && articleId.equals(q.articleId)
        && Objects.equals(publishDate, q.publishDate) && Objects.equals(publisher, q.publisher)
        && Objects.equals(speaker, q.speaker) && Objects.equals(speakerSurface, q.speakerSurface)
        && Objects.equals(speakerType, q.speakerType) && Objects.equals(speakerRole, q.speakerRole)
        && Objects.equals(speakerQid, q.speakerQid) && quoteText.equals(q.quoteText)
        && quoteKind.equals(q.quoteKind) && Objects.equals(cueVerb, q.cueVerb) && sentence.equals(q.sentence)
        && start == q.start && end == q.end && attributedBy.equals(q.attributedBy) && confidence == q.confidence
        && flags.equals(q.flags) && Objects.equals(clusterId, q.clusterId) && clusterSize == q.clusterSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(quoteId, articleId, start, end);
  }

  @Override
  public String toString() {
    return "Quote{" + speaker + " | " + quoteKind + " | " + quoteText + "}";
  }
}
