package io.newsbeam.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The outlet alias table: maps the names sources are written under ({@code ТАСС}, {@code Reuter}, {@code the
 * Kremlin}) to one canonical source with its domains, type and country. Built in:
 * {@code resources/sources/outlets.csv}; users add or override rows with their own file in the same format.
 *
 * <p>Lookup: exact on a folded key (NFC, lower case, typographic quotes and dashes folded, a leading
 * {@code the} dropped), then the same key with diacritics removed, then fuzzy: the nearest alias by
 * optimal-string-alignment distance, at most 1 edit for keys of 6–11 characters and 2 for longer ones, and only
 * when exactly one canonical source is that near and it has the same first letter (ties between different sources
 * resolve nothing). Keys under 6 characters (acronyms) match only exactly. A name written as a domain ({@code
 * tass.ru}) resolves through the domains column. Loaded once per worker; lookups are read-only.
 */
public final class OutletAliases {
  public static final String RESOURCE = "/sources/outlets.csv";
  static final String[] HEADER = {"alias", "canonical", "domains", "type", "country"};
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DOMAIN = Pattern.compile("(?:www\\.)?[a-z0-9\\-]+(?:\\.[a-z0-9\\-]+)*\\.[a-z]{2,6}");

  /** A canonical source. */
  public record Outlet(String canonical, List<String> domains, String type, @Nullable String country) {
    public Outlet {
      Objects.requireNonNull(canonical);
      domains = List.copyOf(domains);
      Objects.requireNonNull(type);
    }

    public @Nullable String domain() {
      return domains.isEmpty() ? null : domains.get(0);
    }
  }

  /** How a name was resolved: the outlet and whether it took a fuzzy step. */
  public record Match(Outlet outlet, String how) {}

  private final Map<String, Outlet> byKey = new TreeMap<>();
  private final Map<String, Outlet> byBareKey = new TreeMap<>();
  private final Map<String, Outlet> byDomain = new TreeMap<>();
  private final Map<String, Outlet> byCanonical = new TreeMap<>();
  private String[] fuzzyKeys = new String[0];

  private OutletAliases() {}

  /** The built-in table plus, when given, the user's file (its rows override built-in ones). */
  public static OutletAliases load(@Nullable String userFile) {
    OutletAliases table = new OutletAliases();
    try (InputStream in = OutletAliases.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      table.add(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      if (userFile != null) {
        try (Reader r = Files.newBufferedReader(Path.of(userFile), StandardCharsets.UTF_8)) {
          table.add(r, userFile);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    table.fuzzyKeys = table.byKey.keySet().stream().filter(k -> k.length() >= 6).toArray(String[]::new);
    return table;
  }

  public static OutletAliases builtIn() {
    return load(null);
  }

  private void add(Reader reader, String name) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader(HEADER)
        .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).build();
    for (CSVRecord row : format.parse(reader)) {
      if (row.size() != HEADER.length) {
        throw new IllegalArgumentException(name + " line " + row.getParser().getCurrentLineNumber()
            + ": expected " + HEADER.length + " columns (alias,canonical,domains,type,country), got " + row.size());
      }
      String alias = row.get(0);
      String canonical = row.get(1);
      if (alias.isEmpty() || canonical.isEmpty() || row.get(3).isEmpty()) {
        throw new IllegalArgumentException(name + " line " + row.getParser().getCurrentLineNumber()
            + ": alias, canonical and type are required");
      }
      List<String> domains = new ArrayList<>();
      for (String d : row.get(2).split(";")) {
        if (!d.isBlank()) {
          domains.add(d.strip().toLowerCase(Locale.ROOT));
        }
      }
      Outlet outlet = new Outlet(canonical, domains, row.get(3), row.get(4).isEmpty() ? null : row.get(4));
      byKey.put(key(alias), outlet);
      byBareKey.put(bare(key(alias)), outlet);
      byCanonical.put(key(canonical), outlet);
      for (String d : domains) {
        byDomain.put(d, outlet);
      }
    }
  }

  /**
   * True when the name is in the table exactly (folded key, or without diacritics): the cheap check the rules
   * use while scanning; fuzzy matching is only for canonicalizing a found name ({@link #lookup}).
   */
  public boolean knows(String surface) {
    String k = key(surface);
    return byKey.containsKey(k) || byBareKey.containsKey(bare(k)) || DOMAIN.matcher(k).matches() && byDomain(k) != null;
  }

  /** The outlet a written name stands for, or null when the name is unknown. */
  public @Nullable Match lookup(String surface) {
    String k = key(surface);
    if (k.isEmpty()) {
      return null;
    }
    Outlet o = byKey.get(k);
    if (o != null) {
      return new Match(o, "alias");
    }
    o = byBareKey.get(bare(k));
    if (o != null) {
      return new Match(o, "alias_no_diacritics");
    }
    if (DOMAIN.matcher(k).matches()) {
      o = byDomain(k); // "tass.ru reported": a domain written as a name
      return o == null ? null : new Match(o, "domain");
    }
    if (k.length() < 6) {
      return null;
    }
    int limit = k.length() >= 12 ? 2 : 1;
    Outlet best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String candidate : fuzzyKeys) {
      if (Math.abs(candidate.length() - k.length()) > limit) {
        continue;
      }
      int d = Osa.distance(k, candidate, limit);
      if (d > limit) {
        continue;
      }
      if (candidate.charAt(0) != k.charAt(0)) {
        continue; // near-spellings keep the first letter; "abc news" is not "bbc news"
      }
      Outlet c = byKey.get(candidate);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !c.canonical().equals(best.canonical())) {
        tie = true;
      }
    }
    return best == null || tie ? null : new Match(best, "fuzzy");
  }

  /** The outlet for a host or domain (nearest listed parent: {@code www.reuters.com} -> Reuters), or null. */
  public @Nullable Outlet byDomain(String host) {
    String d = host.toLowerCase(Locale.ROOT);
    while (d.indexOf('.') > 0) {
      Outlet o = byDomain.get(d);
      if (o != null) {
        return o;
      }
      d = d.substring(d.indexOf('.') + 1);
    }
    return null;
  }

  /** The outlet whose canonical name this is (case-insensitive), or null. */
  public @Nullable Outlet byCanonical(String canonical) {
    return byCanonical.get(key(canonical));
  }

  /** Lower case, NFC, typographic quotes/dashes folded, white space collapsed, a leading "the " dropped. */
  static String key(String s) {
    String k = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-');
    k = SPACES.matcher(k).replaceAll(" ").strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }

  static String bare(String key) {
    return MARKS.matcher(Normalizer.normalize(key, Normalizer.Form.NFD)).replaceAll("");
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions), cut off above limit. */
  static final class Osa {
    private Osa() {}

    static int distance(String a, String b, int limit) {
      int n = a.length();
      int m = b.length();
      int[] prev2 = new int[m + 1];
      int[] prev = new int[m + 1];
      int[] cur = new int[m + 1];
      for (int j = 0; j <= m; j++) {
        prev[j] = j;
      }
      for (int i = 1; i <= n; i++) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; j++) {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
          if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
            v = Math.min(v, prev2[j - 2] + 1);
          }
          cur[j] = v;
          rowMin = Math.min(rowMin, v);
        }
        if (rowMin > limit) {
          return limit + 1;
        }
        int[] t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
        Arrays.fill(cur, 0);
      }
      return prev[m];
    }
  }
}
