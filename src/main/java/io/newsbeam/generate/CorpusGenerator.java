package io.newsbeam.generate;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The streaming generation loop: one {@link KindPlan} decision, one record and one truth line per corpus
 * line. Only a ring buffer of the last {@code poolSize} originals is kept, so memory does not grow with N.
 * Two random streams split from the seed — one for the plan, one for content — so changing how content is
 * written never changes which line is which kind.
 */
final class CorpusGenerator {
  private final GeneratorConfig cfg;
  private final Lexicon lex = Lexicon.get();
  private final StoryComposer composer = new StoryComposer(lex);
  private final CopyMaker copies = new CopyMaker(lex, composer);
  private final JsonLines json = new JsonLines();

  CorpusGenerator(GeneratorConfig cfg) {
    this.cfg = cfg;
  }

  void run(Writer corpus, Writer truth) throws IOException {
    SplittableRandom master = new SplittableRandom(cfg.seed);
    KindPlan plan = new KindPlan(cfg, master.split());
    SplittableRandom rng = master.split();
    CopyMaker.Pooled[] pool = new CopyMaker.Pooled[cfg.poolSize];
    int poolCount = 0;
    int poolNext = 0;
    long stories = 0;
    for (long line = 1; line <= cfg.articles; line++) {
      CopyKind.Variant v = plan.next();
      Rendition r;
      switch (v.kind) {
        case ORIGINAL: {
          Story s = composer.compose(storyId(++stories), rng, StoryComposer.Constraints.NONE);
          r = fromStory(line, v, s, rng, Rendition.params(
              "words", s.wordCount(), "paragraphs", s.paragraphs.size()), null);
          pool[poolNext] = new CopyMaker.Pooled(s, new Rendition.Ref(line, r.url, s.storyId), r.outlet);
          poolNext = (poolNext + 1) % pool.length;
          poolCount = Math.min(poolCount + 1, pool.length);
          break;
        }
        case HARD_NEGATIVE: {
          CopyMaker.Pooled other = pool[rng.nextInt(poolCount)];
          Story o = other.story;
          Story s;
          Map<String, Object> params;
          if (v == CopyKind.Variant.SHARED_QUOTE) {
            s = composer.compose(storyId(++stories), rng, new StoryComposer.Constraints(
                -1, -1, -1, o.longQuote.text, o.longQuoteSpeaker));
            params = Rendition.params("variant", v.label, "shared_quote_words", o.longQuote.wordCount());
          } else {
            s = composer.compose(storyId(++stories), rng, new StoryComposer.Constraints(
                o.context.topic, o.context.city, o.epochDay, null, null));
            params = Rendition.params("variant", v.label, "day", LocalDate.ofEpochDay(o.epochDay).toString());
          }
          r = fromStory(line, v, s, rng, new java.util.LinkedHashMap<>(params), other.ref);
          break;
        }
        case MALFORMED:
          writeMalformed(line, v, rng, corpus, truth);
          continue;
        default: {
          CopyMaker.Pooled src = pool[rng.nextInt(poolCount)];
          CopyMaker.Draft d = copies.copy(v, src, rng);
          r = new Rendition(line, v, src.story.storyId, lex.topicKeys[src.story.context.topic], d.title,
              d.description, d.authors, d.epochSecond, d.outlet, url(d.outlet, d.epochSecond, d.title, line),
              d.paragraphs, d.params, src.ref, null);
        }
      }
      write(r, corpus, truth);
    }
  }

  private Rendition fromStory(long line, CopyKind.Variant v, Story s, SplittableRandom rng,
      java.util.LinkedHashMap<String, Object> params, Rendition.Ref negativeOf) {
    int outlet = rng.nextInt(lex.outletNames.length);
    long when = s.epochSecond();
    return new Rendition(line, v, s.storyId, lex.topicKeys[s.context.topic], s.title, s.description(),
        s.authors, when, outlet, url(outlet, when, s.title, line), s.paragraphs, params, null, negativeOf);
  }

  private void write(Rendition r, Writer corpus, Writer truth) throws IOException {
    Rendition.Rendered text = Rendition.render(r.paragraphs);
    corpus.write(json.record(r.title, text.maintext, Dates.format(r.epochSecond), r.url,
        lex.outletDomains[r.outlet], r.authors, r.description));
    corpus.write('\n');
    truth.write(json.truth(r.line, r.url, r.storyId, r.variant.kind.label, r.params, Rendition.ref(r.copyOf),
        Rendition.ref(r.negativeOf), r.topic, text.quotes, text.sources));
    truth.write('\n');
  }

  /**
   * Malformed lines are built from a fresh story that is then broken; they belong to no story (story_id
   * null) and carry no gold quotes or sources, since a reader must reject them.
   */
  private void writeMalformed(long line, CopyKind.Variant v, SplittableRandom rng, Writer corpus, Writer truth)
      throws IOException {
    Story s = composer.compose("malformed", rng, StoryComposer.Constraints.NONE);
    int outlet = rng.nextInt(lex.outletNames.length);
    long when = s.epochSecond();
    String url = url(outlet, when, s.title, line);
    String maintext = v == CopyKind.Variant.EMPTY_MAINTEXT ? "" : Rendition.render(s.paragraphs).maintext;
    String record = json.record(s.title, maintext, Dates.format(when), url, lex.outletDomains[outlet],
        s.authors, s.description());
    java.util.LinkedHashMap<String, Object> params = Rendition.params("variant", v.label);
    String out;
    switch (v) {
      case TRUNCATED_JSON: {
        int cut = (int) (record.length() * (0.2 + 0.6 * rng.nextDouble()));
        out = record.substring(0, cut);
        params.put("kept_chars", cut);
        params.put("full_chars", record.length());
        break;
      }
      case INVALID_JSON:
        // a bare word where a string belongs: every JSON parser rejects it
        out = record.replace("\"language\":\"en\"", "\"language\":en");
        params.put("defect", "unquoted value of language");
        break;
      case NON_OBJECT: {
        int form = rng.nextInt(3);
        if (form == 0) {
          out = json.stringArray(List.of(s.title, url));
          params.put("json_type", "array");
        } else if (form == 1) {
          out = json.string(s.title);
          params.put("json_type", "string");
        } else {
          out = "null";
          params.put("json_type", "null");
        }
        break;
      }
      case EMPTY_MAINTEXT:
        out = record;
        break;
      default:
        throw new IllegalArgumentException(v.name());
    }
    corpus.write(out);
    corpus.write('\n');
    truth.write(json.truth(line, url, null, v.kind.label, params, null, null, null, List.of(), List.of()));
    truth.write('\n');
  }

  private static String storyId(long n) {
    String digits = Long.toString(n);
    StringBuilder sb = new StringBuilder("s");
    for (int i = digits.length(); i < 8; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  /**
   * https://www.{domain}/{yyyy}/{mm}/{dd}/{slug}-{id}: id is 16 hex digits of a bijective mix of the line
   * number and seed, so urls are unique within a run without revealing the line order.
   */
  private String url(int outlet, long epochSecond, String title, long line) {
    StringBuilder sb = new StringBuilder(128);
    sb.append("https://www.").append(lex.outletDomains[outlet]).append('/');
    String date = Dates.format(epochSecond);
    sb.append(date, 0, 4).append('/').append(date, 5, 7).append('/').append(date, 8, 10).append('/');
    int start = sb.length();
    boolean dash = true;
    for (int i = 0; i < title.length() && sb.length() - start < 60; i++) {
      char c = Character.toLowerCase(title.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
        dash = false;
      } else if (!dash) {
        sb.append('-');
        dash = true;
      }
    }
    if (!dash) {
      sb.append('-');
    }
    String hex = Long.toHexString(mix(line * 0x9E3779B97F4A7C15L + cfg.seed));
    for (int i = hex.length(); i < 16; i++) {
      sb.append('0');
    }
    return sb.append(hex).toString();
  }

  /** The SplitMix64 finaliser: a bijection on 64-bit values. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

}
