package io.newsbeam.generate;

import java.util.List;

/**
 * A base story as composed, before any copy transformation. Holds the {@link StoryComposer.Context} it was
 * written in so that a heavy near-duplicate can add a paragraph in the same voice.
 */
final class Story {
  final String storyId;
  final StoryComposer.Context context;
  final long epochDay;
  final int secondOfDay;
  final String title;
  final List<Para> paragraphs;
  final List<String> authors;
  /** The story's one quote of at least {@link StoryComposer#LONG_QUOTE_WORDS} words; hard negatives reuse it. */
  final GoldQuote longQuote;
  final Person longQuoteSpeaker;
  final boolean curlyQuotes;

  Story(
      String storyId,
      StoryComposer.Context context,
      long epochDay,
      int secondOfDay,
      String title,
      List<Para> paragraphs,
      List<String> authors,
      GoldQuote longQuote,
      Person longQuoteSpeaker,
      boolean curlyQuotes) {
    this.storyId = storyId;
    this.context = context;
    this.epochDay = epochDay;
    this.secondOfDay = secondOfDay;
    this.title = title;
    this.paragraphs = List.copyOf(paragraphs);
    this.authors = List.copyOf(authors);
    this.longQuote = longQuote;
    this.longQuoteSpeaker = longQuoteSpeaker;
    this.curlyQuotes = curlyQuotes;
  }

  long epochSecond() {
    return epochDay * 86_400L + secondOfDay;
  }

  /** The lead's first sentence, used as the news-please {@code description}. */
  String description() {
    return paragraphs.get(0).sentences.get(0).text;
  }

  int wordCount() {
    int n = 0;
    for (Para p : paragraphs) {
      n += p.wordCount();
    }
    return n;
  }
}
