package io.newsbeam.normalize;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

@RunWith(Parameterized.class)
public class DateParserTest {
  private static final DateOrder NONE = null;

  @Parameters(name = "{0}: {2}")
  public static Collection<Object[]> cases() {
    return Arrays.asList(new Object[][] {
      // case, slash order, input, expected date (or null), expected instant (or null)
      {"ISO date", NONE, "2025-05-16", "2025-05-16", null},
      {"ISO date-time with offset keeps printed date", NONE, "2025-05-16T01:15:00+03:00", "2025-05-16",
          "2025-05-15T22:15:00Z"},
      {"ISO Z without seconds", NONE, "2025-05-16T10:15Z", "2025-05-16", "2025-05-16T10:15:00Z"},
      {"ISO fraction and compact offset", NONE, "2025-05-16T10:15:00.250-0500", "2025-05-16",
          "2025-05-16T15:15:00.250Z"},
      {"ISO without zone is UTC", NONE, "2025-05-16T10:15:30", "2025-05-16", "2025-05-16T10:15:30Z"},
      {"news-please space form", NONE, "2025-05-16 10:15:00", "2025-05-16", "2025-05-16T10:15:00Z"},
      {"year-first slashes need no order", NONE, "2025/05/16", "2025-05-16", null},
      {"surrounding white space", NONE, "  2025-05-16\n", "2025-05-16", null},
      {"RFC 1123", NONE, "Fri, 16 May 2025 10:15:00 GMT", "2025-05-16", "2025-05-16T10:15:00Z"},
      {"RFC 1123 numeric zone", NONE, "Fri, 16 May 2025 10:15:00 +0300", "2025-05-16", "2025-05-16T07:15:00Z"},
      {"RFC 822 US zone", NONE, "Fri, 16 May 2025 10:15:00 EDT", "2025-05-16", "2025-05-16T14:15:00Z"},
      {"unknown zone name keeps date only", NONE, "16 May 2025 10:15 XYZ", "2025-05-16", null},
      {"day month year", NONE, "16 May 2025", "2025-05-16", null},
      {"day month comma year", NONE, "16 May, 2025", "2025-05-16", null},
      {"full month lower case", NONE, "16 september 2025", "2025-09-16", null},
      {"month day year", NONE, "May 16, 2025", "2025-05-16", null},
      {"abbreviated month with dot", NONE, "Sept. 16, 2025", "2025-09-16", null},
      {"weekday and 12-hour time", NONE, "Friday, May 16, 2025 10:15 PM", "2025-05-16",
          "2025-05-16T22:15:00Z"},
      {"ordinal day", NONE, "May 1st, 2025", "2025-05-01", null},
      {"dotted is day first", NONE, "16.05.2025", "2025-05-16", null},
      {"dotted with time", NONE, "01.02.2025 08:30", "2025-02-01", "2025-02-01T08:30:00Z"},
      {"epoch seconds, 10 digits", NONE, "1747390500", "2025-05-16", "2025-05-16T10:15:00Z"},
      {"epoch millis, 13 digits", NONE, "1747390500123", "2025-05-16", "2025-05-16T10:15:00.123Z"},
      {"epoch seconds, 9 digits", NONE, "999999999", "2001-09-09", "2001-09-09T01:46:39Z"},
      {"epoch date is the UTC date", NONE, "1747436400", "2025-05-16", "2025-05-16T23:00:00Z"},
      {"11 digits is not an epoch", NONE, "17473905001", null, null},
      {"slash without order is ambiguous", NONE, "05/16/2025", null, null},
      {"slash MDY", DateOrder.MDY, "05/06/2025", "2025-05-06", null},
      {"slash DMY", DateOrder.DMY, "05/06/2025", "2025-06-05", null},
      {"slash MDY impossible month", DateOrder.MDY, "16/05/2025", null, null},
      {"invalid month and day", NONE, "2050-13-45", null, null},
      {"31 April", NONE, "2025-04-31", null, null},
      {"before 1900", NONE, "0001-01-01", null, null},
      {"after 2100", NONE, "2101-01-01", null, null},
      {"1900 is the first year", NONE, "1900-01-01", "1900-01-01", null},
      {"2100 is the last year", NONE, "2100-12-31", "2100-12-31", null},
      {"path-like garbage", NONE, "../../x", null, null},
      {"words", NONE, "yesterday", null, null},
      {"impossible time keeps the date", NONE, "2025-05-16T25:61", "2025-05-16", null},
      {"impossible offset keeps the date", NONE, "2025-05-16T10:00+25:00", "2025-05-16", null},
      {"13 PM is no time", NONE, "May 16, 2025 13:00 PM", "2025-05-16", null},
    });
  }

  @Parameter(0) public String name;
  @Parameter(1) public DateOrder order;
  @Parameter(2) public String input;
  @Parameter(3) public String date;
  @Parameter(4) public String instant;

  @Test
  public void parses() {
    DateParser.Parsed p = new DateParser(order).parse(input);
    assertEquals("date", date == null ? null : LocalDate.parse(date), p.date());
    assertEquals("instant", instant == null ? null : Instant.parse(instant), p.instant());
    assertEquals("raw is always kept", input, p.raw());
  }

  @Test
  public void nullAndBlankGiveNothing() {
    assertEquals(new DateParser.Parsed(null, null, null), new DateParser(order).parse(null));
    assertEquals(new DateParser.Parsed(null, null, null), new DateParser(order).parse("  "));
  }
}
