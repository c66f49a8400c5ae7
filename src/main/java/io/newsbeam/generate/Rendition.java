package io.newsbeam.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One corpus line about to be written, with everything its truth line needs. */
final class Rendition {
  /** A pointer to another corpus line (the copied original, or a hard negative's counterpart). */
  static final class Ref {
    final long line;
    final String url;
    final String storyId;

    Ref(long line, String url, String storyId) {
      this.line = line;
      this.url = url;
      this.storyId = storyId;
    }
  }

  final long line;
  final CopyKind.Variant variant;
  final String storyId;
  final String topic;
  final String title;
  final String description;
  final List<String> authors;
  final long epochSecond;
  final int outlet;
  final String url;
  final List<Para> paragraphs;
  /** Ordered: the truth file writes them in insertion order. */
  final LinkedHashMap<String, Object> params;
  final Ref copyOf;
  final Ref negativeOf;

  Rendition(
      long line,
      CopyKind.Variant variant,
      String storyId,
      String topic,
      String title,
      String description,
      List<String> authors,
      long epochSecond,
      int outlet,
      String url,
      List<Para> paragraphs,
      LinkedHashMap<String, Object> params,
      Ref copyOf,
      Ref negativeOf) {
    this.line = line;
    this.variant = variant;
    this.storyId = storyId;
    this.topic = topic;
    this.title = title;
    this.description = description;
    this.authors = List.copyOf(authors);
    this.epochSecond = epochSecond;
    this.outlet = outlet;
    this.url = url;
    this.paragraphs = List.copyOf(paragraphs);
    this.params = params;
    this.copyOf = copyOf;
    this.negativeOf = negativeOf;
  }

  /** maintext plus gold spans shifted to maintext offsets. */
  static final class Rendered {
    final String maintext;
    final List<GoldQuote> quotes;
    final List<GoldSource> sources;

    Rendered(String maintext, List<GoldQuote> quotes, List<GoldSource> sources) {
      this.maintext = maintext;
      this.quotes = quotes;
      this.sources = sources;
    }
  }

  /** Paragraphs joined by "\n", sentences by one space. */
  static Rendered render(List<Para> paragraphs) {
    StringBuilder sb = new StringBuilder(4096);
    List<GoldQuote> quotes = new ArrayList<>();
    List<GoldSource> sources = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      if (p > 0) {
        sb.append('\n');
      }
      List<Sentence> ss = paragraphs.get(p).sentences;
      for (int s = 0; s < ss.size(); s++) {
        if (s > 0) {
          sb.append(' ');
        }
        int base = sb.length();
        Sentence sentence = ss.get(s);
        sb.append(sentence.text);
        for (GoldQuote q : sentence.quotes) {
          quotes.add(q.shifted(base));
        }
        for (GoldSource src : sentence.sources) {
          sources.add(src.shifted(base));
        }
      }
    }
    return new Rendered(sb.toString(), quotes, sources);
  }

  static LinkedHashMap<String, Object> params(Object... keyValues) {
    LinkedHashMap<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  static Map<String, Object> ref(Ref r) {
    return r == null ? null : params("line", r.line, "url", r.url, "story_id", r.storyId);
  }
}
