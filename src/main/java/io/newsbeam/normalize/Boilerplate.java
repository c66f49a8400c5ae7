package io.newsbeam.normalize;

import io.newsbeam.model.Paragraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Removes site boilerplate paragraphs (donation, newsletter and social trailers, copyright lines,
 * cross-links) from an article. Two rules, both deliberately conservative because a wrongly removed
 * paragraph changes the article's text and its id:
 *
 * <ol>
 *   <li><b>Patterns.</b> The regexes in {@code src/main/resources/normalize/boilerplate.txt} (one per line,
 *       each with a comment), plus the lines of the user's file if one is given. A pattern must match the
 *       <em>whole</em> paragraph, case-insensitively, in its matching form ({@link #matchingForm}: the label
 *       re-attached as {@code Label: text}, NFC, white space collapsed, typography folded). Patterns apply to
 *       every paragraph, because cross-links such as {@code Read more: ...} also sit mid-article; they are
 *       length-bounded so a long paragraph that merely mentions a phrase stays.
 *   <li><b>Trailer heuristic.</b> Only the last non-empty paragraph, and the one before it if the last was
 *       removed (a trailer block is contiguous at the end), and only when <em>all</em> of these hold: it is
 *       shorter than {@value #MAX_TRAILER_CHARS} chars; it contains no double quotation mark of any style
 *       (a quote is reporting, never boilerplate); it contains a call-to-action, social-network or
 *       subscription keyword ({@link #KEYWORD}); and it contains a link or handle ({@link #LINK}: {@code
 *       http(s)://}, {@code www.}, {@code @name}, {@code name.tld}) or reads as an imperative (starts with
 *       a verb from {@link #IMPERATIVE} or ends with {@code !}).
 * </ol>
 *
 * Label-only paragraphs (empty text, kept as layout) are never removed and are skipped when looking for
 * the last paragraphs. Plain and immutable; compiled patterns are serializable, but the DoFn builds this
 * in {@code @Setup} anyway.
 */
public final class Boilerplate {
  /** Where the built-in pattern list lives on the classpath. */
  public static final String RESOURCE = "/normalize/boilerplate.txt";

  static final int MAX_TRAILER_CHARS = 120;

  /**
   * Call-to-action, social and subscription words. Common news words are only keywords in their plug
   * phrasing ("support us", not "support for the bill"; "share this", not "share prices"; "follow us", not
   * "follow-up talks").
   */
  static final Pattern KEYWORD = Pattern.compile(
      "\\b(subscri\\w*|newsletter|patreon|donat\\w*|telegram|twitter|facebook|instagram|youtube|tiktok"
          + "|whatsapp|viber|linkedin|rss|podcast|ko-?fi|substack|paypal|mastodon|bluesky"
          + "|(?:follow|support|join|like|contact) (?:us|our)|share (?:this|it|on|with)|sign up|our app"
          + "|download the app)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  static final Pattern LINK = Pattern.compile(
      "https?://|\\bwww\\.|(?<![\\w.])@\\w{2,}|\\b[a-z0-9-]{2,}\\.(?:[a-z]{2,}\\.)?[a-z]{2,}(?:/\\S*)?\\b",
      Pattern.CASE_INSENSITIVE);

  static final Pattern IMPERATIVE = Pattern.compile(
      "^(subscribe|follow|support|join|share|like|donate|sign|download|click|tap|read|watch|listen|get|become"
          + "|visit|check|find|send|help|contribute|install|register)\\b.*|.*!$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final List<Pattern> patterns;

  /** The built-in patterns plus {@code extraPatterns} (already parsed: no comments, no blank lines). */
  public Boilerplate(List<String> extraPatterns) {
    List<Pattern> compiled = new ArrayList<>();
    for (String p : builtInPatterns()) {
      compiled.add(compile(p, RESOURCE));
    }
    for (String p : extraPatterns) {
      compiled.add(compile(p, "the boilerplate file"));
    }
    this.patterns = List.copyOf(compiled);
  }

  /** The paragraphs that are not boilerplate, in their original order. */
  public List<Paragraph> strip(List<Paragraph> paragraphs) {
    boolean[] removed = new boolean[paragraphs.size()];
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      removed[i] = !p.text.isEmpty() && matchesPattern(p);
    }
    // Trailer heuristic: walk back over the last two non-empty paragraphs; stop at the first one kept.
    int seen = 0;
    for (int i = paragraphs.size() - 1; i >= 0 && seen < 2; i--) {
      Paragraph p = paragraphs.get(i);
      if (p.text.isEmpty()) {
        continue;
      }
      seen++;
      if (!removed[i] && looksLikeTrailer(p)) {
        removed[i] = true;
      }
      if (!removed[i]) {
        break;
      }
    }
    List<Paragraph> kept = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (!removed[i]) {
        kept.add(paragraphs.get(i));
      }
    }
    return List.copyOf(kept);
  }

  /** True when one of the patterns matches the whole paragraph. */
  public boolean matchesPattern(Paragraph p) {
    String form = matchingForm(p);
    for (Pattern pattern : patterns) {
      if (pattern.matcher(form).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The trailer heuristic alone (see the class comment). */
  static boolean looksLikeTrailer(Paragraph p) {
    String form = matchingForm(p);
    if (form.isEmpty() || form.length() >= MAX_TRAILER_CHARS || form.indexOf('"') >= 0) {
      return false;
    }
    if (!KEYWORD.matcher(form).find()) {
      return false;
    }
    return LINK.matcher(form).find() || IMPERATIVE.matcher(form).matches();
  }

  /** {@code Label: text} (or just text), cleaned and folded: what patterns are matched against. */
  public static String matchingForm(Paragraph p) {
    String text = p.label == null ? p.text : p.label + ": " + p.text;
    return TextCleaner.canonical(text);
  }

  /**
   * Reads a user pattern file with java.nio at pipeline construction; the patterns travel inside the
   * serialized config, so workers never need the file. Throws IllegalArgumentException when the file is
   * missing or unreadable or a pattern does not compile, so a typo fails before the pipeline runs.
   */
  public static List<String> readPatternFile(String file) {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("boilerplate file not found: " + file);
    }
    List<String> patterns;
    try {
      patterns = parsePatternLines(Files.readAllLines(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read boilerplate file " + file + ": " + e.getMessage(), e);
    }
    for (String p : patterns) {
      compile(p, file);
    }
    return patterns;
  }

  /** Drops comment ({@code #}) and blank lines; keeps the rest as patterns, trimmed. */
  static List<String> parsePatternLines(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  static List<String> builtInPatterns() {
    try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parsePatternLines(reader.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Pattern compile(String regex, String where) {
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "bad boilerplate pattern in " + where + ": " + regex + " (" + e.getDescription() + ")", e);
    }
  }

  @Override
  public String toString() {
    return "Boilerplate{" + patterns.size() + " patterns}";
  }
}
