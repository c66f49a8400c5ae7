package io.newsbeam.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a pooled original into an exact or near duplicate. Every copy gets a different outlet (and so a
 * different url and domain), a date 1 minute to 72 hours after the original's, and fresh bylines except for
 * exact copies. The strengths, precisely:
 *
 * <ul>
 *   <li><b>exact</b>: title, maintext, description and authors identical to the original.
 *   <li><b>near-light</b>: the original's title and paragraphs, plus a dateline "CITY, Mon D (Tag) -"
 *       prepended to the first paragraph (followed by one space; Tag is a wire agency, Mon D the copy's date)
 *       and one boilerplate trailer paragraph appended. No word of the original is changed.
 *   <li><b>near-medium</b>: word edits at rate 0.05 ({@link WordEdits}: exactly round(0.05 * W) tokens of the
 *       original's W words changed), then re-paragraphing ({@link Reparagraph}), a new headline from the
 *       headline grammar, then dateline and trailer as for light.
 *   <li><b>near-heavy</b>: with probability 1/2 one paragraph dropped (never the lead or a source line),
 *       otherwise none; word edits at rate 0.15 on what remains (round(0.15 * W') tokens, W' its word
 *       count); if nothing was dropped, one new 2-3 sentence narrative paragraph is inserted at a random
 *       position after the lead; then re-paragraphing, new headline, dateline and trailer.
 *   <li><b>near-half</b>: the first k of the original's n paragraphs, k drawn uniformly from the integers
 *       with 0.5 &lt;= k/n &lt;= 0.6; title unchanged, no dateline or trailer.
 * </ul>
 */
final class CopyMaker {
  static final double MEDIUM_EDIT_RATE = 0.05;
  static final double HEAVY_EDIT_RATE = 0.15;
  private static final String[] MONTH_ABBR = {
    "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"
  };
  /** Agencies that put a dateline tag on wire copy: indices into the lexicon's agency list. */
  private static final int WIRE_AGENCIES = 10;

  private final Lexicon lex;
  private final StoryComposer composer;

  CopyMaker(Lexicon lex, StoryComposer composer) {
    this.lex = lex;
    this.composer = composer;
  }

  /** An original in the pool with where it was written. */
  static final class Pooled {
    final Story story;
    final Rendition.Ref ref;
    final int outlet;

    Pooled(Story story, Rendition.Ref ref, int outlet) {
      this.story = story;
      this.ref = ref;
      this.outlet = outlet;
    }
  }

  /** Everything but the url, which the caller derives from outlet, date and title. */
  static final class Draft {
    final String title;
    final String description;
    final List<String> authors;
    final long epochSecond;
    final int outlet;
    final List<Para> paragraphs;
    final LinkedHashMap<String, Object> params;

    Draft(String title, String description, List<String> authors, long epochSecond, int outlet,
        List<Para> paragraphs, LinkedHashMap<String, Object> params) {
      this.title = title;
      this.description = description;
      this.authors = authors;
      this.epochSecond = epochSecond;
      this.outlet = outlet;
      this.paragraphs = paragraphs;
      this.params = params;
    }
  }

  Draft copy(CopyKind.Variant variant, Pooled src, SplittableRandom rng) {
    Story s = src.story;
    int outlet = (src.outlet + 1 + rng.nextInt(lex.outletNames.length - 1)) % lex.outletNames.length;
    int offset = 60 + rng.nextInt(72 * 3600 - 60);
    long when = s.epochSecond() + offset;
    LinkedHashMap<String, Object> params = Rendition.params("date_offset_seconds", offset);
    switch (variant) {
      case EXACT:
        return new Draft(s.title, s.description(), s.authors, when, outlet, s.paragraphs, params);
      case NEAR_LIGHT:
        return new Draft(s.title, s.description(), composer.authors(rng), when, outlet,
            wire(s, s.paragraphs, when, outlet, params, rng), params);
      case NEAR_MEDIUM:
      case NEAR_HEAVY:
        return edited(variant == CopyKind.Variant.NEAR_HEAVY, s, when, outlet, params, rng);
      case NEAR_HALF: {
        int n = s.paragraphs.size();
        int lo = (n + 1) / 2; // ceil(0.5 n)
        int hi = (int) Math.floor(0.6 * n + 1e-9);
        int k = lo + rng.nextInt(hi - lo + 1);
        params.put("paragraphs_in", n);
        params.put("paragraphs_kept", k);
        return new Draft(s.title, s.description(), composer.authors(rng), when, outlet,
            s.paragraphs.subList(0, k), params);
      }
      default:
        throw new IllegalArgumentException(variant.name());
    }
  }

  private Draft edited(boolean heavy, Story s, long when, int outlet, LinkedHashMap<String, Object> params,
      SplittableRandom rng) {
    List<Para> paras = new ArrayList<>(s.paragraphs);
    int dropped = -1;
    if (heavy && rng.nextBoolean()) {
      List<Integer> candidates = new ArrayList<>();
      for (int i = 1; i < paras.size(); i++) {
        if (!paras.get(i).sourceLine) {
          candidates.add(i);
        }
      }
      dropped = candidates.get(rng.nextInt(candidates.size()));
      paras.remove(dropped);
    }
    double rate = heavy ? HEAVY_EDIT_RATE : MEDIUM_EDIT_RATE;
    WordEdits edits = WordEdits.apply(paras, rate, lex, rng);
    paras = new ArrayList<>(edits.paragraphs);
    int addedWords = 0;
    int addedAt = -1;
    if (heavy && dropped < 0) {
      List<Sentence> ss = new ArrayList<>();
      int n = 2 + rng.nextInt(2);
      for (int i = 0; i < n; i++) {
        Sentence sentence = composer.narrative(s.context, rng);
        ss.add(sentence);
        addedWords += sentence.wordCount();
      }
      addedAt = 1 + rng.nextInt(paras.size());
      paras.add(addedAt, new Para(ss, false));
    }
    int before = paras.size();
    paras = Reparagraph.apply(paras, rng);
    String title = s.title;
    for (int i = 0; i < 8 && title.equals(s.title); i++) {
      title = composer.headline(s.context, rng);
    }
    params.put("edit_rate", rate);
    params.put("words_in", Words.count(Rendition.render(edits.paragraphs).maintext));
    params.put("words_edited", edits.edited());
    params.put("typo_fixes", edits.typoFixes);
    params.put("synonym_swaps", edits.synonymSwaps);
    params.put("typos_introduced", edits.typosIntroduced);
    if (heavy) {
      params.put("dropped_paragraph", dropped < 0 ? null : dropped);
      params.put("added_paragraph", addedAt < 0 ? null : addedAt);
      params.put("added_words", addedWords);
    }
    params.put("paragraphs_before_regrouping", before);
    params.put("paragraphs_after_regrouping", paras.size());
    String description = paras.get(0).sentences.get(0).text;
    List<Para> body = wire(s, paras, when, outlet, params, rng);
    return new Draft(title, description, composer.authors(rng), when, outlet, body, params);
  }

  /** Adds the dateline to the first paragraph and a boilerplate trailer paragraph; records both in params. */
  private List<Para> wire(Story s, List<Para> paras, long when, int outlet, LinkedHashMap<String, Object> params,
      SplittableRandom rng) {
    int agency = rng.nextInt(WIRE_AGENCIES);
    String agencyName = lex.agencyNames[agency];
    String tag = lex.agencyTags[agency];
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(when, 86_400L));
    String prefix = s.context.cityName().toUpperCase(java.util.Locale.ROOT) + ", "
        + MONTH_ABBR[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + " (";
    String dateline = prefix + tag + ") -";
    GoldSource datelineSource =
        new GoldSource(agencyName, tag, GoldSource.Kind.DATELINE, prefix.length(), prefix.length() + tag.length());
    List<Sentence> lead = new ArrayList<>();
    lead.add(new Sentence(dateline, false, List.of(), List.of(datelineSource)));
    lead.addAll(paras.get(0).sentences);
    List<Para> out = new ArrayList<>(paras.size() + 1);
    out.add(new Para(lead, false));
    out.addAll(paras.subList(1, paras.size()));

    String outletName = lex.outletNames[outlet];
    Grammar.Slots slots = (id, r, sb) -> {
      if (id == 15) {
        sb.append(outletName);
      } else if (id == 16) {
        sb.append(agencyName);
      } else {
        s.context.append(id, r, sb);
      }
    };
    String trailer = lex.grammar.sentence(composer.rTrailer, slots, rng, true);
    int at = trailer.indexOf(agencyName);
    List<GoldSource> trailerSources = at < 0
        ? List.of()
        : List.of(new GoldSource(agencyName, agencyName, GoldSource.Kind.TRAILER, at, at + agencyName.length()));
    out.add(new Para(List.of(new Sentence(trailer, false, List.of(), trailerSources)), false));
    params.put("dateline", dateline);
    params.put("trailer", trailer);
    return out;
  }
}
