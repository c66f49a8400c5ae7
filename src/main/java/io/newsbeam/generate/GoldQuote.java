package io.newsbeam.generate;

/**
 * A quote the generator inserted: who said it, the quoted words and the attribution style. {@code start}
 * and {@code end} are a half-open span of {@code text} in Java chars, relative to the enclosing sentence
 * until rendering shifts them to maintext offsets.
 */
final class GoldQuote {
  /** Attribution styles; the label is what the truth file says. */
  enum Kind {
    DIRECT_SAID_NAME("direct-said-name"), // "...," said Name.
    DIRECT_NAME_SAID("direct-name-said"), // "...," Name said.
    DIRECT_COLON("direct-colon"), // Name said: "..."
    INDIRECT_SAID_THAT("indirect-said-that"), // Name said that ...
    INDIRECT_ACCORDING_TO("indirect-according-to"), // According to Name, ...
    PRONOUN_FOLLOW_UP("pronoun-follow-up"); // "...," she said.  /  He added: "..."

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  final String speaker;
  final String text;
  final Kind kind;
  final int start;
  final int end;

  GoldQuote(String speaker, String text, Kind kind, int start, int end) {
    if (end - start != text.length()) {
      throw new IllegalArgumentException("span does not match text: " + start + ".." + end + " " + text);
    }
    this.speaker = speaker;
    this.text = text;
    this.kind = kind;
    this.start = start;
    this.end = end;
  }

  GoldQuote shifted(int by) {
    return new GoldQuote(speaker, text, kind, start + by, end + by);
  }

  int wordCount() {
    return text.split(" ").length;
  }
}
