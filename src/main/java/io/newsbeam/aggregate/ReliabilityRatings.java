package io.newsbeam.aggregate;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Optional priors by web domain, from the {@code --ratings} CSV: a header {@code domain,rating[,weight]}, then
 * one row per domain; {@code rating} in [0, 1] is the prior share of citations expected to have the outcome,
 * {@code weight} (default {@value #DEFAULT_WEIGHT}) how many citations that prior is worth. {@code #} starts a
 * comment line. A host matches its own row or its nearest listed parent ({@code news.example.org} ->
 * {@code example.org}); {@code www.} is ignored. Parsed once at pipeline construction; serializable.
 */
public final class ReliabilityRatings implements Serializable {
  private static final long serialVersionUID = 1L;
  public static final double DEFAULT_WEIGHT = 10.0;

  /** A prior: rating in [0, 1] and its weight in pseudo-citations. */
  public record Prior(double rating, double weight) implements Serializable {}

  private final TreeMap<String, Prior> byDomain;

  private ReliabilityRatings(TreeMap<String, Prior> byDomain) {
    this.byDomain = byDomain;
  }

  public static ReliabilityRatings none() {
    return new ReliabilityRatings(new TreeMap<>());
  }

  /** Reads a ratings file; throws IllegalArgumentException with the line when a row is bad. */
  public static ReliabilityRatings load(String file) {
    try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      return parse(r, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ratings file " + file, e);
    }
  }

  public static ReliabilityRatings parse(String csv) {
    return parse(new StringReader(csv), "ratings");
  }

  static ReliabilityRatings parse(Reader reader, String name) {
    TreeMap<String, Prior> map = new TreeMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).build();
    try {
      var parser = format.parse(reader);
      if (!parser.getHeaderNames().contains("domain") || !parser.getHeaderNames().contains("rating")) {
        throw new IllegalArgumentException(name + ": header must be domain,rating[,weight], got "
            + parser.getHeaderNames());
      }
      boolean hasWeight = parser.getHeaderNames().contains("weight");
      for (CSVRecord row : parser) {
        long line = parser.getCurrentLineNumber();
        String domain = normalize(row.get("domain"));
        double rating = number(row.get("rating"), name, line, "rating");
        String w = hasWeight ? row.get("weight") : "";
        double weight = w.isEmpty() ? DEFAULT_WEIGHT : number(w, name, line, "weight");
        if (domain.isEmpty() || rating < 0 || rating > 1 || weight < 0) {
          throw new IllegalArgumentException(name + " line " + line
              + ": need a domain, a rating in [0, 1] and a weight >= 0");
        }
        map.put(domain, new Prior(rating, weight));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReliabilityRatings(map);
  }

  private static double number(String s, String name, long line, String column) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " line " + line + ": " + column + " is not a number: " + s, e);
    }
  }

  static String normalize(String domain) {
    String d = domain.strip().toLowerCase(Locale.ROOT);
    return d.startsWith("www.") ? d.substring(4) : d;
  }

  /** The prior for a host or domain (nearest listed parent), or null. */
  public @Nullable Prior forDomain(@Nullable String host) {
    if (host == null) {
      return null;
    }
    String d = normalize(host);
    while (!d.isEmpty()) {
      Prior p = byDomain.get(d);
      if (p != null) {
        return p;
      }
      int dot = d.indexOf('.');
      if (dot < 0) {
        return null;
      }
      d = d.substring(dot + 1);
    }
    return null;
  }

  public Map<String, Prior> asMap() {
    return Collections.unmodifiableMap(byDomain);
  }

  public boolean isEmpty() {
    return byDomain.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReliabilityRatings r && byDomain.equals(r.byDomain);
  }

  @Override
  public int hashCode() {
    return Objects.hash(byDomain);
  }
}
