package io.newsbeam.quotes;

import java.util.List;

/**
 * One attribution rule. Sieves run in a fixed order; each looks only at candidates that are still unattributed,
 * and stamps its {@link #name()} into {@code attributed_by} for those it decides (CoreNLP's quote attribution
 * works the same way), so every speaker can be explained.
 */
interface Sieve {
  String name();

  /** How much a speaker found by this sieve is trusted (0..1), before flags lower it. */
  double confidence();

  void apply(Entities entities, List<Candidate> candidates);
}
