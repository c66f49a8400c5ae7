package io.newsbeam.io;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the readers need to know, as plain values: the input format (or {@link InputFormat#AUTO}), extra
 * field names mapped to canonical ones, and the largest record accepted, in bytes.
 */
public final class ReaderConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  /** 10 MiB: far above any real article, small enough that a worker can hold a few at once. */
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 10L << 20;

  /** Records are buffered in byte arrays, so the limit has to fit one (with room for the overflow byte). */
  static final long MAX_SUPPORTED_BYTES = Integer.MAX_VALUE - 16;

  /** The names a --fieldMap entry may map to. */
  public static final Set<String> CANONICAL_FIELDS =
      Set.of("title", "text", "date", "url", "publisher", "authors", "language", "description");

  private final InputFormat format;
  // TreeMap: serializable and iterated in a fixed order, so precedence among mapped names is deterministic.
  private final TreeMap<String, String> fieldMap;
  private final long maxArticleBytes;

  private ReaderConfig(InputFormat format, TreeMap<String, String> fieldMap, long maxArticleBytes) {
    this.format = format;
    this.fieldMap = fieldMap;
    this.maxArticleBytes = maxArticleBytes;
  }

  /**
   * @param fieldMap input field name -> canonical name (one of {@link #CANONICAL_FIELDS}); may be empty
   * @throws IllegalArgumentException for a non-canonical target or a limit outside 1..~2 GiB
   */
  public static ReaderConfig of(InputFormat format, Map<String, String> fieldMap, long maxArticleBytes) {
    Objects.requireNonNull(format, "format");
    if (maxArticleBytes < 1 || maxArticleBytes > MAX_SUPPORTED_BYTES) {
      throw new IllegalArgumentException("maxArticleBytes must be between 1 and " + MAX_SUPPORTED_BYTES
          + ", got " + maxArticleBytes);
    }
    TreeMap<String, String> copy = new TreeMap<>();
    for (Map.Entry<String, String> e : fieldMap.entrySet()) {
      checkEntry(e.getKey(), e.getValue());
      copy.put(e.getKey(), e.getValue());
    }
    return new ReaderConfig(format, copy, maxArticleBytes);
  }

  /** AUTO, no field map, {@link #DEFAULT_MAX_ARTICLE_BYTES}. */
  public static ReaderConfig defaults() {
    return of(InputFormat.AUTO, Map.of(), DEFAULT_MAX_ARTICLE_BYTES);
  }

  /**
   * Parses {@code "headline=title,body=text"}. Blank or null gives an empty map. Names are trimmed and
   * case-sensitive.
   *
   * @throws IllegalArgumentException on an entry without {@code =}, an empty name, a non-canonical target
   *     or a name given twice
   */
  public static Map<String, String> parseFieldMap(String spec) {
    TreeMap<String, String> map = new TreeMap<>();
    if (spec == null || spec.isBlank()) {
      return Collections.unmodifiableSortedMap(map);
    }
    for (String entry : spec.split(",", -1)) {
      int eq = entry.indexOf('=');
      if (eq < 0 || entry.indexOf('=', eq + 1) >= 0) {
        throw new IllegalArgumentException("fieldMap entry '" + entry.trim() + "' is not name=canonical");
      }
      String from = entry.substring(0, eq).trim();
      String to = entry.substring(eq + 1).trim();
      checkEntry(from, to);
      if (map.put(from, to) != null) {
        throw new IllegalArgumentException("fieldMap maps '" + from + "' twice");
      }
    }
    return Collections.unmodifiableSortedMap(map);
  }

  private static void checkEntry(String from, String to) {
    if (from == null || from.isBlank()) {
      throw new IllegalArgumentException("fieldMap has an empty field name");
    }
    if (!CANONICAL_FIELDS.contains(to)) {
      throw new IllegalArgumentException("fieldMap target '" + to + "' is not one of "
          + String.join(", ", new java.util.TreeSet<>(CANONICAL_FIELDS)));
    }
  }

  public InputFormat format() {
    return format;
  }

  /** Sorted by input name. */
  public SortedMap<String, String> fieldMap() {
    return Collections.unmodifiableSortedMap(fieldMap);
  }

  public long maxArticleBytes() {
    return maxArticleBytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReaderConfig c && format == c.format && fieldMap.equals(c.fieldMap)
        && maxArticleBytes == c.maxArticleBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, fieldMap, maxArticleBytes);
  }

  @Override
  public String toString() {
    return "ReaderConfig{" + format + ", fieldMap=" + fieldMap + ", maxArticleBytes=" + maxArticleBytes + "}";
  }
}
