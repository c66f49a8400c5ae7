package io.newsbeam.generate;

import java.util.List;

/** A paragraph: sentences joined by one space. A source line ("Source: A; B") is never merged or split. */
final class Para {
  final List<Sentence> sentences;
  final boolean sourceLine;

  Para(List<Sentence> sentences, boolean sourceLine) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("empty paragraph");
    }
    this.sentences = List.copyOf(sentences);
    this.sourceLine = sourceLine;
  }

  int wordCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.wordCount();
    }
    return n;
  }
}
