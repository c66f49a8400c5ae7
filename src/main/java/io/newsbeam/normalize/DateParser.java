package io.newsbeam.normalize;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Parses the date strings found in news corpora. Never throws: anything it cannot read, or a date
 * outside {@value #MIN_YEAR}–{@value #MAX_YEAR}, gives a {@link Parsed} with a null date and the raw text.
 *
 * <p>Accepted (case-insensitive, surrounding white space ignored):
 * <ul>
 *   <li>ISO 8601: {@code 2025-05-16}, {@code 2025-05-16T10:15}, {@code 2025-05-16T10:15:00.123+03:00},
 *       {@code 2025-05-16T10:15Z}; a space instead of {@code T} ({@code 2025-05-16 10:15:00}, news-please);
 *       {@code 2025/05/16} (year first is never ambiguous).
 *   <li>RFC 1123 / day-month-year: {@code Fri, 16 May 2025 10:15:00 GMT}, {@code 16 May 2025},
 *       {@code 16 May, 2025}; English month names, full or abbreviated, optional dot ({@code Sept.}).
 *   <li>Month-day-year: {@code May 16, 2025}, {@code Friday, May 16, 2025 10:15 AM}.
 *   <li>Dotted day-month-year: {@code 16.05.2025} (European order, always).
 *   <li>Epoch numbers (digits only): 9–10 digits are seconds, 12–13 digits milliseconds; their date is the
 *       UTC date.
 *   <li>Slash dates {@code 05/16/2025} only when a {@link DateOrder} is configured; otherwise they are
 *       ambiguous and give a null date.
 * </ul>
 *
 * <p>The date is the calendar date <em>as printed</em> (no shift to UTC). The instant is set only when a
 * time of day is known: with a zone or offset it is that instant; without one the time is taken as UTC
 * (documented in the README: corpora rarely say, and a fixed rule keeps runs reproducible). Zone names
 * understood: Z, UT, UTC, GMT and the North American RFC 822 names (EST, EDT, CST, CDT, MST, MDT, PST, PDT);
 * any other zone name keeps the date but gives no instant.
 */
public final class DateParser implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  /** The result: date as printed (null when unknown), instant when a time was given, the raw input. */
  public record Parsed(@Nullable LocalDate date, @Nullable Instant instant, @Nullable String raw)
      implements Serializable {}

  private static final String MONTH =
      "(jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september"
          + "|oct|october|nov|november|dec|december)\\.?";
  private static final String WEEKDAY =
      "(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday"
          + "|sunday)\\.?,?\\s+)?";
  /** Optional time of day: groups hour, minute, second, fraction, am/pm, zone. */
  private static final String TIME =
      "(?:(?:,?\\s+|\\s*[T]\\s*|\\s+at\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
          + "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(z|[a-z]{1,5}|[+-]\\d{2}(?::?\\d{2})?)?)?";

  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern DOTTED = Pattern.compile(
      "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASHED = Pattern.compile(
      "(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private static final Map<String, Integer> ZONE_HOURS = Map.of(
      "z", 0, "ut", 0, "utc", 0, "gmt", 0,
      "est", -5, "edt", -4, "cst", -6, "cdt", -5, "mst", -7, "mdt", -6);
  private static final Map<String, Integer> MORE_ZONE_HOURS = Map.of("pst", -8, "pdt", -7);

  private final @Nullable DateOrder slashOrder;

  /** {@code slashOrder}: how to read {@code 05/06/2025}; null means such dates are not parsed. */
  public DateParser(@Nullable DateOrder slashOrder) {
    this.slashOrder = slashOrder;
  }

  /** Never throws; a null or blank input gives a result with null date, instant and raw. */
  public Parsed parse(@Nullable String raw) {
    if (raw == null || raw.isBlank()) {
      return new Parsed(null, null, null);
    }
    String s = TextCleaner.clean(raw);
    Parsed unknown = new Parsed(null, null, raw);
    try {
      if (DIGITS.matcher(s).matches()) {
        return epoch(s, raw);
      }
      Matcher m = ISO.matcher(s);
      if (m.matches()) {
        return build(raw, num(m.group(1)), num(m.group(2)), num(m.group(3)), m, 4);
      }
      m = DAY_MONTH_YEAR.matcher(s);
      if (m.matches()) {
        return build(raw, num(m.group(3)), month(m.group(2)), num(m.group(1)), m, 4);
      }
      m = MONTH_DAY_YEAR.matcher(s);
      if (m.matches()) {
        return build(raw, num(m.group(3)), month(m.group(1)), num(m.group(2)), m, 4);
      }
      m = DOTTED.matcher(s);
      if (m.matches()) {
        return build(raw, num(m.group(3)), num(m.group(2)), num(m.group(1)), m, 4);
      }
      m = SLASHED.matcher(s);
      if (m.matches() && slashOrder != null) {
        int first = num(m.group(1));
        int second = num(m.group(2));
        return slashOrder == DateOrder.DMY
            ? build(raw, num(m.group(3)), second, first, m, 4)
            : build(raw, num(m.group(3)), first, second, m, 4);
      }
    } catch (DateTimeException e) {
      // An impossible field (month 13, 31 April, hour 25): the input is not a date, which is an answer.
      return unknown;
    }
    return unknown;
  }

  private static Parsed epoch(String digits, String raw) {
    int n = digits.length();
    Instant instant;
    if (n == 9 || n == 10) {
      instant = Instant.ofEpochSecond(Long.parseLong(digits));
    } else if (n == 12 || n == 13) {
      instant = Instant.ofEpochMilli(Long.parseLong(digits));
    } else {
      return new Parsed(null, null, raw);
    }
    LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
    return inRange(date) ? new Parsed(date, instant, raw) : new Parsed(null, null, raw);
  }

  /** Date from y/m/d, instant from the time groups starting at {@code g} (hour, min, sec, frac, ampm, zone). */
  private static Parsed build(String raw, int year, int month, int day, Matcher m, int g) {
    LocalDate date = LocalDate.of(year, month, day);
    if (!inRange(date)) {
      return new Parsed(null, null, raw);
    }
    if (m.group(g) == null) {
      return new Parsed(date, null, raw);
    }
    try {
      return new Parsed(date, instant(date, m, g), raw);
    } catch (DateTimeException e) {
      // A date with an impossible time (25:00, offset +19:00): the printed date still stands.
      return new Parsed(date, null, raw);
    }
  }

  private static @Nullable Instant instant(LocalDate date, Matcher m, int g) {
    int hour = num(m.group(g));
    int minute = num(m.group(g + 1));
    int second = m.group(g + 2) == null ? 0 : num(m.group(g + 2));
    int nanos = m.group(g + 3) == null ? 0 : fractionNanos(m.group(g + 3));
    String ampm = m.group(g + 4);
    if (ampm != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
      hour = hour % 12 + (pm ? 12 : 0);
    }
    LocalDateTime local = LocalDateTime.of(date, LocalTime.of(hour, minute, second, nanos));
    String zone = m.group(g + 5);
    ZoneOffset offset = zone == null ? ZoneOffset.UTC : offset(zone);
    return offset == null ? null : local.toInstant(offset);
  }

  private static @Nullable ZoneOffset offset(String zone) {
    String z = zone.toLowerCase(Locale.ROOT);
    if (z.startsWith("+") || z.startsWith("-")) {
      String digits = z.substring(1).replace(":", "");
      int hours = Integer.parseInt(digits.substring(0, 2));
      int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
      int sign = z.startsWith("-") ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    Integer hours = ZONE_HOURS.containsKey(z) ? ZONE_HOURS.get(z) : MORE_ZONE_HOURS.get(z);
    return hours == null ? null : ZoneOffset.ofHours(hours);
  }

  private static boolean inRange(LocalDate d) {
    return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR;
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static int fractionNanos(String frac) {
    String nine = (frac + "000000000").substring(0, 9);
    return Integer.parseInt(nine);
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    n = n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    switch (n.substring(0, 3)) {
      case "jan": return 1;
      case "feb": return 2;
      case "mar": return 3;
      case "apr": return 4;
      case "may": return 5;
      case "jun": return 6;
      case "jul": return 7;
      case "aug": return 8;
      case "sep": return 9;
      case "oct": return 10;
      case "nov": return 11;
      case "dec": return 12;
      default: throw new IllegalStateException("month regex and switch disagree: " + name);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateParser d && Objects.equals(slashOrder, d.slashOrder);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(slashOrder);
  }
}
