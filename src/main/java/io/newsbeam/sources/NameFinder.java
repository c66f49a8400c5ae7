package io.newsbeam.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Finds source names around a cue in one paragraph's {@link Tokens}: forward (after {@code according to},
 * {@code citing}, {@code told}) or backward (before {@code said}, {@code reported}), with the descriptor in
 * front of the name ({@code Kremlin-aligned news agencies}, {@code Finnish public broadcaster}) split into
 * qualifiers and a type, titles ({@code President}, {@code MP}) marking persons, and leading determiners and
 * sentence adverbs dropped. Pure and stateless apart from the shared lexicons.
 */
final class NameFinder {
  /** Type nouns that introduce a name: words (lower case) -> source_type; two-word ones first. */
  static final Map<String, String> TYPE_NOUNS_2 = Map.ofEntries(
      Map.entry("news agency", "news_agency"), Map.entry("news agencies", "news_agency"),
      Map.entry("telegram channel", "social_channel"), Map.entry("telegram channels", "social_channel"),
      Map.entry("tv channel", "broadcaster"), Map.entry("television channel", "broadcaster"),
      Map.entry("radio station", "broadcaster"), Map.entry("news website", "newspaper"),
      Map.entry("news outlet", "newspaper"), Map.entry("news site", "newspaper"),
      Map.entry("youtube channel", "social_channel"));
  static final Map<String, String> TYPE_NOUNS_1 = Map.ofEntries(
      Map.entry("agency", "news_agency"), Map.entry("agencies", "news_agency"),
      Map.entry("channel", "social_channel"), Map.entry("channels", "social_channel"),
      Map.entry("broadcaster", "broadcaster"), Map.entry("broadcasters", "broadcaster"),
      Map.entry("newspaper", "newspaper"), Map.entry("newspapers", "newspaper"), Map.entry("paper", "newspaper"),
      Map.entry("daily", "newspaper"), Map.entry("tabloid", "newspaper"), Map.entry("outlet", "newspaper"),
      Map.entry("outlets", "newspaper"), Map.entry("website", "newspaper"), Map.entry("portal", "newspaper"),
      Map.entry("magazine", "newspaper"), Map.entry("publication", "newspaper"), Map.entry("project", "ngo"),
      Map.entry("watchdog", "ngo"), Map.entry("group", "ngo"), Map.entry("think-tank", "ngo"),
      Map.entry("blog", "social_channel"), Map.entry("blogger", "social_channel"), Map.entry("media", "newspaper"));
  /** The source types of media type nouns ("Yonhap news agency", "Al-Ahram newspaper"). */
  static final Set<String> MEDIA_TYPES = Set.of("news_agency", "newspaper", "broadcaster", "social_channel");
  /** Media type nouns strong enough to make "TYPE Name" a citation on their own. */
  static final Set<String> MEDIA_TYPE_WORDS = Set.of("agency", "agencies", "channel", "channels", "broadcaster",
      "newspaper", "outlet", "website", "daily", "tabloid", "magazine");
  static final Set<String> TITLES = Set.of("president", "minister", "mp", "spokesman", "spokeswoman",
      "spokesperson", "secretary", "dr", "mr", "mrs", "ms", "chancellor", "governor", "mayor", "leader", "ruler",
      "general", "colonel", "senator", "ambassador", "commander", "deputy", "speaker", "ceo", "chief", "director",
      "pope", "king", "queen", "prince", "premier", "prime", "lieutenant", "captain", "judge", "prosecutor",
      "professor", "adviser", "advisor", "sir", "lord", "lady", "envoy", "head", "chairman", "chairwoman",
      "patriarch", "metropolitan", "sheikh", "emir", "commissioner", "ombudsman", "rep", "sen", "gen", "representative",
      "congressman", "congresswoman", "councillor", "councilor", "sheriff", "selectman", "attorney", "admiral",
      "sergeant", "inspector", "superintendent", "marshal", "rabbi", "imam", "bishop", "cardinal");
  static final Set<String> ROLES = Set.of("head", "spokesman", "spokeswoman", "spokesperson", "minister",
      "leader", "director", "founder", "chairman", "chair", "owner", "translator", "analyst", "correspondent",
      "journalist", "editor", "researcher", "lawyer", "activist", "economist", "expert", "president", "chief",
      "governor", "mayor", "adviser", "advisor", "secretary", "ambassador", "commander", "deputy", "member",
      "ceo", "official", "officer", "professor", "author", "candidate", "mp", "senator", "speaker", "envoy",
      "negotiator", "aide", "blogger", "commentator", "presenter", "host", "politician", "lawmaker", "general");
  /** Capitalised words that start sentences but never names. */
  static final Set<String> FUNCTION_CAPS = Set.of("the", "a", "an", "when", "if", "after", "before", "but",
      "and", "as", "while", "since", "although", "then", "meanwhile", "however", "also", "on", "in", "at", "by",
      "from", "for", "with", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
      "there", "here", "according", "earlier", "later", "separately", "instead", "still", "yet", "so", "now",
      "today", "yesterday", "overnight", "last", "next", "some", "many", "several", "his", "her",
      "its", "their", "our", "my", "your", "what", "which", "who", "where", "why", "how", "once", "because",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "until", "unless", "despite",
      "under", "over", "about", "during", "update", "updated", "breaking", "exclusive", "live", "just", "no", "per",
      "reportedly", "officially", "currently", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december");
  static final Set<String> PLATFORMS = Set.of("telegram", "facebook", "x", "twitter", "youtube", "instagram",
      "tiktok", "vk", "vkontakte", "whatsapp", "viber", "threads", "bluesky", "signal", "reddit", "linkedin");
  static final Set<String> DEMONYMS = Set.of("russian", "ukrainian", "us", "u.s.", "american", "british", "uk",
      "german", "french", "chinese", "polish", "serbian", "latvian", "finnish", "icelandic", "irish", "mexican",
      "belarusian", "turkish", "israeli", "iranian", "european", "western", "italian", "spanish", "japanese",
      "korean", "indian", "georgian", "moldovan", "romanian", "hungarian", "czech", "slovak", "lithuanian",
      "estonian", "swedish", "norwegian", "danish", "dutch", "belgian", "austrian", "swiss", "canadian",
      "australian", "brazilian", "peruvian", "chadian", "sudanese", "philippine", "saudi", "emirati", "qatari",
      "syrian", "egyptian", "kazakh", "armenian", "azerbaijani", "iraqi", "afghan", "pakistani", "indonesian",
      "bangladeshi", "cuban", "yemeni", "lebanese", "jordanian", "libyan", "tunisian", "moroccan", "algerian",
      "nigerian", "kenyan", "ethiopian", "somali", "south african", "thai", "vietnamese", "malaysian", "burmese",
      "nepalese", "sri lankan", "afghani", "palestinian", "kurdish", "greek", "portuguese", "croatian", "bosnian",
      "bulgarian", "slovenian", "venezuelan", "colombian", "argentine", "argentinian", "chilean", "bolivian",
      "ecuadorian", "new zealand", "taiwanese", "mongolian", "uzbek", "tajik", "kyrgyz", "turkmen", "north korean",
      "south korean");
  /** Lower-case head nouns that belong to an organisation's surface name ("Belgorod Oblast administration"). */
  static final Set<String> ORG_HEADS = Set.of("administration", "government", "authorities", "council",
      "ministry", "police", "commission", "committee", "office", "parliament", "municipality", "prosecutors",
      "military", "army", "navy", "command", "embassy", "consulate");

  /** Lower-case heads that make a demonym or country a specific body: "the U.S. embassy in Beijing". */
  static final Set<String> BODY_HEADS = Set.of("embassy", "consulate", "ministry");

  /** Hyphenated stance words written in front of a name ("Kremlin-backed", "Kurdish-led", "pro-Kremlin"). */
  static final java.util.regex.Pattern STANCE = java.util.regex.Pattern.compile(
      "\\p{L}+-(?:led|backed|aligned|installed|run|owned|controlled|linked|affiliated|funded|appointed|friendly"
          + "|based)|[Pp]ro-\\p{L}+|[Aa]nti-\\p{L}+");

  private final SourceLexicons lexicons;
  private final OutletAliases aliases;

  NameFinder(SourceLexicons lexicons, OutletAliases aliases) {
    this.lexicons = lexicons;
    this.aliases = aliases;
  }

  /** A name found by a rule: token range, descriptor qualifiers, the type its descriptor implies. */
  record Found(int startToken, int endToken, List<String> qualifiers, @Nullable String typeHint, boolean person) {}

  /** Type of a type-noun phrase ending at token j (inclusive), with its first token, or null. */
  @Nullable int[] typeNounEndingAt(Tokens t, int j) {
    if (j < 0 || j >= t.size) {
      return null;
    }
    if (j >= 1 && t.adjacent(j - 1) && TYPE_NOUNS_2.containsKey(t.lower(j - 1) + " " + t.lower(j))) {
      return new int[] {j - 1};
    }
    if (TYPE_NOUNS_1.containsKey(t.lower(j))) {
      return new int[] {j};
    }
    return null;
  }

  @Nullable String typeOf(Tokens t, int from, int to) {
    String key = from == to ? t.lower(from) : t.lower(from) + " " + t.lower(to);
    return from == to ? TYPE_NOUNS_1.get(key) : TYPE_NOUNS_2.get(key);
  }

  /**
   * The descriptor in front of token {@code nameStart}: a type noun right before it, and up to three words
   * of qualifiers before that (stopping at determiners, prepositions, verbs, possessives and punctuation).
   */
  Found withDescriptor(Tokens t, int nameStart, int nameEnd, boolean person) {
    int[] type = nameStart > 0 && t.adjacent(nameStart - 1) ? typeNounEndingAt(t, nameStart - 1) : null;
    if (type == null) {
      return new Found(nameStart, nameEnd, List.of(), null, person);
    }
    String typeHint = typeOf(t, type[0], nameStart - 1);
    int q = type[0];
    int words = 0;
    while (q > 0 && words < 3 && t.adjacent(q - 1) && !t.isPossessive(q - 1) && isQualifierWord(t, q - 1)) {
      q--;
      words++;
    }
    List<String> qualifiers = q < type[0]
        ? List.of(t.text.substring(t.starts[q], t.ends[type[0] - 1])) : List.of();
    return new Found(nameStart, nameEnd, qualifiers, typeHint, person);
  }

  private boolean isQualifierWord(Tokens t, int i) {
    String w = t.lower(i);
    return !FUNCTION_CAPS.contains(w) && !Cues.STOP_BEFORE_QUALIFIER.contains(w) && !TITLES.contains(w)
        && !Character.isDigit(w.charAt(0));
  }

  /**
   * Forward from token i: optional determiner, optional descriptor ending in a type noun, optional title,
   * then a name run. {@code lowercaseSkip} allows that many lower-case words before the name ("records filed
   * with Companies House"). Null when no name follows.
   */
  @Nullable Found forward(Tokens t, int i, int lowercaseSkip) {
    int k = i;
    int skipped = 0;
    // determiners and descriptor words up to a type noun or a capitalised word
    while (k < t.size) {
      if (k > i && !t.adjacent(k - 1)) {
        return null; // a comma or a sentence end: the cue's phrase is over
      }
      if (t.isCap(k)) {
        // a capitalised descriptor word followed by a type noun ("Russian news agency X")
        int typeEnd = typeNounAfter(t, k);
        if (typeEnd >= 0 && typeEnd + 1 < t.size && t.adjacent(typeEnd) && isNameStart(t, typeEnd + 1)) {
          k = typeEnd + 1;
          break;
        }
        if (FUNCTION_CAPS.contains(t.lower(k)) && k + 1 < t.size && t.adjacent(k)) {
          k++;
          continue;
        }
        break;
      }
      int typeEnd = typeNounAfter(t, k);
      if (typeEnd >= 0 && typeEnd + 1 < t.size && t.adjacent(typeEnd) && isNameStart(t, typeEnd + 1)) {
        k = typeEnd + 1;
        break;
      }
      String w = t.lower(k);
      if (w.equals("the") || w.equals("a") || w.equals("an")) {
        k++;
        continue;
      }
      if (skipped >= lowercaseSkip + 3 || Cues.BLOCKS_FORWARD.contains(w)) {
        return null;
      }
      skipped++;
      k++;
    }
    if (k >= t.size || !isNameStart(t, k) || FUNCTION_CAPS.contains(t.lower(k))) {
      return null;
    }
    if (!t.isCap(k)) {
      return finish(t, k, k, false); // a lower-case name the alias table knows ("dpa")
    }
    if (t.isPossessive(k) && aliases.knows(CitationExtractor.withoutPossessive(t.word(k)))) {
      return new Found(k, k, List.of(), null, false); // "according to Interfax's report"
    }
    boolean person = false;
    while (k < t.size && TITLES.contains(t.lower(k).replace(".", "")) && k + 1 < t.size && t.adjacent(k)
        && t.isCap(k + 1)) {
      person = true;
      k++;
    }
    int end = t.runForward(k);
    if (end >= 0 && end + 1 < t.size && t.adjacent(end) && BODY_HEADS.contains(t.lower(end + 1))) {
      end++;
      if (end + 2 < t.size && t.adjacent(end) && t.lower(end + 1).equals("in") && t.adjacent(end + 1)
          && t.isCap(end + 2)) {
        end = Math.max(end + 2, t.runForward(end + 2));
      }
    }
    if (end < 0 || end == k && DEMONYMS.contains(t.lower(k))) {
      return null;
    }
    if (skipped > lowercaseSkip && withDescriptor(t, k, end, person).typeHint() == null) {
      return null; // lower-case words without a type noun: only as many as the rule allows
    }
    return finish(t, k, end, person);
  }

  private boolean isNameStart(Tokens t, int i) {
    return t.isCap(i) || aliases.knows(t.word(i)) && !CONNECTORS_AND_FUNCTION.contains(t.lower(i));
  }

  static final Set<String> CONNECTORS_AND_FUNCTION = Set.of("the", "a", "an", "of", "and", "for", "in",
      "on", "at", "to", "by", "with", "from");

  private int typeNounAfter(Tokens t, int k) {
    for (int j = k; j < Math.min(t.size, k + 5); j++) {
      if (j > k && !t.adjacent(j - 1)) {
        return -1;
      }
      int[] type = typeNounEndingAt(t, j);
      if (type != null && type[0] >= k) {
        if (j + 1 < t.size && typeNounEndingAt(t, j + 1) != null && t.adjacent(j)) {
          continue; // "news agency": let the longer phrase end
        }
        return j;
      }
    }
    return -1;
  }

  /**
   * Backward from the capitalised token j (the last word of a name): the name run, minus leading function
   * words, titles (which mark a person) and capitalised type nouns; with its descriptor.
   */
  @Nullable Found backward(Tokens t, int j) {
    int start = t.runBackward(j);
    if (start < 0) {
      return null;
    }
    boolean person = false;
    while (start < j) {
      String w = t.lower(start).replace(".", "");
      if (FUNCTION_CAPS.contains(w)) {
        start++;
      } else if (TITLES.contains(w) && !orgTail(t, start + 1, j)) {
        start++;
        person = true;
      } else if (TYPE_NOUNS_1.containsKey(w) || (start + 1 <= j
          && TYPE_NOUNS_2.containsKey(w + " " + t.lower(start + 1)))) {
        start += TYPE_NOUNS_1.containsKey(w) ? 1 : 2;
      } else {
        break;
      }
    }
    if (start > j || FUNCTION_CAPS.contains(t.lower(start))) {
      return null;
    }
    start = knownPossessiveStart(t, start, j);
    if (start > 0 && t.adjacent(start - 1) && TITLES.contains(t.lower(start - 1).replace(".", ""))) {
      person = true;
    }
    return finish(t, start, j, person);
  }

  /**
   * "the Prosecutor General's Office said": a run stops at a possessive, but a known name may contain one. The
   * earliest start whose words, possessive included, the alias table knows; else {@code start}.
   */
  private int knownPossessiveStart(Tokens t, int start, int j) {
    if (start == 0 || !t.adjacent(start - 1) || !t.isPossessive(start - 1) || !t.isCap(start - 1)) {
      return start;
    }
    if (BodyNames.isoCountryOf(CitationExtractor.withoutPossessive(t.word(start - 1))) != null) {
      return start; // "Ukraine's Navy": a possessive country is never in the span (the guidelines' rule)
    }
    int s2 = start - 1;
    while (s2 > 0 && t.adjacent(s2 - 1) && t.isCap(s2 - 1) && !t.isPossessive(s2 - 1)
        && !FUNCTION_CAPS.contains(t.lower(s2 - 1))) {
      s2--;
    }
    for (int s = s2; s < start; s++) {
      if (aliases.knows(text(t, s, j))) {
        return s;
      }
    }
    return start;
  }

  /** Demonym split ("US National Hurricane Center" -> qualifier US) and the descriptor, on a bare run. */
  private Found finish(Tokens t, int start, int end, boolean person) {
    if (end > start && STANCE.matcher(t.word(start)).matches()) {
      // "the Kremlin-backed Izvestia", "the Kurdish-led Syrian Democratic Forces": a qualifier, not the name
      Found rest = finish(t, start + 1, end, person);
      List<String> q = new ArrayList<>(rest.qualifiers());
      q.add(0, t.word(start));
      return new Found(rest.startToken(), rest.endToken(), q, rest.typeHint(), rest.person());
    }
    Found f = withDescriptor(t, start, end, person);
    if (f.typeHint() == null && end > start && DEMONYMS.contains(t.lower(start))) {
      String whole = t.text.substring(t.starts[start], t.ends[end]);
      String rest = t.text.substring(t.starts[start + 1], t.ends[end]);
      if (!aliases.knows(whole)
          && (aliases.knows(rest) || t.lower(start + 1).equals("national"))) {
        return new Found(start + 1, end, List.of(t.word(start)), null, person);
      }
    }
    return f;
  }

  /** True when the run looks like a person: a given name first, or a known surname of this article. */
  boolean looksLikePerson(Tokens t, int start, int end, Set<String> surnames) {
    // "Nils-Erik Haagenrud of Rogaland Fire and Rescue": a plain two-word name, then "of" and the employer
    if (end > start + 2 && t.lower(start + 2).equals("of") && plainTwoWordName(t, start, start + 1)
        && !aliases.knows(text(t, start, end))) {
      return true;
    }
    if (end > start && lexicons.isGivenName(t.word(start)) && !aliases.knows(text(t, start, end))) {
      return true;
    }
    if (personTail(t, start, end) && !aliases.knows(text(t, start, end))) {
      return true;
    }
    if (start == end && surnames.contains(t.lower(start)) && !aliases.knows(t.word(start))) {
      return true;
    }
    // "Dmitry Peskov, spokesman for ...", "Yevgeny Balitsky, the Russian-installed head of ..."
    int after = t.ends[end];
    if (after < t.text.length() && t.text.charAt(after) == ',' && end + 1 < t.size) {
      for (int k = end + 1; k < Math.min(t.size, end + 5); k++) {
        if (ROLES.contains(t.lower(k))) {
          String name = text(t, start, end);
          return !aliases.knows(name) && end > start && end - start <= 2
              && "other".equals(CitationExtractor.typeFromWords(name));
        }
        if (t.text.substring(t.ends[end] + 1, t.starts[k]).contains(",")) {
          break;
        }
      }
    }
    return false;
  }

  /**
   * "President Zelensky", "Serbian President Aleksandar Vučić", "US Secretary of State Marco Rubio": a title or
   * a given name right before the last one or two capitalised words.
   */
  boolean personTail(Tokens t, int start, int end) {
    if (end - 1 >= start && (isTitle(t, end - 1) && !orgTail(t, end, end) || lexicons.isGivenName(t.word(end - 1)))) {
      return true;
    }
    if (end - 2 >= start && isTitle(t, end - 2) && t.isCap(end - 1) && !t.isConnector(end - 1)
        && !orgTail(t, end - 1, end)) {
      return true;
    }
    // "US Secretary of State Mike Pompeo", "US Ambassador to Germany Richard Grenell": a title, then a two- or
    // three-word tail that has no organisation word
    int name = personNameStart(t, start, end);
    return name > start && end - name >= 1;
  }

  /**
   * Where the person's own name starts in a titled run: after the last title word and its complement ("of
   * State", "to Germany"), when 2–3 capitalised words without connectors or organisation words are left. Else
   * {@code start}.
   */
  int personNameStart(Tokens t, int start, int end) {
    int lastTitle = -1;
    for (int i = start; i <= end; i++) {
      if (isTitle(t, i)) {
        lastTitle = i;
      }
    }
    if (lastTitle < 0) {
      return start;
    }
    for (int from = Math.max(lastTitle + 1, end - 2); from < end; from++) {
      boolean plain = true;
      for (int i = from; i <= end; i++) {
        plain &= t.isCap(i) && !t.isConnector(i) && !isTitle(t, i);
      }
      String tail = text(t, from, end);
      if (plain && "other".equals(CitationExtractor.typeFromWords(tail)) && !aliases.knows(tail)
          && (from == lastTitle + 1 || t.isConnector(from - 1) || lexicons.isGivenName(t.word(from))
              || from - 1 > lastTitle && t.isCap(from - 1))) {
        return from;
      }
    }
    return start;
  }

  /** "General Staff", "Chief Directorate": after a title-like word comes an organisation word, not a name. */
  private static boolean orgTail(Tokens t, int from, int to) {
    return from <= to && !"other".equals(CitationExtractor.typeFromWords(text(t, from, to)));
  }

  private static boolean isTitle(Tokens t, int i) {
    return TITLES.contains(t.lower(i).replace(".", ""));
  }

  /** Surnames of this paragraph's persons: runs after a title or starting with a given name. */
  void collectSurnames(Tokens t, Set<String> into) {
    for (int i = 0; i < t.size; i++) {
      if (!t.isCap(i)) {
        continue;
      }
      int end = t.runForward(i);
      if (end < 0) {
        continue;
      }
      int s = personNameStart(t, i, end);
      boolean titled = s > i || i > 0 && t.adjacent(i - 1) && TITLES.contains(t.lower(i - 1).replace(".", ""));
      while (s < end && (TITLES.contains(t.lower(s).replace(".", "")) || FUNCTION_CAPS.contains(t.lower(s)))) {
        titled |= TITLES.contains(t.lower(s).replace(".", ""));
        s++;
      }
      if (t.isConnector(s)) {
        i = end; // "the President of Burundi": a title of a place or body, no person named
        continue;
      }
      if ((end > s || titled) && (titled || looksLikePerson(t, s, end, Set.of()) || plainTwoWordName(t, s, end))
          && !aliases.knows(text(t, s, end)) && end - s <= 3) {
        into.add(t.lower(end));
      }
      i = end;
    }
  }

  /** "Zhukovskyy", "Nils-Erik": an initial capital, then lower case, hyphenated parts allowed. */
  private static final java.util.regex.Pattern PLAIN_NAME_WORD =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)*");

  /**
   * "Volodoymyr Zhukovskyy", "Hatice Cengiz": two plain capitalised words that no list knows and that carry no
   * organisation word are most often a person whose given name is not in the lexicon; the second word then
   * marks the person when it comes back alone ("Zhukovskyy said").
   */
  private boolean plainTwoWordName(Tokens t, int s, int end) {
    if (end != s + 1 || !t.adjacent(s)) {
      return false;
    }
    for (int i = s; i <= end; i++) {
      String w = t.lower(i);
      if (FUNCTION_CAPS.contains(w) || DEMONYMS.contains(w) || TITLES.contains(w) || t.isConnector(i)
          || aliases.knows(t.word(i)) || !PLAIN_NAME_WORD.matcher(t.word(i)).matches()) {
        return false;
      }
    }
    return "other".equals(CitationExtractor.typeFromWords(text(t, s, end)));
  }

  /** Full person names of this paragraph by surname: "Bill Brown" for "brown" ("according to Brown"). */
  void collectFullNames(Tokens t, java.util.Map<String, String> into) {
    for (int i = 0; i < t.size; i++) {
      if (!t.isCap(i)) {
        continue;
      }
      int end = t.runForward(i);
      if (end < 0) {
        continue;
      }
      int s = personNameStart(t, i, end);
      while (s < end && (isTitle(t, s) || FUNCTION_CAPS.contains(t.lower(s)))) {
        s++;
      }
      if (end > s && end - s <= 2 && lexicons.isGivenName(t.word(s)) && !aliases.knows(text(t, s, end))) {
        into.putIfAbsent(t.lower(end), text(t, s, end));
      }
      i = end;
    }
  }

  static String text(Tokens t, int start, int end) {
    return t.text.substring(t.starts[start], t.ends[end]);
  }

  static boolean isPlatform(String name) {
    return PLATFORMS.contains(name.toLowerCase(Locale.ROOT));
  }

  static List<String> list(String s) {
    List<String> out = new ArrayList<>();
    out.add(s);
    return out;
  }
}
