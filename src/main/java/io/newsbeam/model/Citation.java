package io.newsbeam.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One cited source in one article: who the article says its information comes from. {@code start}/{@code end}
 * are a half-open span in Unicode code points into {@code Article.body} and cover {@code sourceSurface}
 * exactly; they are checked when built. {@code rule} names the extraction rule that produced the row
 * (provenance), so every row can be explained.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Citation {
  public static final String KIND_SOURCE_LINE = "source_line";
  public static final String KIND_INLINE = "inline";
  public static final String KIND_LINK = "link";
  public static final String KIND_ANONYMOUS = "anonymous";
  public static final String ANONYMOUS = "anonymous";

  public final String articleId;
  public final @Nullable String publisher;
  /** Canonical name (alias table, or the article's own long form); the surface when unresolved. */
  public final String source;
  public final String sourceSurface;
  /** news_agency, newspaper, broadcaster, social_channel, government_body, person, anonymous, company, ngo, other. */
  public final String sourceType;
  /** True when {@code source} came from the alias table (exactly or fuzzily). */
  public final boolean resolved;
  /** The outlet's first domain from the alias table (or the link's host), else null. */
  public final @Nullable String sourceDomain;
  public final List<String> qualifiers;
  public final List<String> aliases;
  public final @Nullable String note;
  /** source_line, inline, link or anonymous. */
  public final String citationKind;
  /** True when a qualifier is in the cautionary lexicon (state-aligned, propaganda, unverified, ...). */
  public final boolean cautionary;
  public final String sentence;
  public final int start;
  public final int end;
  /** The rule that produced this citation, e.g. {@code source_line}, {@code according_to}, {@code x_said}. */
  public final String rule;

  @SchemaCreate
  public Citation(String articleId, @Nullable String publisher, String source, String sourceSurface,
      String sourceType, boolean resolved, @Nullable String sourceDomain, List<String> qualifiers,
      List<String> aliases, @Nullable String note, String citationKind, boolean cautionary, String sentence,
      int start, int end, String rule) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + sourceSurface);
    }
    if (sourceSurface.codePointCount(0, sourceSurface.length()) != end - start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") does not fit '" + sourceSurface + "'");
    }
    this.articleId = Objects.requireNonNull(articleId);
    this.publisher = publisher;
    this.source = Objects.requireNonNull(source);
    this.sourceSurface = sourceSurface;
    this.sourceType = Objects.requireNonNull(sourceType);
    this.resolved = resolved;
    this.sourceDomain = sourceDomain;
    this.qualifiers = List.copyOf(qualifiers);
    this.aliases = List.copyOf(aliases);
    this.note = note;
    this.citationKind = Objects.requireNonNull(citationKind);
    this.cautionary = cautionary;
    this.sentence = Objects.requireNonNull(sentence);
    this.start = start;
    this.end = end;
    this.rule = Objects.requireNonNull(rule);
  }

  public boolean isAnonymous() {
    return KIND_ANONYMOUS.equals(citationKind);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Citation c && articleId.equals(c.articleId) && Objects.equals(publisher, c.publisher)
        && source.equals(c.source) && sourceSurface.equals(c.sourceSurface) && sourceType.equals(c.sourceType)
        && resolved == c.resolved && Objects.equals(sourceDomain, c.sourceDomain)
        && qualifiers.equals(c.qualifiers) && aliases.equals(c.aliases) && Objects.equals(note, c.note)
        && citationKind.equals(c.citationKind) && cautionary == c.cautionary && sentence.equals(c.sentence)
        && start == c.start && end == c.end && rule.equals(c.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, start, end, source);
  }

  @Override
  public String toString() {
    return source + " (" + sourceType + ", " + citationKind + ", '" + sourceSurface + "' [" + start + "," + end
        + ")" + (qualifiers.isEmpty() ? "" : ", qualifiers=" + qualifiers)
        + (aliases.isEmpty() ? "" : ", aliases=" + aliases) + (note == null ? "" : ", note=" + note) + ")";
  }
}
