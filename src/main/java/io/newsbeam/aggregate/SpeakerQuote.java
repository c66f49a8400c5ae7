package io.newsbeam.aggregate;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** One attributed quote reduced to what quote corroboration compares: where it ran, who ran it, its tokens. */
@DefaultSchema(JavaFieldSchema.class)
public final class SpeakerQuote {
  public final String articleId;
  public final String quoteId;
  public final String publisher;
  /** {@link QuoteOverlap#tokens}: distinct, lower case, sorted. */
  public final List<String> tokens;

  @SchemaCreate
  public SpeakerQuote(String articleId, String quoteId, String publisher, List<String> tokens) {
    this.articleId = Objects.requireNonNull(articleId);
    this.quoteId = Objects.requireNonNull(quoteId);
    this.publisher = Objects.requireNonNull(publisher);
    this.tokens = List.copyOf(tokens);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpeakerQuote q && articleId.equals(q.articleId) && quoteId.equals(q.quoteId)
        && publisher.equals(q.publisher) && tokens.equals(q.tokens);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, quoteId);
  }
}
