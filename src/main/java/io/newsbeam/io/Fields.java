package io.newsbeam.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds the canonical fields in a JSON object or CSV row. Each canonical field has its own list of known
 * names, tried in order; the first one with a non-blank value wins, so a record may mix families
 * (news-please, newspaper4k, trafilatura). Names given with --fieldMap are tried before the built-in ones
 * (in name order when several map to the same field). Names are case-sensitive.
 *
 * <pre>
 * title       title
 * text        maintext > text > raw_text
 * date        date_publish > publish_date > date
 * url         url > canonical_link > source (only when it starts with http:// or https://)
 * publisher   meta_site_name > sitename > source_domain > hostname
 * authors     authors > author            (array, or a string split at ';', else at ',')
 * language    language > meta_lang
 * description description > meta_description
 * </pre>
 *
 * A value is a string or a list of strings (JSON arrays of scalars); a list given for a single-valued field
 * is joined with newlines (text) or spaces (others).
 */
final class Fields {
  static final Map<String, List<String>> BUILT_IN = builtIn();

  private final Map<String, List<String>> namesByField;

  Fields(SortedMap<String, String> fieldMap) {
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : BUILT_IN.entrySet()) {
      List<String> list = new ArrayList<>();
      for (Map.Entry<String, String> m : fieldMap.entrySet()) {
        if (m.getValue().equals(e.getKey())) {
          list.add(m.getKey());
        }
      }
      list.addAll(e.getValue());
      names.put(e.getKey(), List.copyOf(list));
    }
    this.namesByField = names;
  }

  private static Map<String, List<String>> builtIn() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("title", List.of("title"));
    m.put("text", List.of("maintext", "text", "raw_text"));
    m.put("date", List.of("date_publish", "publish_date", "date"));
    m.put("url", List.of("url", "canonical_link", "source"));
    m.put("publisher", List.of("meta_site_name", "sitename", "source_domain", "hostname"));
    m.put("authors", List.of("authors", "author"));
    m.put("language", List.of("language", "meta_lang"));
    m.put("description", List.of("description", "meta_description"));
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The canonical values of one record. */
  record Values(@Nullable String title, @Nullable String text, @Nullable String date, @Nullable String url,
      @Nullable String publisher, List<String> authors, @Nullable String language,
      @Nullable String description) {}

  /** @param record name -> String or List&lt;String&gt; */
  Values extract(Map<String, Object> record) {
    return new Values(
        single(record, "title", " "),
        single(record, "text", "\n"),
        single(record, "date", " "),
        single(record, "url", " "),
        single(record, "publisher", " "),
        authors(record),
        single(record, "language", " "),
        single(record, "description", " "));
  }

  private @Nullable String single(Map<String, Object> record, String field, String joiner) {
    for (String name : namesByField.get(field)) {
      Object v = record.get(name);
      String s = v instanceof List<?> list ? joinList(list, joiner) : (String) v;
      if (s == null || s.isBlank()) {
        continue;
      }
      if (field.equals("url") && name.equals("source") && !looksLikeUrl(s)) {
        continue; // trafilatura's "source" may be an id rather than a link
      }
      return field.equals("text") ? TextCleanup.clean(s) : TextCleanup.value(s);
    }
    return null;
  }

  private List<String> authors(Map<String, Object> record) {
    for (String name : namesByField.get("authors")) {
      Object v = record.get(name);
      List<String> out = new ArrayList<>();
      if (v instanceof List<?> list) {
        for (Object o : list) {
          String a = TextCleanup.value((String) o);
          if (a != null) {
            out.add(a);
          }
        }
      } else if (v instanceof String s) {
        String sep = s.indexOf(';') >= 0 ? ";" : ",";
        for (String part : s.split(sep)) {
          String a = TextCleanup.value(part);
          if (a != null) {
            out.add(a);
          }
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return List.of();
  }

  private static @Nullable String joinList(List<?> list, String joiner) {
    List<String> parts = new ArrayList<>();
    for (Object o : list) {
      if (o != null && !((String) o).isBlank()) {
        parts.add((String) o);
      }
    }
    return parts.isEmpty() ? null : String.join(joiner, parts);
  }

  private static boolean looksLikeUrl(String s) {
    String t = s.strip().toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("http://") || t.startsWith("https://");
  }
}
