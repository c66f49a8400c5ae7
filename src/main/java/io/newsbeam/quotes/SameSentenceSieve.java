package io.newsbeam.quotes;

import java.util.List;

/**
 * A quote that shares its speaker with an earlier quote: a participle clause ({@code "…," he said, adding that
 * …}) or a second quotation with no frame of its own in the same paragraph ({@code "…," he said. "…"}).
 */
final class SameSentenceSieve implements Sieve {
  @Override
  public String name() {
    return "same_speaker";
  }

  @Override
  public double confidence() {
    return 0.85;
  }

  @Override
  public void apply(Entities entities, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      Candidate other = c.sharesSpeakerWith;
      while (!c.isAttributed() && other != null) {
        if (other.isAttributed() && !other.noSpeaker) {
          c.attribute(other.speaker, other.speakerSurface, name());
        }
        other = other.sharesSpeakerWith;
      }
    }
  }
}
