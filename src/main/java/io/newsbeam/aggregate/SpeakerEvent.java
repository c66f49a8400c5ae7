package io.newsbeam.aggregate;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One quote or one mention of a speaker, reduced to what {@link CountSpeakers} counts. */
@DefaultSchema(JavaFieldSchema.class)
public final class SpeakerEvent {
  public final String speaker;
  public final @Nullable String speakerQid;
  public final @Nullable String speakerType;
  public final boolean quote;
  public final String articleId;
  public final @Nullable String publisher;
  public final int date;
  /** The story cluster (cluster id, else the article id): reach counts each once. */
  public final String clusterKey;
  public final int clusterSize;

  @SchemaCreate
  public SpeakerEvent(String speaker, @Nullable String speakerQid, @Nullable String speakerType, boolean quote,
      String articleId, @Nullable String publisher, int date, String clusterKey, int clusterSize) {
    this.speaker = Objects.requireNonNull(speaker);
    this.speakerQid = speakerQid;
    this.speakerType = speakerType;
    this.quote = quote;
    this.articleId = Objects.requireNonNull(articleId);
    this.publisher = publisher;
    this.date = date;
    this.clusterKey = Objects.requireNonNull(clusterKey);
    this.clusterSize = clusterSize;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpeakerEvent e && speaker.equals(e.speaker) && Objects.equals(speakerQid, e.speakerQid)
        && Objects.equals(speakerType, e.speakerType) && quote == e.quote && articleId.equals(e.articleId)
        && Objects.equals(publisher, e.publisher) && date == e.date && clusterKey.equals(e.clusterKey)
        && clusterSize == e.clusterSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(speaker, articleId, date, quote);
  }
}
