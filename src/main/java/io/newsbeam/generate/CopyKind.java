package io.newsbeam.generate;

/**
 * What a corpus line is, as the truth file's {@code kind} says. Each kind has one or more variants; the
 * generator draws exact counts per variant (see {@link KindPlan}).
 */
enum CopyKind {
  ORIGINAL("original"),
  EXACT("exact"),
  NEAR_LIGHT("near-light"),
  NEAR_MEDIUM("near-medium"),
  NEAR_HEAVY("near-heavy"),
  NEAR_HALF("near-half"),
  HARD_NEGATIVE("hard-negative"),
  MALFORMED("malformed");

  final String label;

  CopyKind(String label) {
    this.label = label;
  }

  /** The finest unit the plan counts; the truth file reports it as params.variant for multi-variant kinds. */
  enum Variant {
    ORIGINAL(CopyKind.ORIGINAL, "original"),
    EXACT(CopyKind.EXACT, "exact"),
    NEAR_LIGHT(CopyKind.NEAR_LIGHT, "near-light"),
    NEAR_MEDIUM(CopyKind.NEAR_MEDIUM, "near-medium"),
    NEAR_HEAVY(CopyKind.NEAR_HEAVY, "near-heavy"),
    NEAR_HALF(CopyKind.NEAR_HALF, "near-half"),
    SHARED_QUOTE(CopyKind.HARD_NEGATIVE, "shared-quote"),
    SAME_TOPIC_SAME_DAY(CopyKind.HARD_NEGATIVE, "same-topic-same-day"),
    TRUNCATED_JSON(CopyKind.MALFORMED, "truncated-json"),
    INVALID_JSON(CopyKind.MALFORMED, "invalid-json"),
    NON_OBJECT(CopyKind.MALFORMED, "non-object"),
    EMPTY_MAINTEXT(CopyKind.MALFORMED, "empty-maintext");

    final CopyKind kind;
    final String label;

    Variant(CopyKind kind, String label) {
      this.kind = kind;
      this.label = label;
    }
  }
}
