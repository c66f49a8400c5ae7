package io.newsbeam.quotes;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One key per person or organisation across the corpus. {@link #key} folds case, diacritics, middle initials,
 * punctuation and spacing; the alias CSV ({@code alias,canonical,type,qid}, built in:
 * {@code resources/quotes/speaker_aliases.csv}, extendable with a user file) maps spelling variants and
 * transliterations ({@code Zelenskyy} -> {@code Volodymyr Zelensky}) to one canonical name and an optional
 * Wikidata id.
 */
public final class SpeakerAliases implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern INITIAL = Pattern.compile("(?<=\\s)\\p{L}\\.?(?=\\s)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final Set<String> TYPES = Set.of("person", "organisation");

  /** A canonical entry. */
  public record Entry(String canonical, String type, @Nullable String qid) implements Serializable {}

  private final Map<String, Entry> byKey;

  private SpeakerAliases(Map<String, Entry> byKey) {
    this.byKey = byKey;
  }

  /** The built-in list. */
  public static SpeakerAliases builtIn() {
    return new SpeakerAliases(parse(Lexicon.lines("/quotes/speaker_aliases.csv")));
  }

  /**
   * The built-in list plus a user CSV (same columns); the user's rows win. A user file is checked row by row
   * (a silently skipped row would leave a speaker unmerged without anyone noticing): an unreadable file throws
   * UncheckedIOException, a malformed row IllegalArgumentException naming its line.
   */
  public static SpeakerAliases withFile(@Nullable String csvPath) {
    Map<String, Entry> m = parse(Lexicon.lines("/quotes/speaker_aliases.csv"));
    if (csvPath != null) {
      List<String> lines;
      try {
        lines = Files.readAllLines(Path.of(csvPath), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(csvPath + ": " + e.getMessage(), e);
      }
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i).strip();
        if (l.isEmpty() || l.startsWith("#") || l.startsWith("alias,")) {
          continue;
        }
        String problem = rowProblem(l);
        if (problem != null) {
          throw new IllegalArgumentException(csvPath + " line " + (i + 1) + ": " + problem);
        }
        rows.add(l);
      }
      m.putAll(parse(rows));
    }
    return new SpeakerAliases(m);
  }

  /** Why a user row cannot be used, or null when it can. */
  private static @Nullable String rowProblem(String row) {
    String[] f = row.split(",", -1);
    if (f.length < 3 || f.length > 4) {
      return "expected alias,canonical,type[,qid]";
    }
    if (f[0].isBlank() || f[1].isBlank()) {
      return "empty alias or canonical name";
    }
    if (!TYPES.contains(f[2].strip())) {
      return "type must be person or organisation, not '" + f[2].strip() + "'";
    }
    if (f.length == 4 && !f[3].isBlank() && !QID.matcher(f[3].strip()).matches()) {
      return "qid must look like Q123, not '" + f[3].strip() + "'";
    }
    return null;
  }

  private static Map<String, Entry> parse(List<String> rows) {
    Map<String, Entry> m = new HashMap<>();
    for (String row : rows) {
      String[] f = row.split(",", -1);
      if (f.length < 3 || f[0].equals("alias")) {
        continue;
      }
      String qid = f.length > 3 && !f[3].isBlank() ? f[3].strip() : null;
      m.put(key(f[0]), new Entry(f[1].strip(), f[2].strip(), qid));
    }
    return m;
  }

  /** Case-, diacritic-, initial- and punctuation-folded key of a name. */
  public static String key(String name) {
    String plain = plainAsciiKey(name);
    if (plain != null) {
      return plain;
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("");
    s = " " + s.replace('\u2019', '\'') + " ";
    s = INITIAL.matcher(s).replaceAll(" ");
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * The same key for the common case, a name of ASCII letters, digits and spaces, without regexes or
   * normalization (the key is computed per name mention): one-letter words (initials) dropped, lower case,
   * single spaces. Null when the name has any other character.
   */
  private static @Nullable String plainAsciiKey(String name) {
    StringBuilder out = new StringBuilder(name.length());
    int wordStart = -1;
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      boolean letterOrDigit = c < 128 && Character.isLetterOrDigit(c);
      if (!letterOrDigit && c != ' ') {
        return null;
      }
      if (letterOrDigit && wordStart < 0) {
        wordStart = i;
      } else if (!letterOrDigit && wordStart >= 0) {
        boolean initial = i - wordStart == 1 && Character.isLetter(name.charAt(wordStart));
        if (!initial) {
          if (out.length() > 0) {
            out.append(' ');
          }
          for (int k = wordStart; k < i; k++) {
            out.append(Character.toLowerCase(name.charAt(k)));
          }
        }
        wordStart = -1;
      }
    }
    return out.toString();
  }

  public @Nullable Entry lookup(String name) {
    return byKey.get(key(name));
  }
}
