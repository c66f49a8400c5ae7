package io.newsbeam.io;

/**
 * How the reader interprets a (decompressed, non-archive) file. {@link #AUTO} chooses per file: by the
 * extension of the name once compression suffixes are removed ({@code .jsonl}/{@code .ndjson}, {@code .json},
 * {@code .csv}, {@code .txt}), else by the first non-whitespace character ({@code [} is JSON; {@code {} is
 * JSON Lines when the first line closes its object, else JSON), else plain text. CSV is never guessed.
 */
public enum InputFormat {
  AUTO,
  TXT,
  JSONL,
  JSON,
  CSV;

  /** The value written to {@code RawArticle.format}. */
  String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
