package io.newsbeam.sources;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Canonical names for embassies, ministries and governments the alias table does not list. News writes one body many ways
 * ("the U.S. embassy in Beijing", "Iraq's Foreign Ministry", "the Foreign Ministry of Iraq", "Saudi Interior
 * Ministry"); the gold canonical form is the official pattern "Embassy of the United States in Beijing", "Ministry
 * of Foreign Affairs of Iraq". Countries in the world outnumber table rows, so the pattern is built, not listed.
 */
final class BodyNames {
  private BodyNames() {}

  /** Country (as written in a canonical name) by demonym or country name, lower case. */
  private static final Map<String, String> COUNTRY = new HashMap<>();

  static {
    CitationExtractor.DEMONYM_OF.forEach((country, demonym) -> {
      COUNTRY.putIfAbsent(demonym.toLowerCase(Locale.ROOT), country);
      COUNTRY.putIfAbsent(country.toLowerCase(Locale.ROOT), country);
    });
    for (String us : new String[] {"us", "u.s.", "u.s", "american", "united states", "america"}) {
      COUNTRY.put(us, "the United States");
    }
    for (String uk : new String[] {"uk", "u.k.", "british", "united kingdom", "britain"}) {
      COUNTRY.put(uk, "the United Kingdom");
    }
    COUNTRY.put("philippines", "the Philippines");
    COUNTRY.put("philippine", "the Philippines");
    COUNTRY.put("myanma", "Myanmar");
    COUNTRY.put("burmese", "Myanmar");
    COUNTRY.put("saudi", "Saudi Arabia");
    COUNTRY.put("emirati", "the United Arab Emirates");
    COUNTRY.put("uae", "the United Arab Emirates");
    COUNTRY.put("south korean", "South Korea");
    COUNTRY.put("north korean", "North Korea");
    COUNTRY.put("australian", "Australia");
    COUNTRY.put("dutch", "the Netherlands");
    COUNTRY.put("afghan", "Afghanistan");
    COUNTRY.put("bangladeshi", "Bangladesh");
    COUNTRY.put("lebanese", "Lebanon");
    COUNTRY.put("israeli", "Israel");
    COUNTRY.put("vietnamese", "Vietnam");
    COUNTRY.put("thai", "Thailand");
    COUNTRY.put("nigerian", "Nigeria");
    COUNTRY.put("kenyan", "Kenya");
    COUNTRY.put("greek", "Greece");
    COUNTRY.put("danish", "Denmark");
    COUNTRY.put("swiss", "Switzerland");
    COUNTRY.put("austrian", "Austria");
    COUNTRY.put("belgian", "Belgium");
    COUNTRY.put("portuguese", "Portugal");
    COUNTRY.put("venezuelan", "Venezuela");
    COUNTRY.put("colombian", "Colombia");
    COUNTRY.put("chilean", "Chile");
    COUNTRY.put("argentine", "Argentina");
    COUNTRY.put("cuban", "Cuba");
    COUNTRY.put("yemeni", "Yemen");
    COUNTRY.put("jordanian", "Jordan");
    COUNTRY.put("qatari", "Qatar");
    COUNTRY.put("libyan", "Libya");
    COUNTRY.put("malaysian", "Malaysia");
    for (String country : java.util.List.copyOf(COUNTRY.values())) {
      COUNTRY.putIfAbsent(country.toLowerCase(Locale.ROOT).replaceFirst("^the ", ""), country); // "Lebanon's"
    }
  }

  private static final String PLACE = "(\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*){0,2})";
  private static final String WHO = "((?:the )?\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)?)";
  /** "U.S. embassy in Beijing", "the Embassy of Myanmar", "Chinese embassy". */
  private static final Pattern EMBASSY_BEFORE = Pattern.compile("(?i:the )?" + WHO + "(?:'s)? (?i:embassy)(?: in "
      + PLACE + ")?");
  private static final Pattern EMBASSY_OF = Pattern.compile("(?i:the )?(?i:embassy) of " + WHO + "(?: in " + PLACE
      + ")?");
  /** "the Hungarian government", "the Government of Hungary". */
  private static final Pattern GOVERNMENT = Pattern.compile("(?i:the )?" + WHO + " (?i:government)");
  private static final Pattern GOVERNMENT_OF = Pattern.compile("(?i:the )?(?i:government) of " + WHO);
  /** "Ministry of Health of Iran", "ministry of internal affairs of Belarus". */
  private static final Pattern MINISTRY_OF = Pattern.compile("(?i:the )?(?i:ministry) of ((?:\\p{L}+ ){0,2}?\\p{L}+) of "
      + WHO);
  /** "Saudi Interior Ministry", "Foreign Ministry of Iraq", "Health Ministry": topic words before "Ministry". */
  private static final Pattern MINISTRY_BEFORE = Pattern.compile("(?i:the )?((?:\\p{L}[\\p{L}.]* ){1,3})(?i:ministry)"
      + "(?: of " + WHO + ")?");

  /**
   * The canonical name of an embassy or ministry written as {@code surface}, or null when it is neither or its
   * country is unknown. {@code country} is a country named just before the span ("Iraq's"), or null.
   */
  static @Nullable String canonical(String surface, @Nullable String country) {
    String s = surface.strip();
    Matcher m = EMBASSY_BEFORE.matcher(s);
    if (m.matches()) {
      return embassy(m.group(1), m.group(2));
    }
    m = EMBASSY_OF.matcher(s);
    if (m.matches()) {
      return embassy(m.group(1), m.group(2));
    }
    m = GOVERNMENT.matcher(s);
    if (m.matches()) {
      String c = country(m.group(1));
      return c == null ? null : "Government of " + c;
    }
    m = GOVERNMENT_OF.matcher(s);
    if (m.matches()) {
      // "the government of Burundi" names its country as written, even one the demonym table lacks
      String c = country(m.group(1));
      return "Government of " + (c != null ? c : m.group(1).replaceFirst("^the ", ""));
    }
    m = MINISTRY_OF.matcher(s);
    if (m.matches()) {
      return ministry(m.group(1), country(m.group(2)));
    }
    m = MINISTRY_BEFORE.matcher(s);
    if (m.matches()) {
      // a leading demonym or country names the state ("Saudi Interior Ministry"); else "of X" or the possessive
      String[] words = m.group(1).strip().split(" ");
      for (int n = Math.min(2, words.length - 1); n >= 1; n--) {
        String who = String.join(" ", java.util.Arrays.copyOfRange(words, 0, n));
        if (country(who) != null && m.group(2) == null) {
          return ministry(String.join(" ", java.util.Arrays.copyOfRange(words, n, words.length)), country(who));
        }
      }
      String who = m.group(2) != null ? country(m.group(2)) : country(country);
      return who == null ? null : ministry(m.group(1), who);
    }
    return null;
  }

  private static @Nullable String embassy(String who, @Nullable String place) {
    String c = country(who);
    if (c == null) {
      return null;
    }
    return "Embassy of " + c + (place != null ? " in " + place : "");
  }

  private static @Nullable String ministry(String topic, @Nullable String country) {
    if (country == null || topic.isBlank()) {
      return null;
    }
    String t = title(topic.strip());
    // the usual official wording of the two topics news shortens most
    if (t.equals("Foreign")) {
      t = "Foreign Affairs";
    } else if (t.equals("Interior")) {
      t = "the Interior";
    }
    return "Ministry of " + t + " of " + country;
  }

  /** A country named in running text: the country names of {@link #COUNTRY}, capitalised, whole words. */
  private static final Pattern COUNTRY_NAME = Pattern.compile("\\b(?:" + String.join("|",
      COUNTRY.values().stream().map(c -> c.replaceFirst("^the ", "")).distinct()
          .sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList())
      + ")\\b");

  /** The last country named before {@code pos}: what "the country's Health Ministry" refers to. */
  static @Nullable String lastCountryNamed(String text, int pos) {
    Matcher m = COUNTRY_NAME.matcher(text).region(0, pos);
    String last = null;
    while (m.find()) {
      last = m.group();
    }
    return last;
  }

  /** ISO 3166 alpha-2 code by English country name, from the JDK's own list. */
  private static final Map<String, String> ISO_BY_NAME = new HashMap<>();

  static {
    for (String iso : Locale.getISOCountries()) {
      ISO_BY_NAME.put(new Locale("", iso).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso);
    }
    ISO_BY_NAME.put("turkey", "TR");
    ISO_BY_NAME.put("türkiye", "TR");
    ISO_BY_NAME.put("czechia", "CZ");
  }

  /** The ISO code of the country a demonym or country name names ("German" -> DE), or null. */
  static @Nullable String isoCountryOf(String demonymOrCountry) {
    String c = country(demonymOrCountry);
    return c == null ? null : ISO_BY_NAME.get(c.toLowerCase(Locale.ROOT).replaceFirst("^the ", ""));
  }

  private static @Nullable String country(@Nullable String who) {
    if (who == null) {
      return null;
    }
    String k = who.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").replaceFirst("'s$", "");
    return COUNTRY.get(k);
  }

  /** "internal affairs" -> "Internal Affairs"; "and" stays lower case. */
  private static String title(String words) {
    StringBuilder b = new StringBuilder();
    for (String w : words.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.equals("and") || w.equals("of") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }
}
