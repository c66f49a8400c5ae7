package io.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One input record as a reader decoded and parsed it, before any normalization: field values are the
 * strings found in the input (decoded to Java strings, otherwise untouched). {@code paragraphs} is the
 * body split at newlines with labels and bullets recognised; {@code raw} is the start of the original
 * bytes, kept so a later stage can still reject the record with its payload.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class RawArticle {
  public final Provenance source;
  /** {@code txt}, {@code jsonl}, {@code json} or {@code csv}. */
  public final String format;
  /** Charset the bytes were decoded with, e.g. {@code UTF-8}, {@code windows-1251}. */
  public final String sourceCharset;
  public final @Nullable String title;
  public final @Nullable String description;
  public final List<Paragraph> paragraphs;
  public final @Nullable String dateRaw;
  public final @Nullable String url;
  public final @Nullable String publisher;
  public final List<String> authors;
  public final @Nullable String language;
  public final byte[] raw;

  @SchemaCreate
  public RawArticle(
      Provenance source,
      String format,
      String sourceCharset,
      @Nullable String title,
      @Nullable String description,
      List<Paragraph> paragraphs,
      @Nullable String dateRaw,
      @Nullable String url,
      @Nullable String publisher,
      List<String> authors,
      @Nullable String language,
      byte[] raw) {
    this.source = Objects.requireNonNull(source);
    this.format = Objects.requireNonNull(format);
    this.sourceCharset = Objects.requireNonNull(sourceCharset);
    this.title = title;
    this.description = description;
    this.paragraphs = List.copyOf(paragraphs);
    this.dateRaw = dateRaw;
    this.url = url;
    this.publisher = publisher;
    this.authors = List.copyOf(authors);
    this.language = language;
    this.raw = raw.length <= Rejected.MAX_RAW_BYTES ? raw : java.util.Arrays.copyOf(raw, Rejected.MAX_RAW_BYTES);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawArticle r && source.equals(r.source) && format.equals(r.format)
        && sourceCharset.equals(r.sourceCharset) && Objects.equals(title, r.title)
        && Objects.equals(description, r.description) && paragraphs.equals(r.paragraphs)
        && Objects.equals(dateRaw, r.dateRaw) && Objects.equals(url, r.url)
        && Objects.equals(publisher, r.publisher) && authors.equals(r.authors)
        && Objects.equals(language, r.language) && java.util.Arrays.equals(raw, r.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, format, title, paragraphs, dateRaw, url);
  }

  @Override
  public String toString() {
    return "RawArticle{" + source + ", " + format + ", title=" + title + ", date=" + dateRaw
        + ", paragraphs=" + paragraphs.size() + "}";
  }
}
