package io.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** An input record that was merged into another article: which one, how, and how similar it was. */
@DefaultSchema(JavaFieldSchema.class)
public final class Duplicate {
  public static final String EXACT = "exact";

  public final Provenance source;
  /** The surviving article's id. */
  public final String articleId;
  /** {@code exact} (identical canonical content) or, later, {@code near}. */
  public final String method;
  /** 1.0 for exact duplicates. */
  public final double similarity;

  @SchemaCreate
  public Duplicate(Provenance source, String articleId, String method, double similarity) {
    this.source = Objects.requireNonNull(source);
    this.articleId = Objects.requireNonNull(articleId);
    this.method = Objects.requireNonNull(method);
    this.similarity = similarity;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Duplicate d && source.equals(d.source) && articleId.equals(d.articleId)
        && method.equals(d.method) && similarity == d.similarity;
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
