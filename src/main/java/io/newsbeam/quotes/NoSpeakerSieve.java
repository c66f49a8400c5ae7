package io.newsbeam.quotes;

import java.util.List;

/** A quotation after a colon whose lead-in has no speech verb (a sign, banner, note, text message): no speaker. */
final class NoSpeakerSieve implements Sieve {
  @Override
  public String name() {
    return "no_speaker";
  }

  @Override
  public double confidence() {
    return 0.6;
  }

  @Override
  public void apply(Entities entities, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (!c.isAttributed() && c.signLike) {
        c.attribute(null, null, name());
        c.noSpeaker = true;
      }
    }
  }
}
