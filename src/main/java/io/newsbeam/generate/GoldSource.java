package io.newsbeam.generate;

/**
 * A source (news agency) the generator cited. {@code name} is the canonical agency name, {@code text} the
 * words in the article (the dateline tag "AFP" for "Agence France-Presse"); span as in {@link GoldQuote}.
 */
final class GoldSource {
  enum Kind {
    SOURCE_LINE("source-line"), // Source: Reuters; TASS
    ACCORDING_TO("according-to"), // ..., according to Reuters.
    REPORTED("reported"), // Reuters reported that ...
    DATELINE("dateline"), // KYIV, May 16 (Reuters) -
    TRAILER("trailer"); // Copyright 2024 Reuters. ...

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  final String name;
  final String text;
  final Kind kind;
  final int start;
  final int end;

  GoldSource(String name, String text, Kind kind, int start, int end) {
    if (end - start != text.length()) {
      throw new IllegalArgumentException("span does not match text: " + start + ".." + end + " " + text);
    }
    this.name = name;
    this.text = text;
    this.kind = kind;
    this.start = start;
    this.end = end;
  }

  GoldSource shifted(int by) {
    return new GoldSource(name, text, kind, start + by, end + by);
  }
}
