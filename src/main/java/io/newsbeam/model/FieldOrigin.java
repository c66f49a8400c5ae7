package io.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** Which input record a merged article's metadata field was taken from ({@link Provenance#label()}). */
@DefaultSchema(JavaFieldSchema.class)
public final class FieldOrigin implements Comparable<FieldOrigin> {
  public final String field;
  public final String source;

  @SchemaCreate
  public FieldOrigin(String field, String source) {
    this.field = Objects.requireNonNull(field);
    this.source = Objects.requireNonNull(source);
  }

  @Override
  public int compareTo(FieldOrigin o) {
    int c = field.compareTo(o.field);
    return c != 0 ? c : source.compareTo(o.source);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldOrigin f && field.equals(f.field) && source.equals(f.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, source);
  }

  @Override
  public String toString() {
    return field + "<-" + source;
  }
}
