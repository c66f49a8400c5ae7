package io.newsbeam.model;

import java.util.Arrays;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * An input record that did not become an article, with the reason. {@code raw} holds at most
 * {@link #MAX_RAW_BYTES} bytes of the original record so a user can see what was wrong with it.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Rejected {
  public static final int MAX_RAW_BYTES = 2048;

  /** Pipeline step that rejected it: {@code read} or {@code normalize}. */
  public final String stage;
  /** {@link RejectReason#code()}. */
  public final String reason;
  /** One line for a person: no temp paths, no stack traces. */
  public final String message;
  public final Provenance source;
  public final byte[] raw;

  @SchemaCreate
  public Rejected(String stage, String reason, String message, Provenance source, byte[] raw) {
    this.stage = Objects.requireNonNull(stage);
    this.reason = Objects.requireNonNull(reason);
    this.message = Objects.requireNonNull(message);
    this.source = Objects.requireNonNull(source);
    this.raw = raw.length <= MAX_RAW_BYTES ? raw : Arrays.copyOf(raw, MAX_RAW_BYTES);
  }

  public static Rejected of(String stage, RejectReason reason, String message, Provenance source, byte[] raw) {
    return new Rejected(stage, reason.code(), message, source, raw == null ? new byte[0] : raw);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rejected r && stage.equals(r.stage) && reason.equals(r.reason)
        && message.equals(r.message) && source.equals(r.source) && Arrays.equals(raw, r.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, reason, message, source, Arrays.hashCode(raw));
  }

  @Override
  public String toString() {
    return stage + "/" + reason + " " + source + ": " + message;
  }
}
