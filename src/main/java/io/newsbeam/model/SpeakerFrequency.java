package io.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * How often one speaker was quoted and mentioned in one period ({@code day}, {@code iso_week}, {@code month}),
 * counted over deduplicated articles; {@code syndicatedReach} adds the cluster sizes of the quoting articles,
 * each cluster once. Dates are days since 1970-01-01.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class SpeakerFrequency {
  public final String speaker;
  public final @Nullable String speakerQid;
  public final @Nullable String speakerType;
  public final String periodType;
  public final int periodStart;
  public final long quotes;
  public final long articles;
  public final long publishers;
  public final long mentions;
  public final @Nullable Integer firstDate;
  public final @Nullable Integer lastDate;
  public final long syndicatedReach;

  @SchemaCreate
  public SpeakerFrequency(String speaker, @Nullable String speakerQid, @Nullable String speakerType,
      String periodType, int periodStart, long quotes, long articles, long publishers, long mentions,
      @Nullable Integer firstDate, @Nullable Integer lastDate, long syndicatedReach) {
    this.speaker = Objects.requireNonNull(speaker);
    this.speakerQid = speakerQid;
    this.speakerType = speakerType;
    this.periodType = Objects.requireNonNull(periodType);
    this.periodStart = periodStart;
    this.quotes = quotes;
    this.articles = articles;
    this.publishers = publishers;
    this.mentions = mentions;
    this.firstDate = firstDate;
    this.lastDate = lastDate;
    this.syndicatedReach = syndicatedReach;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpeakerFrequency f && speaker.equals(f.speaker) && Objects.equals(speakerQid, f.speakerQid)
        && Objects.equals(speakerType, f.speakerType) && periodType.equals(f.periodType)
        && periodStart == f.periodStart && quotes == f.quotes && articles == f.articles
        && publishers == f.publishers && mentions == f.mentions && Objects.equals(firstDate, f.firstDate)
        && Objects.equals(lastDate, f.lastDate) && syndicatedReach == f.syndicatedReach;
  }

  @Override
  public int hashCode() {
    return Objects.hash(speaker, periodType, periodStart);
  }

  @Override
  public String toString() {
    return speaker + "|" + periodType + "|" + periodStart + "|q=" + quotes + "|a=" + articles + "|p=" + publishers
        + "|m=" + mentions + "|" + firstDate + ".." + lastDate + "|reach=" + syndicatedReach;
  }
}
