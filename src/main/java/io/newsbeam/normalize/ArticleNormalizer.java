package io.newsbeam.normalize;

import io.newsbeam.model.Article;
import io.newsbeam.model.Paragraph;
import io.newsbeam.model.RawArticle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One input record to one normalized {@link Article}, or null when no article text is left. Pure and
 * deterministic; not thread-safe (it owns a language detector), so each DoFn instance builds its own in
 * {@code @Setup}.
 *
 * <p>Steps: clean every paragraph ({@link TextCleaner#clean}; label blank -> null; paragraphs with neither
 * text nor label dropped); read the publisher (trailers are looked at <em>before</em> boilerplate removal);
 * remove boilerplate; body = the kept non-empty paragraphs' texts joined by a blank line (original
 * typography, labels and bullet markers not included); id = {@link ContentKey} of the kept paragraphs;
 * then dates, URL, authors, language and word count. {@code duplicateCount} is 0 and {@code metadataFrom}
 * empty: deduplication fills them.
 */
public final class ArticleNormalizer {
  private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");

  private final DateParser dates;
  private final Boilerplate boilerplate;
  private final PublisherNames publishers;
  private final LanguageGuess languages;

  public ArticleNormalizer(NormalizeConfig config) {
    NormalizeConfig c = config.resolved();
    this.dates = new DateParser(c.slashDateOrder());
    this.boilerplate = new Boilerplate(c.extraBoilerplatePatterns());
    this.publishers = new PublisherNames();
    this.languages = new LanguageGuess();
  }

  public @Nullable Article normalize(RawArticle raw) {
    List<Paragraph> cleaned = cleanParagraphs(raw.paragraphs);
    List<Paragraph> kept = boilerplate.strip(cleaned);
    List<String> texts = new ArrayList<>();
    for (Paragraph p : kept) {
      if (!p.text.isEmpty()) {
        texts.add(p.text);
      }
    }
    if (texts.isEmpty()) {
      return null;
    }
    String body = String.join("\n\n", texts);
    int wordCount = WordCount.of(body);
    String url = cleanUrl(raw.url);
    DateParser.Parsed date = dates.parse(raw.dateRaw);
    return new Article(
        ContentKey.of(kept),
        TextCleaner.cleanOrNull(raw.title),
        TextCleaner.cleanOrNull(raw.description),
        cleanAuthors(raw.authors),
        publishers.publisher(raw.publisher, cleaned, url),
        date.date() == null ? null : Math.toIntExact(date.date().toEpochDay()),
        date.instant() == null ? null : date.instant().toEpochMilli(),
        raw.dateRaw == null || raw.dateRaw.isBlank() ? null : raw.dateRaw,
        url,
        languages.guess(raw.language, body, wordCount),
        raw.sourceCharset,
        body,
        kept,
        wordCount,
        List.of(raw.source),
        0,
        List.of());
  }

  static List<Paragraph> cleanParagraphs(List<Paragraph> paragraphs) {
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      String label = TextCleaner.cleanOrNull(p.label);
      String text = TextCleaner.clean(p.text);
      if (text.isEmpty() && label == null) {
        continue; // a blank line carries no layout
      }
      out.add(new Paragraph(label, p.bullet, text));
    }
    return out;
  }

  /** Cleaned, blanks and repeats removed, first-seen order kept. */
  static List<String> cleanAuthors(List<String> authors) {
    Set<String> seen = new LinkedHashSet<>();
    for (String a : authors) {
      String c = TextCleaner.cleanOrNull(a);
      if (c != null) {
        seen.add(c);
      }
    }
    return List.copyOf(seen);
  }

  /** Trimmed; null unless it is an http(s) URL without white space inside. */
  static @Nullable String cleanUrl(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    return HTTP_URL.matcher(u).matches() ? u : null;
  }
}
