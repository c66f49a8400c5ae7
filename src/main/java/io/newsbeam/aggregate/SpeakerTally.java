package io.newsbeam.aggregate;

import io.newsbeam.model.SpeakerFrequency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The arithmetic of {@link CountSpeakers}, plain Java: period starts of a date ({@code day}; {@code iso_week}:
 * the Monday; {@code month}: the first) and the counts of one speaker in one period. Deterministic: the result
 * does not depend on the order of the events.
 */
public final class SpeakerTally {
  public static final String DAY = "day";
  public static final String ISO_WEEK = "iso_week";
  public static final String MONTH = "month";

  private SpeakerTally() {}

  /** period type -> period start (days since epoch), in a fixed order. */
  public static Map<String, Integer> periodStarts(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put(DAY, epochDay);
    m.put(ISO_WEEK, (int) d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay());
    m.put(MONTH, (int) d.withDayOfMonth(1).toEpochDay());
    return m;
  }

  /**
   * Counts: quotes; distinct quoting articles and publishers; mentions = distinct articles that mention the
   * speaker without quoting; first/last date over both; syndicated reach = sum of cluster sizes over the distinct
   * clusters of the quoting articles (a story is counted once however many of its copies quote the speaker).
   */
  public static SpeakerFrequency tally(String speaker, String periodType, int periodStart,
      Iterable<SpeakerEvent> events) {
    long quotes = 0;
    Set<String> articles = new TreeSet<>();
    Set<String> publishers = new TreeSet<>();
    Set<String> mentionArticles = new TreeSet<>();
    Map<String, Integer> clusters = new HashMap<>();
    Integer first = null;
    Integer last = null;
    String qid = null;
    String type = null;
    for (SpeakerEvent e : events) {
      if (e.quote) {
        quotes++;
        articles.add(e.articleId);
        if (e.publisher != null) {
          publishers.add(e.publisher);
        }
        clusters.merge(e.clusterKey, e.clusterSize, Math::max);
      } else {
        mentionArticles.add(e.articleId);
      }
      first = first == null ? e.date : Math.min(first, e.date);
      last = last == null ? e.date : Math.max(last, e.date);
      qid = min(qid, e.speakerQid);
      type = min(type, e.speakerType);
    }
    mentionArticles.removeAll(articles);
    long reach = 0;
    for (int size : clusters.values()) {
      reach += size;
    }
    return new SpeakerFrequency(speaker, qid, type, periodType, periodStart, quotes, articles.size(),
        publishers.size(), mentionArticles.size(), first, last, reach);
  }

  private static String min(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) <= 0 ? a : b;
  }
}
