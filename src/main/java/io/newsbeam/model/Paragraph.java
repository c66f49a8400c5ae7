package io.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One paragraph of an article with its layout role: {@code label} is the line label it carried
 * ({@code Source}, {@code Details}, {@code Quote}, {@code Background}, ...) or null; {@code bullet} is true for
 * a {@code - } list item. {@code text} never includes the label or the bullet marker.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Paragraph {
  public final @Nullable String label;
  public final boolean bullet;
  public final String text;

  @SchemaCreate
  public Paragraph(@Nullable String label, boolean bullet, String text) {
    this.label = label;
    this.bullet = bullet;
    this.text = Objects.requireNonNull(text, "text");
  }

  public static Paragraph plain(String text) {
    return new Paragraph(null, false, text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Paragraph p && Objects.equals(label, p.label) && bullet == p.bullet && text.equals(p.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, bullet, text);
  }

  @Override
  public String toString() {
    return (label == null ? "" : label + ": ") + (bullet ? "- " : "") + text;
  }
}
