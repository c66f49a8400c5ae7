package io.newsbeam.model;

/**
 * Why a record was rejected. The lower-case {@link #code()} is what the {@code rejected} table and
 * run_summary.json show; adding a value is a schema-visible change (README lists them all).
 */
public enum RejectReason {
  /** A JSON line or file that Jackson cannot parse. */
  MALFORMED_JSON,
  /** Valid JSON whose top level is not an object (or an array element that is not). */
  NOT_AN_OBJECT,
  /** JSON beyond Jackson's stream constraints: nesting depth, number length, string length. */
  JSON_LIMITS,
  /** A CSV row whose column count differs from the header. */
  CSV_MISSING_COLUMNS,
  /** A CSV file Commons CSV cannot parse past some point (unclosed quote, ...). */
  MALFORMED_CSV,
  /** A record longer than --maxArticleBytes (also stops decompression bombs). */
  TOO_LARGE,
  /** A compressed stream or archive that breaks off; records read before the break are kept. */
  TRUNCATED_INPUT,
  /** Neither a BOM, nor strict UTF-8, nor an accepted detected charset. */
  BAD_ENCODING,
  /** A file with no bytes, or only whitespace. */
  EMPTY_FILE,
  /** A file that is not text in any supported format (images, executables, ...). */
  BINARY_FILE,
  /** A file that could not be opened or read at all. */
  UNREADABLE,
  /** A record with no article text once parsed and cleaned. */
  EMPTY_BODY;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
