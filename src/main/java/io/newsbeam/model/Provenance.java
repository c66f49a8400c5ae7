package io.newsbeam.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * Where one input record came from: the file (for archives {@code archive!entry}), the 1-based line or
 * CSV row ({@code 0} when the record is the whole file or entry), and the byte offset of the record's first
 * byte in the decompressed stream.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Provenance implements Comparable<Provenance> {
  public final String file;
  public final long line;
  public final long byteOffset;

  @SchemaCreate
  public Provenance(String file, long line, long byteOffset) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.byteOffset = byteOffset;
  }

  /** {@code file:line}, or just {@code file} for whole-file records; used in metadata_from. */
  public String label() {
    return line > 0 ? file + ":" + line : file;
  }

  @Override
  public int compareTo(Provenance o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Long.compare(line, o.line);
    return c != 0 ? c : Long.compare(byteOffset, o.byteOffset);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Provenance p && file.equals(p.file) && line == p.line && byteOffset == p.byteOffset;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, byteOffset);
  }

  @Override
  public String toString() {
    return label() + "@" + byteOffset;
  }
}
