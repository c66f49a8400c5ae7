package io.newsbeam.aggregate;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class SpeakerTallyTest {
  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  @Test
  public void periodStarts() {
    Map<String, Integer> p = SpeakerTally.periodStarts(day("2025-05-16"));
    assertEquals(List.of("day", "iso_week", "month"), List.copyOf(p.keySet()));
    assertEquals(day("2025-05-16"), (int) p.get("day"));
    assertEquals(day("2025-05-12"), (int) p.get("iso_week"));
    assertEquals(day("2025-05-01"), (int) p.get("month"));
  }

  @Test
  public void countsEachStoryOnceForReach() {
    List<SpeakerEvent> events = List.of(
        new SpeakerEvent("A B", null, "person", true, "a1", "P1", day("2025-05-16"), "c1", 3),
        new SpeakerEvent("A B", null, "person", true, "a1", "P1", day("2025-05-16"), "c1", 3),
        new SpeakerEvent("A B", null, "person", true, "a2", "P2", day("2025-05-14"), "c1", 3),
        new SpeakerEvent("A B", null, "person", true, "a3", "P1", day("2025-05-15"), "c2", 1),
        new SpeakerEvent("A B", null, "person", false, "a4", "P3", day("2025-05-18"), "c3", 2),
        new SpeakerEvent("A B", null, "person", false, "a1", "P1", day("2025-05-16"), "c1", 3));
    assertEquals("A B|iso_week|20220|q=4|a=3|p=2|m=1|20222..20226|reach=4",
        SpeakerTally.tally("A B", "iso_week", 20220, events).toString());
  }
}
