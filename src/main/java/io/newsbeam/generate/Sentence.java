package io.newsbeam.generate;

import java.util.List;

/**
 * One sentence of a story. Only {@code editable} sentences (plain narrative, no quotes, no citations) are
 * touched by near-duplicate word edits, so gold spans never need re-computing inside a sentence.
 */
final class Sentence {
  final String text;
  final boolean editable;
  final List<GoldQuote> quotes;
  final List<GoldSource> sources;
  private final int words;

  Sentence(String text, boolean editable, List<GoldQuote> quotes, List<GoldSource> sources) {
    if (editable && (!quotes.isEmpty() || !sources.isEmpty())) {
      throw new IllegalArgumentException("an editable sentence cannot carry gold spans");
    }
    this.text = text;
    this.editable = editable;
    this.quotes = List.copyOf(quotes);
    this.sources = List.copyOf(sources);
    this.words = Words.count(text);
  }

  static Sentence narrative(String text) {
    return new Sentence(text, true, List.of(), List.of());
  }

  Sentence withText(String newText) {
    return new Sentence(newText, editable, quotes, sources);
  }

  int wordCount() {
    return words;
  }
}
