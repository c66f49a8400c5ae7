package io.newsbeam.quotes;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A quote while it is being attributed: its span (UTF-16 offsets into the body), kind and the attribution
 * evidence the finder saw (the cue verb and its subject phrase). Sieves fill {@link #speaker} once and stamp
 * {@link #attributedBy}; a sieve never overwrites what an earlier one decided.
 */
final class Candidate {
  static final String DIRECT = "direct";
  static final String LABELLED = "labelled";
  static final String REPORTED = "reported";

  final String kind;
  final int start;
  final int end;
  final Segment segment;
  final int sentenceStart;
  final int sentenceEnd;
  final @Nullable String cue;
  /** The phrase naming the speaker (subject of the cue, postposed subject, "according to X"), if any. */
  final NameParser.@Nullable Parsed subject;
  /** Where the attribution was read: pronouns look for antecedents before this offset. */
  final int anchor;
  /** The quote follows a colon whose lead-in has no speech verb (a sign, a banner, a text message). */
  final boolean signLike;
  /** For participles ("..., adding that"): the candidate of the same sentence whose speaker it shares. */
  final @Nullable Candidate sharesSpeakerWith;

  @Nullable Entity speaker;
  @Nullable String speakerSurface;
  @Nullable String attributedBy;
  boolean noSpeaker;

  Candidate(String kind, int start, int end, Segment segment, int sentenceStart, int sentenceEnd,
      @Nullable String cue, NameParser.@Nullable Parsed subject, int anchor, boolean signLike,
      @Nullable Candidate sharesSpeakerWith) {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
    }
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.segment = segment;
    this.sentenceStart = sentenceStart;
    this.sentenceEnd = sentenceEnd;
    this.cue = cue;
    this.subject = subject;
    this.anchor = anchor;
    this.signLike = signLike;
    this.sharesSpeakerWith = sharesSpeakerWith;
  }

  boolean isAttributed() {
    return attributedBy != null;
  }

  void attribute(@Nullable Entity e, @Nullable String surface, String sieve) {
    if (isAttributed()) {
      return;
    }
    speaker = e;
    speakerSurface = surface;
    attributedBy = sieve;
  }

  @Override
  public String toString() {
    return kind + "[" + start + "," + end + ") cue=" + cue + " subject=" + (subject == null ? null : subject.kind()
        + ":" + (subject.name() != null ? subject.name() : subject.head())) + " -> " + speaker + " by " + attributedBy;
  }
}
