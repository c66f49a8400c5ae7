package io.newsbeam.normalize;

import io.newsbeam.model.Paragraph;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Decides an article's publisher. The first of these that gives a name wins:
 *
 * <ol>
 *   <li>the input's publisher field, cleaned; when it is a bare domain ({@code reuters.com},
 *       {@code https://www.bbc.co.uk/}) it is mapped like a URL host;
 *   <li>a donation or copyright trailer in the last two non-empty paragraphs <em>before</em> boilerplate
 *       removal: {@code Support <Name> on Patreon/Ko-fi/...}, {@code © 2025 <Name>. All rights reserved};
 *       {@code us}, {@code our ...} and {@code the site} are not names;
 *   <li>the URL's host (http/https only), with a leading {@code www.}, {@code m.} or {@code amp.} removed.
 * </ol>
 *
 * Domains are mapped to names by {@code src/main/resources/normalize/publishers.csv}; a host matches its own
 * row or its nearest parent's ({@code news.bbc.co.uk} -> {@code bbc.co.uk} -> BBC). An unknown domain
 * stays the domain, lower-case.
 */
public final class PublisherNames {
  public static final String RESOURCE = "/normalize/publishers.csv";

  private static final Pattern BARE_DOMAIN = Pattern.compile(
      "(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,})/?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUPPORT_TRAILER = Pattern.compile(
      "support (.{2,80}?) on (?:patreon|ko-?fi|buy ?me ?a ?coffee|substack|liberapay|open ?collective|paypal)"
          + "\\b.*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT_TRAILER = Pattern.compile(
      "(?:\u00A9|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*-\\s*\\d{4})?\\s*)?(.{2,80}?)[.,]?\\s*all rights reserved\\.?",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_A_NAME = Pattern.compile(
      "(?:us|our\\b.*|the (?:site|website|author|project)|this .*|me|him|her|them)", Pattern.CASE_INSENSITIVE);

  /** Sorted so nothing about lookup depends on hash order. */
  private final Map<String, String> domainToName;

  public PublisherNames() {
    this.domainToName = loadDomains();
  }

  /** Field, then trailer in {@code rawParagraphs} (before boilerplate removal), then URL host; or null. */
  public @Nullable String publisher(
      @Nullable String field, List<Paragraph> rawParagraphs, @Nullable String url) {
    String fromField = TextCleaner.cleanOrNull(field);
    if (fromField != null) {
      Matcher m = BARE_DOMAIN.matcher(fromField);
      return m.matches() ? nameForDomain(m.group(1)) : fromField;
    }
    String fromTrailer = fromTrailer(rawParagraphs);
    if (fromTrailer != null) {
      return fromTrailer;
    }
    String host = host(url);
    return host == null ? null : nameForDomain(host);
  }

  /** The name in a donation or copyright trailer among the last two non-empty paragraphs, or null. */
  @Nullable String fromTrailer(List<Paragraph> paragraphs) {
    int seen = 0;
    for (int i = paragraphs.size() - 1; i >= 0 && seen < 2; i--) {
      Paragraph p = paragraphs.get(i);
      if (p.text.isEmpty()) {
        continue;
      }
      seen++;
      String original = TextCleaner.clean(p.label == null ? p.text : p.label + ": " + p.text);
      // fold() maps char to char, so group offsets in the folded form are valid in the original.
      String folded = TextCleaner.fold(original);
      for (Pattern pattern : List.of(SUPPORT_TRAILER, COPYRIGHT_TRAILER)) {
        Matcher m = pattern.matcher(folded);
        if (m.matches()) {
          String name = original.substring(m.start(1), m.end(1)).strip();
          if (!NOT_A_NAME.matcher(name).matches()) {
            Matcher domain = BARE_DOMAIN.matcher(name);
            return domain.matches() ? nameForDomain(domain.group(1)) : name;
          }
        }
      }
    }
    return null;
  }

  /** The publisher name for a host or domain: the nearest listed parent's name, else the domain itself. */
  public String nameForDomain(String hostOrDomain) {
    String domain = stripPrefixes(hostOrDomain.toLowerCase(Locale.ROOT));
    for (String d = domain; d.indexOf('.') > 0; d = d.substring(d.indexOf('.') + 1)) {
      String name = domainToName.get(d);
      if (name != null) {
        return name;
      }
    }
    return domain;
  }

  /** The lower-case host of an http(s) URL, or null. */
  static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      return host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      // Not a URL we can read a host from: this rule simply does not apply.
      return null;
    }
  }

  static String stripPrefixes(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    for (String prefix : List.of("www.", "m.", "amp.")) {
      if (h.startsWith(prefix) && h.indexOf('.', prefix.length()) > 0) {
        return h.substring(prefix.length());
      }
    }
    return h;
  }

  /**
   * Reads publishers.csv: {@code #} comments, a {@code domain,name} header, then one row per domain split
   * at the first comma (so a name may contain commas; no CSV quoting is needed or supported). Parsed by
   * hand rather than with Commons CSV: the file is trivial, and commons-csv 1.12 needs a newer commons-io
   * than the one Hadoop pins on this classpath.
   */
  static Map<String, String> loadDomains() {
    try (InputStream in = PublisherNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> map = new TreeMap<>();
      boolean header = true;
      for (String line : reader.lines().toList()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        int comma = t.indexOf(',');
        if (comma <= 0 || comma == t.length() - 1) {
          throw new IllegalStateException(RESOURCE + ": not a domain,name row: " + t);
        }
        if (header) {
          header = false; // the "domain,name" line
          continue;
        }
        map.put(t.substring(0, comma).strip().toLowerCase(Locale.ROOT), t.substring(comma + 1).strip());
      }
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
