package io.newsbeam.quotes;

import io.newsbeam.model.Paragraph;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Quotes and mentioned people of one article: segments the body, finds quotation spans, people and
 * organisations ({@link MentionFinder}), quote candidates ({@link QuoteFinder}), then runs the attribution sieves
 * in order. Offsets in the results are half-open Unicode code point offsets into the body. Pure and
 * deterministic; build one per thread (it holds no per-article state between calls).
 */
public final class QuoteExtractor implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SHORT_WORDS = 4;

  /** A quote found in an article. */
  public record Found(String kind, int start, int end, String text, @Nullable String speaker,
      @Nullable String speakerSurface, @Nullable String speakerType, @Nullable String speakerRole,
      @Nullable String speakerQid, @Nullable String cueVerb, String sentence, String attributedBy,
      double confidence, List<String> flags) {}

  /** A person mentioned in an article (by title, apposition, alias list, first name) who is not quoted in it. */
  public record Mentioned(String name, String surface, @Nullable String role, @Nullable String qid,
      String evidence, int start, int end, int count) {}

  public record Result(List<Found> quotes, List<Mentioned> mentions) {}

  private final SpeakerAliases aliases;

  public QuoteExtractor(SpeakerAliases aliases) {
    this.aliases = aliases;
  }

  /** A pipeline article: body plus its paragraphs (labels are not in the body). */
  public Result extract(String body, List<Paragraph> paragraphs, Collection<String> selfNames) {
    return run(body, TextUnits.segments(body, paragraphs), selfNames);
  }

  /** A plain text with blank lines between paragraphs and inline {@code Quote: } labels (the eval format). */
  public Result extractText(String text) {
    return run(text, TextUnits.segmentsOfText(text, true), List.of());
  }

  private Result run(String body, List<Segment> segments, Collection<String> selfNames) {
    Lexicon lex = Lexicon.get();
    List<SegmentText> texts = new ArrayList<>(segments.size());
    for (Segment s : segments) {
      texts.add(new SegmentText(body, s));
    }
    List<Candidate> candidates = new QuoteFinder(lex).find(body, texts);
    Entities entities = new Entities(aliases, lex, body);
    new MentionFinder(lex).find(body, texts, entities);
    List<Sieve> sieves = List.of(new NoSpeakerSieve(), new UnnamedSourceSieve(), new CueSubjectSieve(),
        new DescriptionSieve(lex),
        new PronounSieve(), new SameSentenceSieve(), new PreviousParagraphSieve(), new SameSentenceSieve(),
        new NearestSpeakerSieve());
    for (Sieve s : sieves) {
      s.apply(entities, candidates);
    }
    Set<String> self = new HashSet<>();
    for (String n : selfNames) {
      self.add(SpeakerAliases.key(n));
    }
    List<Found> quotes = new ArrayList<>();
    Set<Entity> speakers = new HashSet<>();
    for (Candidate c : candidates) {
      String by = c.attributedBy == null ? "unresolved" : c.attributedBy;
      double confidence = 0.0;
      for (Sieve s : sieves) {
        if (s.name().equals(by)) {
          confidence = s.confidence();
        }
      }
      List<String> flags = new ArrayList<>();
      String text = body.substring(c.start, c.end);
      if (text.split("\\s+").length < SHORT_WORDS) {
        flags.add("short");
        confidence -= 0.2;
      }
      if (c.speaker == null && !c.noSpeaker) {
        flags.add("unresolved");
      }
      if (c.speaker != null && self.contains(SpeakerAliases.key(c.speaker.canonical))) {
        flags.add("self_attributed");
        confidence -= 0.3;
      }
      Entity e = c.speaker;
      if (e != null) {
        speakers.add(e);
      }
      quotes.add(new Found(c.kind, cp(body, c.start), cp(body, c.end), text, e == null ? null : e.canonical,
          c.speakerSurface, e == null ? null : e.type, e == null ? null : e.role, e == null ? null : e.qid,
          c.cue, body.substring(c.sentenceStart, Math.max(c.sentenceStart, c.sentenceEnd)), by,
          Math.max(0.0, Math.round(confidence * 100) / 100.0), flags));
    }
    List<Mentioned> mentions = new ArrayList<>();
    for (Entity e : entities.all) {
      if (!e.isPerson() || speakers.contains(e) || e.mentionCount == 0) {
        continue;
      }
      mentions.add(new Mentioned(e.canonical, e.firstSurface, e.role, e.qid, String.join(",", e.evidence),
          cp(body, e.firstStart), cp(body, e.firstEnd), e.mentionCount));
    }
    return new Result(quotes, mentions);
  }

  private static int cp(String body, int utf16) {
    return body.codePointCount(0, utf16);
  }
}
