package io.newsbeam.quotes;

import java.util.List;

/**
 * The last resort for a quotation with no frame: the speaker of the nearest earlier quote in this or the
 * previous paragraph, else the nearest earlier person.
 */
final class NearestSpeakerSieve implements Sieve {
  @Override
  public String name() {
    return "nearest_speaker";
  }

  @Override
  public double confidence() {
    return 0.5;
  }

  @Override
  public void apply(Entities entities, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.isAttributed() || c.subject != null) {
        continue;
      }
      Candidate prev = null;
      for (int k = i - 1; k >= 0; k--) {
        Candidate p = candidates.get(k);
        if (p.segment.paragraph() < c.segment.paragraph() - 1) {
          break;
        }
        if (p.isAttributed() && p.speaker != null) {
          prev = p;
          break;
        }
      }
      if (prev != null) {
        c.attribute(prev.speaker, prev.speakerSurface, name());
        continue;
      }
      Entity e = entities.nearestPerson(c.anchor, '?');
      if (e != null) {
        c.attribute(e, null, name());
      }
    }
  }
}
