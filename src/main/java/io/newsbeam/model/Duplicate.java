package io.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** An input record that was merged into another article: which one, how, and how similar it was. */
@DefaultSchema(JavaFieldSchema.class)
public final class Duplicate {
  public static final String EXACT = "exact";
  public static final String NEAR = "near";

  public final Provenance source;
  /** The surviving article's id. */
  public final String articleId;
  /** {@code exact} (identical canonical content) or, later, {@code near}. */
  public final String method;
  /** Jaccard similarity of the shingle sets to the survivor; 1.0 for exact duplicates. */
  public final double similarity;
  /** |A ∩ B| / min(|A|, |B|) of the shingle sets to the survivor; 1.0 for exact duplicates. */
  public final double containment;
  /** The survivor's near-duplicate cluster, or null when no cluster step ran. */
  public final @Nullable String clusterId;

  /** An exact duplicate (or any merge without shingle measures): containment equals similarity. */
  public Duplicate(Provenance source, String articleId, String method, double similarity) {
    this(source, articleId, method, similarity, similarity, null);
  }

  @SchemaCreate
  public Duplicate(Provenance source, String articleId, String method, double similarity, double containment,
      @Nullable String clusterId) {
    this.source = Objects.requireNonNull(source);
    this.articleId = Objects.requireNonNull(articleId);
    this.method = Objects.requireNonNull(method);
    this.similarity = similarity;
    this.containment = containment;
    this.clusterId = clusterId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Duplicate d && source.equals(d.source) && articleId.equals(d.articleId)
        && method.equals(d.method) && similarity == d.similarity && containment == d.containment
        && Objects.equals(clusterId, d.clusterId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, articleId, method);
  }

  @Override
  public String toString() {
    return "Duplicate{" + source + " -> " + articleId + " " + method + "}";
  }
}
