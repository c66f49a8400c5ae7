package io.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of {@code source_reliability}: the evidence about one cited source ({@code entityKind = source})
 * or one publisher ({@code publisher}) in this corpus, every component in its own field, and the
 * Beta-Binomial score over the per-citation outcome {@link #OUTCOME}. All counts are counts of citation rows
 * (or, for the publisher-only fields, of the publisher's articles), so every number can be recomputed from
 * the citations and articles tables. Publisher-only fields are null on source rows.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class SourceReliability {
  public static final String SOURCE = "source";
  public static final String PUBLISHER = "publisher";
  /**
   * The per-citation outcome the score counts: the citation names its source (not anonymous), carries no
   * cautionary qualifier, and its story is carried by at least two independent publishers.
   */
  public static final String OUTCOME = "named_uncautioned_corroborated";

  public final String entityKind;
  public final String entity;
  /** The source's type (source rows); null for publishers. */
  public final @Nullable String sourceType;
  /** Source rows: the name came from the alias table; publisher rows: always true. */
  public final boolean resolved;
  public final @Nullable String domain;
  public final long citations;
  public final long distinctPublishers;
  public final long distinctArticles;
  public final long cautionaryCitations;
  public final double cautionaryShare;
  public final long corroboratedCitations;
  public final double corroborationShare;
  /** Publisher rows: all its articles (also those without citations). */
  public final @Nullable Long articles;
  public final @Nullable Long anonymousCitations;
  public final @Nullable Double anonymousRate;
  public final @Nullable Long singleSourceArticles;
  public final @Nullable Double singleSourceStoryRate;
  public final @Nullable Long correctedArticles;
  public final @Nullable Double correctionsRate;
  public final String outcome;
  public final long successes;
  public final @Nullable Double priorRating;
  public final double priorWeight;
  public final double priorAlpha;
  public final double priorBeta;
  public final double score;
  public final double scoreLow;
  public final double scoreHigh;
  /** Evidence count: the number of outcomes the posterior rests on (= citations). */
  public final long evidence;

  @SchemaCreate
  public SourceReliability(String entityKind, String entity, @Nullable String sourceType, boolean resolved,
      @Nullable String domain, long citations, long distinctPublishers, long distinctArticles,
      long cautionaryCitations, double cautionaryShare, long corroboratedCitations, double corroborationShare,
      @Nullable Long articles, @Nullable Long anonymousCitations, @Nullable Double anonymousRate,
      @Nullable Long singleSourceArticles, @Nullable Double singleSourceStoryRate,
      @Nullable Long correctedArticles, @Nullable Double correctionsRate, String outcome, long successes,
      @Nullable Double priorRating, double priorWeight, double priorAlpha, double priorBeta, double score,
      double scoreLow, double scoreHigh, long evidence) {
    this.entityKind = Objects.requireNonNull(entityKind);
    this.entity = Objects.requireNonNull(entity);
    this.sourceType = sourceType;
    this.resolved = resolved;
    this.domain = domain;
    this.citations = citations;
    this.distinctPublishers = distinctPublishers;
    this.distinctArticles = distinctArticles;
    this.cautionaryCitations = cautionaryCitations;
    this.cautionaryShare = cautionaryShare;
    this.corroboratedCitations = corroboratedCitations;
    this.corroborationShare = corroborationShare;
    this.articles = articles;
    this.anonymousCitations = anonymousCitations;
    this.anonymousRate = anonymousRate;
    this.singleSourceArticles = singleSourceArticles;
    this.singleSourceStoryRate = singleSourceStoryRate;
    this.correctedArticles = correctedArticles;
    this.correctionsRate = correctionsRate;
    this.outcome = Objects.requireNonNull(outcome);
    this.successes = successes;
    this.priorRating = priorRating;
    this.priorWeight = priorWeight;
    this.priorAlpha = priorAlpha;
    this.priorBeta = priorBeta;
    this.score = score;
    this.scoreLow = scoreLow;
    this.scoreHigh = scoreHigh;
    this.evidence = evidence;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceReliability r && entityKind.equals(r.entityKind) && entity.equals(r.entity)
        && Objects.equals(sourceType, r.sourceType) && resolved == r.resolved && Objects.equals(domain, r.domain)
        && citations == r.citations && distinctPublishers == r.distinctPublishers
        && distinctArticles == r.distinctArticles && cautionaryCitations == r.cautionaryCitations
        && cautionaryShare == r.cautionaryShare && corroboratedCitations == r.corroboratedCitations
        && corroborationShare == r.corroborationShare && Objects.equals(articles, r.articles)
        && Objects.equals(anonymousCitations, r.anonymousCitations) && Objects.equals(anonymousRate, r.anonymousRate)
        && Objects.equals(singleSourceArticles, r.singleSourceArticles)
        && Objects.equals(singleSourceStoryRate, r.singleSourceStoryRate)
        && Objects.equals(correctedArticles, r.correctedArticles)
        && Objects.equals(correctionsRate, r.correctionsRate) && outcome.equals(r.outcome)
        && successes == r.successes && Objects.equals(priorRating, r.priorRating) && priorWeight == r.priorWeight
        && priorAlpha == r.priorAlpha && priorBeta == r.priorBeta && score == r.score && scoreLow == r.scoreLow
        && scoreHigh == r.scoreHigh && evidence == r.evidence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(entityKind, entity);
  }

  @Override
  public String toString() {
    return entityKind + ":" + entity + " score=" + score + " [" + scoreLow + ", " + scoreHigh + "] n=" + evidence
        + " k=" + successes;
  }
}
