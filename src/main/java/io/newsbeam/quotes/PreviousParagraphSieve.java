package io.newsbeam.quotes;

import java.util.List;

/**
 * A labelled {@code Quote:} block belongs to the speaker of the paragraph before it (the last one when it has
 * several); when that paragraph has no attributed quote, to the last person it mentions.
 */
final class PreviousParagraphSieve implements Sieve {
  @Override
  public String name() {
    return "previous_paragraph";
  }

  @Override
  public double confidence() {
    return 0.8;
  }

  @Override
  public void apply(Entities entities, List<Candidate> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (c.isAttributed() || !Candidate.LABELLED.equals(c.kind)) {
        continue;
      }
      int para = c.segment.paragraph();
      Candidate best = null;
      for (int k = i - 1; k >= 0; k--) {
        Candidate p = candidates.get(k);
        if (p.segment.paragraph() < para - 1) {
          break;
        }
        if (p.segment.paragraph() == para - 1 && p.isAttributed() && p.speaker != null) {
          best = p;
          break;
        }
      }
      if (best != null) {
        c.attribute(best.speaker, best.speakerSurface, name());
      } else {
        Entity e = entities.nearestPerson(c.anchor, '?');
        if (e != null) {
          c.attribute(e, null, name());
        }
      }
    }
  }
}
