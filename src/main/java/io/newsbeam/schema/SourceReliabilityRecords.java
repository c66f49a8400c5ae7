package io.newsbeam.schema;

import io.newsbeam.model.SourceReliability;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/** {@link SourceReliability} -> a row of {@code source_reliability.avsc}. */
public final class SourceReliabilityRecords {
  private SourceReliabilityRecords() {}

  public static GenericRecord toRecord(SourceReliability s) {
    GenericRecord r = new GenericData.Record(OutputTable.SOURCE_RELIABILITY.schema());
    r.put("entity_kind", s.entityKind);
    r.put("entity", s.entity);
    r.put("source_type", s.sourceType);
    r.put("resolved", s.resolved);
    r.put("domain", s.domain);
    r.put("citations", s.citations);
    r.put("distinct_publishers", s.distinctPublishers);
    r.put("distinct_articles", s.distinctArticles);
    r.put("cautionary_citations", s.cautionaryCitations);
    r.put("cautionary_share", s.cautionaryShare);
    r.put("corroborated_citations", s.corroboratedCitations);
    r.put("corroboration_share", s.corroborationShare);
    r.put("articles", s.articles);
    r.put("anonymous_citations", s.anonymousCitations);
    r.put("anonymous_rate", s.anonymousRate);
    r.put("single_source_articles", s.singleSourceArticles);
    r.put("single_source_story_rate", s.singleSourceStoryRate);
    r.put("corrected_articles", s.correctedArticles);
    r.put("corrections_rate", s.correctionsRate);
    r.put("outcome", s.outcome);
    r.put("successes", s.successes);
    r.put("prior_rating", s.priorRating);
    r.put("prior_weight", s.priorWeight);
    r.put("prior_alpha", s.priorAlpha);
    r.put("prior_beta", s.priorBeta);
    r.put("score", s.score);
    r.put("score_low", s.scoreLow);
    r.put("score_high", s.scoreHigh);
    r.put("evidence", s.evidence);
    return r;
  }
}
