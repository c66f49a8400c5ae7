package io.newsbeam.sources;

import io.newsbeam.model.Article;
import io.newsbeam.model.Citation;
import io.newsbeam.model.Paragraph;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Extracts the cited sources of one article (pure Java, no Beam): names in {@code Source:} lines, inline
 * attributions ({@code according to X}, {@code X said}, {@code citing X}, {@code told X}, {@code first published
 * by X}, {@code channel X}), anonymous sources and links; then canonicalizes each name with the
 * {@link OutletAliases} table or the article's own earlier long form. Offsets are half-open code points into
 * {@code Article.body}. Rules are regexes compiled once; one instance is shared by all articles of a worker.
 *
 * <p>A quoted or reported person is a speaker, not a citation: a person is cited only in {@code according to
 * X}. In an article with a {@code Source:} line, the lead paragraphs before it are not searched for inline
 * attributions (they summarise what the Source line credits).
 */
public final class CitationExtractor {
  static final int P_SOURCE_LINE = 0;
  static final int P_ANONYMOUS = 1;
  static final int P_CUE = 2;
  static final int P_TYPED = 3;
  static final int P_VERB = 4;

  private static final Pattern TYPE_GOV = Pattern.compile("(?i)\\b(?:ministry|minister|office|council|commission"
      + "|administration|government|headquarters|parliament|rada|duma|kremlin|court|police|army|forces|guard"
      + "|service|bureau|department|authority|authorities|inspectorate|cabinet|presidency|embassy|central bank"
      + "|national bank|prosecutor|senate|congress|municipality|military|navy|air force|intelligence"
      + "|centre for|center for|staff|directorate|governorate|oblast|regional)\\b");
  private static final Pattern TYPE_BROADCAST = Pattern.compile("(?i)\\b(?:radio|tv|television|broadcasting)\\b");
  private static final Pattern TYPE_PAPER = Pattern.compile("(?i)\\b(?:news|times|post|gazette|herald|journal"
      + "|pravda|echo|tribune|chronicle|daily|observer|telegraph|courier|mirror|express|ledger|review)\\b");
  private static final Pattern TYPE_NGO = Pattern.compile("(?i)\\b(?:watch|institute|foundation|initiative"
      + "|red cross|amnesty|ngo|project|transparency|human rights|center|centre)\\b");
  private static final Pattern TYPE_COMPANY = Pattern.compile("(?i)\\b(?:inc|ltd|plc|llc|group|bank|company"
      + "|corp|corporation|airlines?|airways|energy|holdings?|motors|systems|technologies)\\b");
  private static final Pattern TYPE_OTHER = Pattern.compile("(?i)\\b(?:union|association|federation|agency"
      + "|organi[sz]ation|league|club)\\b");
  private static final Set<String> PRONOUN_SUBJECTS = Set.of("it", "he", "she", "they", "we", "i", "you", "this",
      "that", "there", "who", "which");

  private final OutletAliases aliases;
  private final SourceLexicons lexicons;
  private final NameFinder names;

  public CitationExtractor(OutletAliases aliases, SourceLexicons lexicons) {
    this.aliases = aliases;
    this.lexicons = lexicons;
    this.names = new NameFinder(lexicons, aliases);
  }

  public static CitationExtractor builtIn() {
    return new CitationExtractor(OutletAliases.builtIn(), SourceLexicons.load());
  }

  public List<Citation> extract(Article a) {
    return extract(a.articleId, a.publisher, a.body, a.paragraphs);
  }

  /** Paragraph texts are located in {@code body} in order (the normalizer joins them with a blank line). */
  public List<Citation> extract(String articleId, @Nullable String publisher, String body,
      List<Paragraph> paragraphs) {
    List<Located> located = locate(body, paragraphs);
    int sourceIndex = -1;
    for (int i = 0; i < located.size(); i++) {
      if (isSourceLabel(located.get(i).label)) {
        sourceIndex = i;
        break;
      }
    }
    Set<String> surnames = new TreeSet<>();
    ArticleState state = new ArticleState();
    List<Tokens> tokens = new ArrayList<>(located.size());
    for (Located p : located) {
      Tokens t = new Tokens(p.text);
      tokens.add(t);
      names.collectSurnames(t, surnames);
      names.collectFullNames(t, state.fullNames);
    }
    List<Citation> out = new ArrayList<>();
    for (int i = 0; i < located.size(); i++) {
      Located p = located.get(i);
      Tokens t = tokens.get(i);
      List<Mention> mentions;
      if (isSourceLabel(p.label)) {
        mentions = SourceLine.parse(p.text, t, names, aliases, lexicons);
      } else if (sourceIndex > i && p.label == null) {
        mentions = links(p.text);
      } else {
        mentions = inline(p.text, t, surnames, state);
      }
      for (Mention m : mentions) {
        Citation c = resolve(articleId, publisher, body, p, m, state);
        if (c != null) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean isSourceLabel(@Nullable String label) {
    return label != null && (label.equalsIgnoreCase("Source") || label.equalsIgnoreCase("Sources"));
  }

  /** A paragraph with its char offset in the body. */
  record Located(@Nullable String label, String text, int offset) {}

  static List<Located> locate(String body, List<Paragraph> paragraphs) {
    List<Located> out = new ArrayList<>();
    int cursor = 0;
    for (Paragraph p : paragraphs) {
      if (p.text.isEmpty()) {
        continue;
      }
      int at = body.indexOf(p.text, cursor);
      if (at < 0) {
        continue; // not in the body (removed as boilerplate): nothing to cite
      }
      out.add(new Located(p.label, p.text, at));
      cursor = at + p.text.length();
    }
    if (out.isEmpty() && !body.isEmpty()) {
      out.add(new Located(null, body, 0));
    }
    return out;
  }

  /** What earlier citations of this article teach later ones: long forms and parenthesised aliases. */
  static final class ArticleState {
    final List<String[]> known = new ArrayList<>(); // {canonical, type, domain}
    final Map<String, String[]> aliasToKnown = new HashMap<>();
    /** Persons named in full somewhere in the article, by lower-case surname. */
    final Map<String, String> fullNames = new HashMap<>();

    String @Nullable [] shortFormOf(String surface) {
      List<String> words = words(surface);
      if (words.isEmpty()) {
        return null;
      }
      String[] alias = aliasToKnown.get(OutletAliases.key(surface));
      if (alias != null) {
        return alias;
      }
      if (words.size() < 2) {
        return oneWordShortForm(words.get(0));
      }
      for (int i = known.size() - 1; i >= 0; i--) {
        List<String> full = words(known.get(i)[0]);
        if (full.size() > words.size() && containsRun(full, words)) {
          return known.get(i);
        }
      }
      // the same words in another order: "Defence Ministry" after "Russian Ministry of Defence"
      for (int i = known.size() - 1; i >= 0; i--) {
        List<String> full = words(known.get(i)[0]);
        if (full.size() > words.size() && full.containsAll(words)) {
          return known.get(i);
        }
      }
      return null;
    }

    /**
     * "Ford" after "Ford Motor Company", "the Post" after "The Washington Post", "the Ministry" after "Ministry of
     * Health of Ukraine": the one earlier name whose first or last word this is. Null when none or when two
     * different sources fit: a short form is resolved only when the article leaves no doubt. (Lower-case "the
     * ministry said" is generic anaphora under the gold guidelines, like "the company said", and is no citation.)
     */
    String @Nullable [] oneWordShortForm(String word) {
      if (NameFinder.DEMONYMS.contains(word) || NOT_SHORT_FORMS.contains(word)) {
        return null;
      }
      String[] found = null;
      for (int i = known.size() - 1; i >= 0; i--) {
        String[] k = known.get(i);
        List<String> full = words(k[0]);
        boolean fits = full.size() > 1 && (full.get(0).equals(word) || full.get(full.size() - 1).equals(word));
        if (!fits) {
          continue;
        }
        if (found != null && !found[0].equals(k[0])) {
          return null; // two candidates: not resolvable
        }
        found = k;
      }
      return found;
    }

    /** The known name whose last words are these lower-case words ("electoral commission"). */
    String @Nullable [] tailOf(List<String> lowerWords) {
      for (int i = known.size() - 1; i >= 0; i--) {
        List<String> full = words(known.get(i)[0]);
        if (full.size() > lowerWords.size()
            && full.subList(full.size() - lowerWords.size(), full.size()).equals(lowerWords)) {
          return known.get(i);
        }
      }
      return null;
    }

    private static boolean containsRun(List<String> full, List<String> part) {
      for (int i = 0; i + part.size() <= full.size(); i++) {
        if (full.subList(i, i + part.size()).equals(part)) {
          return true;
        }
      }
      return false;
    }
  }

  /** Words too common to stand for one source on their own ("National", "State", "News"). */
  static final Set<String> NOT_SHORT_FORMS = Set.of("national", "state", "federal", "central", "international",
      "united", "general", "world", "new", "news", "the", "of", "and", "for", "daily", "press", "media", "group",
      "public", "european", "american", "global", "radio", "tv", "television", "network", "service", "office",
      "department", "council", "committee", "bureau", "court", "army", "police", "government");

  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : OutletAliases.key(s).split("[^\\p{L}\\p{N}+]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- inline rules

  private List<Mention> inline(String text, Tokens t, Set<String> surnames, ArticleState state) {
    List<Mention> found = new ArrayList<>();
    anonymous(text, t, found);
    cueForward(text, t, Cues.ACCORDING_TO, Cues.ACCORDING_TO_FIRST, "according_to", 4, true, surnames, found);
    cueForward(text, t, Cues.CITING, Cues.CITING_FIRST, "citing", 0, false, surnames, found);
    cueForward(text, t, Cues.TOLD, Cues.TOLD_FIRST, "told_outlet", 0, false, surnames, found);
    cueForward(text, t, Cues.BY, Cues.BY_FIRST, "published_by", 1, false, surnames, found);
    cueForward(text, t, Cues.ON_BEHALF, Cues.ON_BEHALF_FIRST, "on_behalf_of", 2, false, surnames, found);
    knownAfterPer(t, found);
    typed(t, surnames, found);
    outletNoun(text, t, found);
    verbs(text, t, surnames, state, found);
    invertedVerbs(text, t, surnames, found);
    found.addAll(links(text));
    return nonOverlapping(splitCoordinated(text, withListedNameHeads(t, found)));
  }

  /**
   * "Institute of Epidemiology, Disease Control and Research", "Department for Environment, Food and Rural
   * Affairs": official names that list their fields split the name run at the comma, and the rules find only the
   * part after it. A non-person mention with "and" in it, right after ", " and a run "X of/for Y", is that run's
   * tail: the mention starts where the run does.
   */
  /** {@code s} moved past capitalised function words ("The", "In") opening a name run, up to {@code end}. */
  private static int pastFunctionCaps(Tokens t, int s, int end) {
    while (s >= 0 && s < end && NameFinder.FUNCTION_CAPS.contains(t.lower(s))) {
      s++;
    }
    return s;
  }

  private static List<Mention> withListedNameHeads(Tokens t, List<Mention> found) {
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      int first = t.tokenAtOrAfter(m.start());
      String surface = t.text.substring(m.start(), m.end());
      int head = first - 1;
      if (m.person() || !Citation.KIND_INLINE.equals(m.kind()) || !surface.contains(" and ") || head < 0
          || first >= t.size || t.starts[first] != m.start()
          || !t.text.substring(t.ends[head], m.start()).equals(", ") || !t.isCap(head)) {
        out.add(m);
        continue;
      }
      int s = t.runBackward(head);
      boolean ofForm = false;
      for (int k = Math.max(s, 0) + 1; k < head; k++) {
        ofForm |= t.lower(k).equals("of") || t.lower(k).equals("for");
      }
      if (s < 0 || !ofForm) {
        out.add(m);
        continue;
      }
      s = pastFunctionCaps(t, s, head);
      out.add(new Mention(t.starts[s], m.end(), m.rule(), m.kind(), m.qualifiers(), m.aliases(), m.note(),
          m.typeHint(), false, m.priority()));
    }
    return out;
  }

  /**
   * "according to Reuters and NBC", "the BBC and Al Jazeera reported": a name run joined by "and" whose two
   * halves are each a known source is two citations (each attributing mention is its own), sharing the
   * descriptor in front; the parenthesised alias after the run belongs to the second. Runs like "Securities and
   * Exchange Commission" stay whole: their halves are not known sources.
   */
  private List<Mention> splitCoordinated(String text, List<Mention> found) {
    List<Mention> out = new ArrayList<>(found.size());
    for (Mention m : found) {
      String surface = text.substring(m.start(), m.end());
      int and = surface.indexOf(" and ");
      if (!Citation.KIND_INLINE.equals(m.kind()) || m.person() || and < 0 || aliases.knows(surface)) {
        out.add(m);
        continue;
      }
      String left = surface.substring(0, and);
      String right = surface.substring(and + 5);
      if (!knownOrAcronym(left) || !knownOrAcronym(right) || isAcronym(left) && isAcronym(right)) {
        out.add(m);
        continue;
      }
      int rightStart = m.start() + and + 5 + (right.startsWith("the ") ? 4 : 0); // no leading article in a span
      out.add(new Mention(m.start(), m.start() + and, m.rule(), m.kind(), m.qualifiers(), List.of(), null,
          m.typeHint(), false, m.priority()));
      out.add(new Mention(rightStart, m.end(), m.rule(), m.kind(), m.qualifiers(), m.aliases(), m.note(),
          m.typeHint(), false, m.priority()));
    }
    return out;
  }

  private boolean knownOrAcronym(String name) {
    String bare = withoutPossessive(stripThe(name));
    return aliases.knows(bare) || isAcronym(bare) || BodyNames.canonical(bare, null) != null;
  }

  private void anonymous(String text, Tokens t, List<Mention> found) {
    Matcher m = Cues.ANONYMOUS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int done = 0;
    for (int[] headSpan : headWords(t, Cues.ANONYMOUS_HEAD, Cues.ANONYMOUS_HEAD_FORMS)) {
      // back up at most six words to where the phrase may start, then match it from there
      int from = headSpan[0];
      for (int words = 0; words < 6 && from > done; words++) {
        int sp = text.lastIndexOf(' ', from - 2);
        from = sp < done ? done : sp + 1;
      }
      // the phrase must end at this head: searching past it scanned the rest of the text for every head
      m.region(from, headSpan[1]);
      boolean matched = false;
      while (m.find()) {
        if (m.end() >= headSpan[1]) {
          matched = m.end() == headSpan[1];
          break;
        }
      }
      if (!matched) {
        continue;
      }
      done = m.end();
      int start = m.start();
      int end = m.end();
      String head = m.group("head").toLowerCase(Locale.ROOT);
      Matcher post = Cues.ANON_POST.matcher(text);
      post.region(end, text.length());
      if (post.lookingAt()) {
        end = post.end();
      }
      String phrase = text.substring(start, end);
      if (SENTENCE_INSIDE.matcher(phrase).find()) {
        continue; // "a port city in Bangladesh. Officials": the determiner belongs to another sentence
      }
      boolean source = head.startsWith("source");
      boolean credited = Cues.BARE_ANONYMOUS_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
      boolean marked = Cues.ANON_MARKER.matcher(phrase).find()
          || Cues.ANON_MARKER.matcher(text.substring(end, Math.min(text.length(), end + 80))).find()
              && text.substring(end, Math.min(text.length(), end + 3)).startsWith(",");
      Matcher verb = Cues.ANON_VERB_AFTER.matcher(text);
      verb.region(end, text.length());
      boolean attributed = verb.lookingAt();
      if (source || credited || (marked && attributed) || attributed && !head.startsWith("member") && !head.startsWith("resident")
          && !head.startsWith("soldier") && !head.startsWith("servicem")) {
        found.add(new Mention(start, trimEnd(text, start, end), "anonymous", Citation.KIND_ANONYMOUS, List.of(),
            List.of(), null, Citation.ANONYMOUS, false, CitationExtractor.P_ANONYMOUS));
      }
    }
    bareAnonymous(text, t, found);
    markedPlural(text, t, found);
    Matcher own = Cues.OWN_SOURCES.matcher(text);
    while (own.find()) {
      found.add(new Mention(own.start(), trimEnd(text, own.start(), own.end()), "anonymous",
          Citation.KIND_ANONYMOUS, List.of(), List.of(), null, Citation.ANONYMOUS, false, P_ANONYMOUS));
    }
  }

  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?][\"\u201D\u2019)]?\\s+\\p{Lu}");
  private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "its", "their", "his", "her", "our",
      "some", "several", "many", "other", "of", "a", "an", "one", "two", "three", "four", "five", "multiple", "all",
      "both", "most", "few", "such", "no", "and", "or");

  /**
   * Where a head-noun pattern matches, found token by token: a plain word is looked up in {@code forms} (a hash
   * lookup), and only a word with inner punctuation ("co-workers", "spokesman's") runs the pattern. The same
   * matches as the pattern's own scan over the text, which tried its long alternation at every character.
   */
  static List<int[]> headWords(Tokens t, Pattern head, Set<String> forms) {
    List<int[]> out = new ArrayList<>();
    Matcher m = null;
    for (int i = 0; i < t.size; i++) {
      String w = t.lower(i);
      if (forms.contains(w)) {
        out.add(new int[] {t.starts[i], t.ends[i]});
      } else if (hasInnerPunctuation(w)) {
        if (m == null) {
          m = head.matcher(t.text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(t.starts[i], t.ends[i]);
        while (m.find()) {
          out.add(new int[] {m.start(), m.end()});
        }
      }
    }
    return out;
  }

  private static boolean hasInnerPunctuation(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (!Character.isLetterOrDigit(word.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** "Officials said", "according to Philippine officials", "with officials saying": unnamed, undetermined. */
  private void bareAnonymous(String text, Tokens t, List<Mention> found) {
    Matcher m = Cues.BARE_ANONYMOUS.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int done = 0;
    for (int[] head : headWords(t, Cues.BARE_ANONYMOUS_HEAD, Cues.BARE_ANONYMOUS_HEAD_FORMS)) {
      // the modifiers take at most four words before the head: match from there, never before the last match
      int i = t.tokenAtOrAfter(head[0]);
      int from = Math.max(done, t.starts[Math.max(0, i - 5)]);
      if (from > head[0]) {
        continue;
      }
      m.region(from, head[1]);
      while (m.find()) {
        done = m.end();
        bareAnonymousMatch(text, m, found);
      }
    }
  }

  /** One match of {@link Cues#BARE_ANONYMOUS}: a citation when it is credited or a verb follows. */
  private void bareAnonymousMatch(String text, Matcher m, List<Mention> found) {
    int start = m.start();
    // drop capitalised function words the modifier slot took ("The officials", "Some officials")
    String phrase = m.group();
    String first = phrase.substring(0, phrase.indexOf(' ') < 0 ? phrase.length() : phrase.indexOf(' '));
    if (phrase.indexOf(' ') > 0 && (NameFinder.FUNCTION_CAPS.contains(first.toLowerCase(Locale.ROOT))
        || DETERMINERS.contains(first.toLowerCase(Locale.ROOT)))) {
      return;
    }
    int wordStart = text.lastIndexOf(' ', Math.max(0, start - 2)) + 1;
    String before = start > 0 ? text.substring(wordStart, start).strip().toLowerCase(Locale.ROOT) : "";
    // "police and county officials said", "and local officials said": coordination, not a determiner
    if (DETERMINERS.contains(before) && !before.equals("and") && !before.equals("or") || before.endsWith("'s")
        || before.endsWith("\u2019s")) {
      return; // "the officials" (anaphora), "two officials" (the determined rule), "Ukraine's officials"
    }
    boolean credited = Cues.BARE_ANONYMOUS_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    Matcher verb = Cues.ANON_VERB_AFTER.matcher(text);
    verb.region(m.end(), text.length());
    Matcher with = Cues.BARE_ANONYMOUS_WITH.matcher(text);
    with.region(m.end(), text.length());
    boolean withSaying = before.equals("with") && with.lookingAt();
    if (credited || verb.lookingAt() || withSaying) {
      found.add(new Mention(start, m.end(), "anonymous", Citation.KIND_ANONYMOUS, List.of(), List.of(), null,
          Citation.ANONYMOUS, false, P_ANONYMOUS));
    }
  }

  /** "Aid workers in the region, who asked not to be named ..., said": see {@link Cues#MARKED_PLURAL}. */
  private static void markedPlural(String text, Tokens t, List<Mention> found) {
    if (text.indexOf(", who") < 0 && text.indexOf(", speaking") < 0 && text.indexOf(", talking") < 0) {
      return; // no set-off clause: skip the regex scan
    }
    Matcher m = Cues.MARKED_PLURAL.matcher(text);
    while (m.find()) {
      if (!Cues.ANON_MARKER.matcher(m.group("clause")).find()) {
        continue;
      }
      // up to two modifiers before the head ("aid workers", "two Western diplomats"), or a number word
      int head = t.tokenAtOrAfter(m.start());
      int s = head;
      boolean anaphora = false;
      for (int k = head - 1; k >= 0 && k >= head - 2 && t.adjacent(k); k--) {
        String w = t.lower(k);
        if (ANAPHORIC.contains(w)) {
          anaphora = true;
          break;
        }
        if (NameFinder.FUNCTION_CAPS.contains(w) && !DETERMINERS.contains(w) || Cues.STOP_BEFORE_QUALIFIER.contains(w)
            || !t.word(k).chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
          break;
        }
        s = k;
        if (DETERMINERS.contains(w)) {
          break; // "two", "several": the phrase starts here
        }
      }
      if (anaphora) {
        continue; // "the aid workers, who ...": someone named before
      }
      found.add(new Mention(t.starts[s], m.end(), "anonymous", Citation.KIND_ANONYMOUS, List.of(), List.of(), null,
          Citation.ANONYMOUS, false, P_ANONYMOUS));
    }
  }

  private static final Set<String> ANAPHORIC = Set.of("the", "these", "those", "its", "their", "his", "her", "our");

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start + 1 && !Character.isLetterOrDigit(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Matches of a cue, tried only at tokens that can start it; {start, end} char offsets. */
  static List<int[]> cueMatches(Tokens t, Pattern cue, Set<String> firstWords) {
    List<int[]> out = new ArrayList<>();
    Matcher m = cue.matcher(t.text);
    int after = 0;
    for (int i = 0; i < t.size; i++) {
      if (t.starts[i] < after || !firstWords.contains(t.lower(i))) {
        continue;
      }
      m.region(t.starts[i], t.text.length());
      if (m.lookingAt()) {
        out.add(new int[] {m.start(), m.end()});
        after = m.end();
      }
    }
    return out;
  }

  private void cueForward(String text, Tokens t, Pattern cue, Set<String> firstWords, String rule,
      int lowercaseSkip, boolean personOk, Set<String> surnames, List<Mention> found) {
    for (int[] m : cueMatches(t, cue, firstWords)) {
      int i = t.tokenAtOrAfter(m[1]);
      if (i >= t.size || t.starts[i] != m[1]) {
        continue; // a quotation mark or punctuation follows: a quoted reason, not a name
      }
      if (insideName(t, m[0])) {
        continue; // "Institute for the Study of War": the cue's words are part of a name
      }
      NameFinder.Found f = names.forward(t, i, lowercaseSkip);
      if (f == null) {
        continue;
      }
      f = roleThenName(t, f);
      f = knownPrefix(t, f, surnames);
      boolean person = f.person() || names.looksLikePerson(t, f.startToken(), f.endToken(), surnames);
      if ("told_outlet".equals(rule) && outletOfPerson(t, f, surnames, found)) {
        continue; // "speaking to Martin Smith of PBS": PBS
      }
      if (person && !personOk) {
        continue;
      }
      if (person) {
        if (QUOTED.matcher(sentenceAround(text, m[0])).find()) {
          continue; // "according to X" with X's quoted words: X is a speaker
        }
        f = ownName(t, f);
      }
      if (DOCUMENT_WORDS.contains(t.lower(f.startToken()))
          || GENERIC_THEN_PLACE.matcher(text.substring(m[1], t.starts[f.startToken()])).find()) {
        continue; // "cited Article 5" (a document), "according to police in Baytown" (a place)
      }
      addName(t, f, rule, person, P_CUE, found);
    }
  }

  /**
   * "told Martin Smith of PBS": a person run ending in "of" and a known outlet is the journalist the speaker
   * talked to; the outlet is cited.
   */
  private boolean outletOfPerson(Tokens t, NameFinder.Found f, Set<String> surnames, List<Mention> found) {
    for (int k = f.startToken() + 1; k < f.endToken(); k++) {
      if (!t.lower(k).equals("of")) {
        continue;
      }
      int s = t.lower(k + 1).equals("the") && k + 2 <= f.endToken() ? k + 2 : k + 1;
      if (aliases.knows(NameFinder.text(t, s, f.endToken()))
          && names.looksLikePerson(t, f.startToken(), k - 1, surnames)) {
        found.add(new Mention(t.starts[s], t.ends[f.endToken()], "told_outlet", Citation.KIND_INLINE, List.of(),
            List.of(), null, null, false, P_CUE));
        return true;
      }
    }
    return false;
  }

  /** A capitalised cue word right after a capitalised word or a connector is inside a name run. */
  private static boolean insideName(Tokens t, int cueStart) {
    int i = t.tokenAtOrAfter(cueStart);
    return i > 0 && i < t.size && t.starts[i] == cueStart && Character.isUpperCase(t.word(i).charAt(0))
        && t.adjacent(i - 1)
        && (t.isConnector(i - 1) || t.isCap(i - 1) && !NameFinder.FUNCTION_CAPS.contains(t.lower(i - 1)));
  }

  private static final Pattern QUOTED = Pattern.compile("[\"\u201C\u201D]");

  /**
   * "according to Windsor Locks' first selectman, Chris Kervick": a possessive place, a lower-case role and a
   * comma before the person; the person is the name.
   */
  private NameFinder.Found roleThenName(Tokens t, NameFinder.Found f) {
    int e = f.endToken();
    int k = e + 1;
    boolean possessive = t.word(e).endsWith("'") || t.word(e).endsWith("\u2019") || t.isPossessive(e);
    if (!possessive) {
      return f;
    }
    int lower = 0;
    while (k < t.size && lower < 3 && !t.isCap(k) && t.adjacent(k - 1)) {
      k++;
      lower++;
    }
    if (lower == 0 || k >= t.size || !t.isCap(k) || !t.text.substring(t.ends[k - 1], t.starts[k]).equals(", ")) {
      return f;
    }
    int end = t.runForward(k);
    return end < 0 ? f : new NameFinder.Found(k, end, List.of(), "person", true);
  }

  /**
   * "told NPR Hamza bin Laden had ...": an unknown run that starts with a known outlet is that outlet followed by
   * the next clause's subject; the outlet is the name.
   */
  private NameFinder.Found knownPrefix(Tokens t, NameFinder.Found f, Set<String> surnames) {
    if (f.startToken() == f.endToken() || aliases.knows(NameFinder.text(t, f.startToken(), f.endToken()))) {
      return f;
    }
    for (int e = f.endToken() - 1; e >= f.startToken(); e--) {
      if (aliases.knows(NameFinder.text(t, f.startToken(), e)) && !t.isConnector(e + 1)
          && (lexicons.isGivenName(t.word(e + 1)) || names.looksLikePerson(t, e + 1, f.endToken(), surnames))) {
        return new NameFinder.Found(f.startToken(), e, f.qualifiers(), f.typeHint(), false);
      }
    }
    return f;
  }

  /**
   * A person's own name: after the last title ("Connecticut Senator Richard Blumenthal" -> Richard Blumenthal)
   * and before an "of" complement ("James Rovella of the Connecticut Department ..." -> James Rovella).
   */
  private NameFinder.Found ownName(Tokens t, NameFinder.Found f) {
    int start = names.personNameStart(t, f.startToken(), f.endToken());
    int end = f.endToken();
    for (int i = start + 1; i <= end; i++) {
      if (t.isConnector(i)) {
        end = i - 1;
        break;
      }
    }
    return new NameFinder.Found(start, end, f.qualifiers(), f.typeHint(), f.person());
  }

  /** "the pro-war Russian channel Rybar", "Ukrainian news agency UNN": a media type noun before a name. */
  private void typed(Tokens t, Set<String> surnames, List<Mention> found) {
    for (int j = 0; j + 1 < t.size; j++) {
      if (!NameFinder.MEDIA_TYPE_WORDS.contains(t.word(j)) || !t.adjacent(j) || !t.isCap(j + 1)) {
        continue;
      }
      int end = t.runForward(j + 1);
      if (end < 0) {
        continue;
      }
      NameFinder.Found f = names.withDescriptor(t, j + 1, end, false);
      if (names.looksLikePerson(t, j + 1, end, surnames)) {
        continue;
      }
      addName(t, f, "typed_outlet", false, P_TYPED, found);
    }
  }

  /** "per Reuters": only a known outlet after it, since "per" before a capital is rarely attribution otherwise. */
  private void knownAfterPer(Tokens t, List<Mention> found) {
    for (int[] m : cueMatches(t, Cues.PER, Cues.PER_FIRST)) {
      int i = t.tokenAtOrAfter(m[1]);
      int end = i < t.size && t.starts[i] == m[1] ? t.runForward(i) : -1;
      if (end >= 0 && aliases.knows(NameFinder.text(t, i, end))) {
        found.add(new Mention(t.starts[i], t.ends[end], "per", Citation.KIND_INLINE, List.of(), List.of(), null,
            null, false, P_CUE));
      }
    }
  }

  /** What an outlet's name can modify when the outlet is what speaks: "a UN report", "an Al Jazeera reporter". */
  private static final Set<String> OUTLET_NOUNS = Set.of("report", "reporter", "reporters", "correspondent",
      "correspondents", "investigation", "analysis", "poll", "survey", "statement", "bulletin", "documentary",
      "editorial", "journalist", "journalists");
  private static final Set<String> INDEFINITE_OR_THE = Set.of("a", "an", "the");
  /** The verb that makes "a UN report ..." an attribution, later in the same sentence. */
  private static final Pattern OUTLET_NOUN_VERB = Pattern.compile(
      "\\b(?:said|says|reported|reports|noted|notes|concluded|concludes|found|finds|showed|shows|stated|wrote"
          + "|added|estimated|claimed|confirmed|revealed|described|warned|saw|witnessed|observed)\\b");

  /**
   * "a UN report eventually concluded", "An Al Jazeera reporter in Kenya noted": a known outlet (or an acronym)
   * used as the modifier of a report or reporter noun, after an article, with an attribution verb later in the
   * sentence. The outlet is cited; the noun is not part of its name.
   */
  private void outletNoun(String text, Tokens t, List<Mention> found) {
    for (int k = 1; k < t.size; k++) {
      if (!OUTLET_NOUNS.contains(t.lower(k)) || !t.adjacent(k - 1) || !t.isCap(k - 1) || t.isPossessive(k - 1)) {
        continue;
      }
      int s = t.runBackward(k - 1);
      if (s < 0) {
        continue;
      }
      boolean determined = s > 0 && t.adjacent(s - 1) && INDEFINITE_OR_THE.contains(t.lower(s - 1));
      while (s < k - 1 && NameFinder.FUNCTION_CAPS.contains(t.lower(s))) {
        determined |= INDEFINITE_OR_THE.contains(t.lower(s));
        s++;
      }
      String name = NameFinder.text(t, s, k - 1);
      if (!determined || !(aliases.knows(name) || isAcronym(name))) {
        continue;
      }
      String sentence = sentenceAround(text, t.starts[k]);
      int at = sentence.indexOf(t.word(k), Math.max(0, sentence.indexOf(name)));
      if (at < 0 || !OUTLET_NOUN_VERB.matcher(sentence).region(at, sentence.length()).find()) {
        continue;
      }
      found.add(new Mention(t.starts[s], t.ends[k - 1], "outlet_noun", Citation.KIND_INLINE, List.of(), List.of(),
          null, null, false, P_TYPED));
    }
  }

  private void verbs(String text, Tokens t, Set<String> surnames, ArticleState state, List<Mention> found) {
    for (int[] m : cueMatches(t, Cues.VERB, Cues.VERB_FIRST)) {
      int pos = m[0];
      if (NOT_ATTRIBUTION.matcher(text).region(m[0], text.length()).lookingAt()) {
        continue; // "claimed responsibility", "called off", "issued arrest warrants"
      }
      if (NOUN_THEN_VERB.matcher(text).region(m[0], text.length()).lookingAt()
          || PASSIVE_BEFORE.matcher(text.substring(Math.max(0, m[0] - 12), m[0])).find()) {
        continue; // "Initial reports stated" (a noun), "was found dead", "was reported missing" (passive)
      }
      List<String> aliasesSeen = new ArrayList<>();
      int j = t.tokenEndingBefore(pos);
      // auxiliaries and a day between subject and verb: "has also said", "The government on Tuesday announced"
      while (j >= 0 && t.adjacent(j)) {
        if (Cues.AUXILIARIES.contains(t.lower(j))) {
          pos = t.starts[j];
          j--;
        } else if (j > 0 && WEEKDAYS.contains(t.lower(j)) && t.lower(j - 1).equals("on") && t.adjacent(j - 1)) {
          pos = t.starts[j - 1];
          j -= 2;
        } else {
          break;
        }
      }
      int before = skipSpaces(text, pos);
      if (before > 0 && text.charAt(before - 1) == ',') {
        // "X, which ..., reported" / "auditors, Grant Thornton, said"
        int prevComma = text.lastIndexOf(',', before - 2);
        int sentenceStart = lastSentenceStart(text, before - 2);
        String between = prevComma > sentenceStart ? text.substring(prevComma + 1, before - 1) : "";
        if (prevComma > sentenceStart && ROLE_APPOSITIVE.matcher(between).find()) {
          continue; // "Fuad Basya, spokesman for the Indonesian military, said": a person speaks
        }
        if (prevComma > sentenceStart && (Cues.APPOSITIVE.matcher(between).find()
            || PARENTHETICAL.matcher(between).matches())) {
          before = prevComma;
        } else {
          before = before - 1;
        }
        before = skipSpaces(text, before);
      }
      // auxiliaries before a parenthetical: "the Emergencies Ministry has, in a statement, called on"
      for (int a = t.tokenEndingBefore(before); a >= 0 && t.ends[a] == before && Cues.AUXILIARIES.contains(t.lower(a))
          && (a == 0 || t.adjacent(a - 1)); a = t.tokenEndingBefore(before)) {
        before = skipSpaces(text, t.starts[a]);
      }
      if (before > 0 && text.charAt(before - 1) == ')') {
        int open = text.lastIndexOf('(', before - 1);
        if (open > 0) {
          aliasesSeen.add(text.substring(open + 1, before - 1).strip());
          before = skipSpaces(text, open);
        }
      }
      j = t.tokenEndingBefore(before);
      if (j < 0 || t.ends[j] != before) {
        continue;
      }
      if (PRONOUN_SUBJECTS.contains(t.lower(j))) {
        continue;
      }
      if (!t.isCap(j) && aliases.knows(t.word(j)) && !NameFinder.CONNECTORS_AND_FUNCTION.contains(t.lower(j))) {
        // a lower-case known name: "dpa reported", "tass.ru reported"
        found.add(new Mention(t.starts[j], t.ends[j], "x_said", Citation.KIND_INLINE, List.of(), aliasesSeen, null,
            null, false, P_VERB));
        continue;
      }
      if (!t.isCap(j)) {
        lowercaseSubject(t, j, surnames, state, aliasesSeen, found);
        continue;
      }
      NameFinder.Found f = names.backward(t, j);
      if (f == null) {
        continue;
      }
      boolean person = f.person() || names.looksLikePerson(t, f.startToken(), f.endToken(), surnames);
      if (person) {
        outletBeforePerson(t, f.startToken(), found);
        continue;
      }
      if (isDemonymOnly(t, f) || speakerAfterQuote(t, f, state) || genericSubject(t, f)) {
        continue;
      }
      listedBefore(t, f.startToken(), found);
      Mention named = mention(t, f, "x_said", false, P_VERB, aliasesSeen);
      named = authoritiesIn(t, f, named);
      named = embassyIn(t, f, named);
      int s0 = f.startToken();
      if (named.start() == t.starts[s0] && s0 > 0 && t.adjacent(s0 - 1)
          && PLACE_PREPOSITIONS.contains(t.lower(s0 - 1))) {
        continue; // "Dr. Steven Wolf at Saint Francis said": the name is a place, not the subject
      }
      if (afterPlaceOrRole(t, s0) && t.text.startsWith(",", t.ends[f.endToken()])) {
        continue; // "the mayor of Esperanza, Sultan Kudarat, announced", "a spokesperson, Morgan Ortagus, said"
      }
      found.add(named);
    }
  }

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");

  /**
   * "The BBC, CNN, Reuters and AFP reported": the known names listed before the subject, separated by ", " or
   * "and (the)", are subjects too. Only known names, so that "In Kharkiv, Suspilne reported" (a place) adds none.
   */
  private void listedBefore(Tokens t, int subjectStart, List<Mention> found) {
    int next = subjectStart;
    while (next > 0) {
      int k = next - 1;
      if (t.lower(k).equals("the") && t.adjacent(k) && k > 0) {
        k--;
      }
      int end;
      if (t.lower(k).equals("and") && t.adjacent(k)) {
        end = k - 1;
      } else if (t.text.substring(t.ends[k], t.starts[k + 1]).equals(", ")) {
        end = k;
      } else {
        return;
      }
      int start = end >= 0 ? pastFunctionCaps(t, t.runBackward(end), end) : -1;
      if (start < 0 || !aliases.knows(NameFinder.text(t, start, end))) {
        return;
      }
      found.add(new Mention(t.starts[start], t.ends[end], "x_said", Citation.KIND_INLINE, List.of(), List.of(),
          null, null, false, P_VERB));
      next = start;
    }
  }

  /** Capitalised document parts a cue can point at; a document on its own is no citation. */
  private static final Set<String> DOCUMENT_WORDS = Set.of("article", "articles", "section", "chapter",
      "paragraph", "clause", "annex", "resolution");
  /** Generic institution words and a place preposition skipped before a name: the name is where they are. */
  private static final Pattern GENERIC_THEN_PLACE = Pattern.compile(
      "\\b(?:police|officials|authorities|army|military|government|investigators|prosecutors|firefighters"
          + "|rescuers|doctors|residents|witnesses)\\s+(?:in|near)\\s+(?:the\\s+)?$",
      Pattern.CASE_INSENSITIVE);

  /**
   * The name stands between commas after a place ("the mayor of Esperanza, Sultan Kudarat, announced": a
   * province) or after a role noun ("a State Department spokesperson, Morgan Ortagus, indicated": the person):
   * it is not the organisation that speaks. (Only between commas: in "heard in Odesa, Suspilne reported" the name
   * after the place is the subject.)
   */
  private static boolean afterPlaceOrRole(Tokens t, int s0) {
    if (s0 < 1 || !t.text.substring(t.ends[s0 - 1], t.starts[s0]).equals(", ")) {
      return false;
    }
    if (NameFinder.ROLES.contains(t.lower(s0 - 1))) {
      return true;
    }
    int placeStart = t.runBackward(s0 - 1);
    return placeStart > 0 && t.adjacent(placeStart - 1) && PLACE_PREPOSITIONS.contains(t.lower(placeStart - 1))
        && !t.lower(placeStart - 1).equals("with") && !t.lower(placeStart - 1).equals("for");
  }

  /** A cue word used as a plural noun, followed by the real verb: "Initial reports stated", "estimates show". */
  private static final Pattern NOUN_THEN_VERB = Pattern.compile(
      "(?:reports|claims|estimates|shows|states|issues)\\s+(?:said|say|stated|state|suggested|suggest|showed|show"
          + "|indicated|indicate|claimed|put|were|are|had|have)\\b", Pattern.CASE_INSENSITIVE);
  /** A passive participle: the subject is what was found or reported, not a source ("was found dead"). */
  private static final Pattern PASSIVE_BEFORE = Pattern.compile("\\b(?:was|were|been|being|is|are)\\s+$",
      Pattern.CASE_INSENSITIVE);

  /** Where the last ". " before {@code pos} ends a sentence; the dot of an initialism ("U.S. officials") does not. */
  private static int lastSentenceStart(String text, int pos) {
    int at = text.lastIndexOf(". ", pos);
    while (at >= 2 && Character.isUpperCase(text.charAt(at - 1)) && text.charAt(at - 2) == '.') {
      at = text.lastIndexOf(". ", at - 1);
    }
    return Math.max(at, -1);
  }

  /** Verb uses that attribute nothing. */
  private static final Pattern NOT_ATTRIBUTION = Pattern.compile(
      "(?:claimed|claims|claim)\\s+(?:credit|responsibility)\\b|called\\s+off\\b"
          + "|states\\s+(?!(?:the|that|it|a|an)\\b)" // "EU states have": the noun
          + "|announced\\s+(?:plans|its plans|a plan|their plans|an? (?:investment|deal|merger|takeover))\\b"
          + "|(?:issued|issues|released)\\s+(?!(?:an?|its|their|the)\\s+(?:\\w+\\s+){0,2}?(?:statement|warning|report"
          + "|forecast|alert|notice|update|advisory|bulletin)s?\\b)",
      Pattern.CASE_INSENSITIVE);
  /** An appositive that gives a person's role: ", spokesman for the Indonesian military,". */
  private static final Pattern ROLE_APPOSITIVE = Pattern.compile(
      "^\\s*of\\s+the\\s|^\\s*(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}\\-]+\\s+){0,2}?(?:spokes(?:wo)?man|spokesperson|minister|chief"
          + "|head|director|leader|president|secretary|governor|mayor|commander|ambassador|envoy|adviser|advisor"
          + "|chairman|chairwoman|ceo|founder|deputy|general manager|manager|officer|official|analyst|expert"
          + "|professor|lawyer|researcher)\\b[^,]*$",
      Pattern.CASE_INSENSITIVE);
  /** Sentence adverbs set off by commas before the verb: "CNN, however, reported". */
  private static final Pattern PARENTHETICAL = Pattern.compile(
      "\\s*(?:however|meanwhile|though|too|also|instead|separately|in turn|for its part|in a statement)\\s*",
      Pattern.CASE_INSENSITIVE);

  /** "BBC's Jonathan Marcus said": the known outlet in front of its correspondent is cited. */
  private void outletBeforePerson(Tokens t, int personStart, List<Mention> found) {
    int k = personStart - 1;
    if (k < 0 || !t.adjacent(k) || !(t.isPossessive(k) || t.word(k).endsWith("'") || t.word(k).endsWith("\u2019"))) {
      return;
    }
    String w = t.word(k);
    String bare = w.replaceFirst("['\u2019]s?$", "");
    if (bare.isEmpty() || !aliases.knows(bare)) {
      return;
    }
    found.add(new Mention(t.starts[k], t.starts[k] + bare.length(), "outlet_of_person", Citation.KIND_INLINE,
        List.of(), List.of(), null, null, false, P_VERB));
  }

  /**
   * {@code ", said KCNA."}, {@code "...", added KCNA}: a verb right after a quotation, then a known outlet or an
   * organisation name. Persons there are speakers.
   */
  private void invertedVerbs(String text, Tokens t, Set<String> surnames, List<Mention> found) {
    Matcher m = INVERTED.matcher(text);
    while (m.find()) {
      int i = t.tokenAtOrAfter(m.end());
      if (i >= t.size || t.starts[i] != m.end() || !t.isCap(i)) {
        continue;
      }
      int end = t.runForward(i);
      if (end < 0) {
        continue;
      }
      String name = NameFinder.text(t, i, end);
      boolean org = aliases.knows(name) || !"other".equals(typeFromWords(name)) && !names.personTail(t, i, end);
      if (!org || names.looksLikePerson(t, i, end, surnames) || NameFinder.isPlatform(name)) {
        continue;
      }
      found.add(new Mention(t.starts[i], t.ends[end], "said_x", Citation.KIND_INLINE, List.of(), List.of(), null,
          null, false, P_VERB));
    }
  }

  private static final Pattern INVERTED = Pattern.compile(
      "[\"\u201D,]\\s*(?:said|says|added|adds|stated|reported|reports|wrote|writes|continued)\\s+(?=\\p{Lu})");

  /**
   * {@code "...," Vučić said}: an unknown one-word name right after a quotation is the quote's speaker (a
   * surname), not a source; known outlets and names with organisation words stay citations.
   */
  private boolean speakerAfterQuote(Tokens t, NameFinder.Found f, ArticleState state) {
    if (f.startToken() != f.endToken()) {
      return false;
    }
    String name = t.word(f.startToken());
    if (state.oneWordShortForm(name.toLowerCase(Locale.ROOT)) != null) {
      return false; // "Ford" after "Ford Motor Company": an organisation speaking
    }
    int before = skipSpaces(t.text, t.starts[f.startToken()]);
    if (before > 1 && t.text.charAt(before - 1) == ',' && "\"\u201D".indexOf(t.text.charAt(before - 2)) >= 0) {
      before--; // "...", Saree said
    }
    if (before == 0 || "\"\u201D".indexOf(t.text.charAt(before - 1)) < 0) {
      return false;
    }
    return !aliases.knows(name) && "other".equals(typeFromWords(name)) && !isAcronym(name);
  }

  private static boolean isAcronym(String w) {
    return w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  /** "the Russian-installed authorities in Crimea said": the authority, not the place, is the source. */
  private static Mention authoritiesIn(Tokens t, NameFinder.Found f, Mention named) {
    int s = f.startToken();
    if (s >= 2 && t.adjacent(s - 1) && t.adjacent(s - 2)
        && (t.lower(s - 1).equals("in") || t.lower(s - 1).equals("of"))
        && (t.lower(s - 2).equals("authorities") || t.lower(s - 2).equals("administration")
            || t.lower(s - 2).equals("government") && t.lower(s - 1).equals("of"))) {
      int start = s - 2;
      if (start >= 1 && t.adjacent(start - 1) && t.isCap(start - 1)
          && !NameFinder.FUNCTION_CAPS.contains(t.lower(start - 1))) {
        start--;
      }
      return new Mention(t.starts[start], named.end(), named.rule(), named.kind(), List.of(), named.aliases(),
          null, "government_body", false, named.priority());
    }
    return named;
  }

  /**
   * "the Russian embassy in Washington said": the embassy, not the city, speaks (the backward twin of the
   * forward rule for "according to the U.S. embassy in Beijing"). A country or demonym must name the embassy.
   */
  private static Mention embassyIn(Tokens t, NameFinder.Found f, Mention named) {
    int s = f.startToken();
    if (s < 3 || !t.adjacent(s - 1) || !t.adjacent(s - 2) || !t.adjacent(s - 3) || !t.lower(s - 1).equals("in")
        || !NameFinder.BODY_HEADS.contains(t.lower(s - 2)) || !t.isCap(s - 3)
        || BodyNames.canonical(NameFinder.text(t, s - 3, f.endToken()), null) == null) {
      return named;
    }
    return new Mention(t.starts[s - 3], named.end(), named.rule(), named.kind(), List.of(), named.aliases(), null,
        "government_body", false, named.priority());
  }

  /** "the electoral commission says" (a known name's tail) or "the Belgorod Oblast administration said". */
  private void lowercaseSubject(Tokens t, int j, Set<String> surnames, ArticleState state, List<String> aliasesSeen,
      List<Mention> found) {
    List<String> lower = new ArrayList<>();
    int k = j;
    while (k >= 0 && lower.size() < 3 && !t.isCap(k)) {
      lower.add(0, t.lower(k));
      if (lower.size() >= 2 && state.tailOf(lower) != null) {
        found.add(new Mention(t.starts[k], t.ends[j], "x_said", Citation.KIND_INLINE, List.of(), aliasesSeen, null,
            null, false, P_VERB));
        return;
      }
      if (k == 0 || !t.adjacent(k - 1)) {
        return;
      }
      k--;
    }
    // up to two lower-case words after a capitalised name: org heads belong to the name, others do not
    if (k < 0 || !t.isCap(k) || j - k > 2 || !t.adjacent(k)) {
      return;
    }
    if (j == k + 1 && NameFinder.ROLES.contains(t.lower(j))) {
      outletBeforePerson(t, j, found); // "Reuters' correspondent said"
    }
    if (j == k + 2 && t.isPossessive(k) && t.lower(k + 1).equals("press")
        && (t.lower(j).equals("service") || t.lower(j).equals("office"))) {
      pressServiceOf(t, k, aliasesSeen, found);
      return;
    }
    if (t.isPossessive(k) && BodyNames.canonical(NameFinder.text(t, k + 1, j), withoutPossessive(t.word(k))) != null) {
      // "China's foreign ministry said": the body, without the possessive country (gold span rule)
      found.add(new Mention(t.starts[k + 1], t.ends[j], "x_said", Citation.KIND_INLINE, List.of(), aliasesSeen, null,
          "government_body", false, P_VERB + 1));
      return;
    }
    if (NameFinder.DEMONYMS.contains(t.lower(k)) && BodyNames.canonical(NameFinder.text(t, k, j), null) != null) {
      // "the Hungarian government said", "the French foreign ministry said": a state's body, not generic anaphora
      found.add(new Mention(t.starts[k], t.ends[j], "x_said", Citation.KIND_INLINE, List.of(), aliasesSeen, null,
          "government_body", false, P_VERB + 1));
      return;
    }
    if (NameFinder.STANCE.matcher(t.word(k)).matches()) {
      return; // "the Hamas-run health ministry": a stance word is no name
    }
    String typeNoun = j == k + 1 ? NameFinder.TYPE_NOUNS_1.get(t.lower(j))
        : NameFinder.TYPE_NOUNS_2.get(t.lower(k + 1) + " " + t.lower(j));
    // "State media reported", "Local media said": generic media, not a name with its type noun
    NameFinder.Found typed = typeNoun == null || !NameFinder.MEDIA_TYPES.contains(typeNoun)
        || t.lower(j).equals("media") ? null : names.backward(t, k);
    if (typed != null && !typed.person() && !isDemonymOnly(t, typed)
        && !names.looksLikePerson(t, typed.startToken(), typed.endToken(), surnames)) {
      // "South Korea's Yonhap news agency reported", "Al-Ahram newspaper reported": the type noun follows the name
      found.add(new Mention(t.starts[typed.startToken()], t.ends[k] - (t.word(k).length()
          - withoutPossessive(t.word(k)).length()), "x_said", Citation.KIND_INLINE, typed.qualifiers(), aliasesSeen,
          null, typeNoun, false, P_VERB + 1));
      return;
    }
    for (int w = k + 1; w <= j; w++) {
      String word = t.lower(w);
      if (GENERIC_SUBJECTS.contains(word) || NameFinder.ROLES.contains(word) || NameFinder.TITLES.contains(word) || Cues.BLOCKS_FORWARD.contains(word)
          || Cues.STOP_BEFORE_QUALIFIER.contains(word) || word.endsWith("s") && !NameFinder.ORG_HEADS.contains(word)) {
        return;
      }
    }
    NameFinder.Found f = names.backward(t, k);
    if (f == null || f.person() || names.looksLikePerson(t, f.startToken(), f.endToken(), surnames)
        || isDemonymOnly(t, f) || t.isPossessive(k)) {
      return;
    }
    boolean orgHead = NameFinder.ORG_HEADS.contains(t.lower(j)) && j == k + 1;
    int end = orgHead ? t.ends[j] : t.ends[f.endToken()];
    found.add(new Mention(t.starts[f.startToken()], end, "x_said", Citation.KIND_INLINE, f.qualifiers(), aliasesSeen,
        null, orgHead ? "government_body" : f.typeHint(), false, P_VERB + 1));
  }

  /** "the Russian Defence Ministry's press service said": the body whose press service speaks is cited. */
  private static void pressServiceOf(Tokens t, int k, List<String> aliasesSeen, List<Mention> found) {
    int start = k;
    while (start > 0 && t.adjacent(start - 1) && (t.isCap(start - 1) && !t.isPossessive(start - 1)
        || t.isConnector(start - 1) && start >= 2 && t.isCap(start - 2))) {
      start--;
    }
    start = pastFunctionCaps(t, start, k);
    int end = t.ends[k] - (t.word(k).length() - withoutPossessive(t.word(k)).length());
    found.add(new Mention(t.starts[start], end, "x_said", Citation.KIND_INLINE, List.of(), aliasesSeen, null, null,
        false, P_VERB));
  }

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "from", "near", "outside", "inside",
      "to", "for", "with", "of");

  /** A one-word capitalised plural common noun as subject: "Photographs showed", "Protesters have claimed". */
  private static boolean genericSubject(Tokens t, NameFinder.Found f) {
    return f.startToken() == f.endToken() && GENERIC_SUBJECTS.contains(t.lower(f.startToken()));
  }

  /** "State media reported", "Local press said": generic, not a named source. */
  private static final Set<String> GENERIC_SUBJECTS = Set.of("media", "press", "reports", "outlets", "officials", "police",
      "sources", "residents", "witnesses", "authorities", "people", "users", "activists", "critics", "analysts",
      "photographs", "photos", "images", "videos", "footage", "documents", "records", "protesters", "experts",
      "scientists", "researchers", "rescuers", "doctors", "observers", "estimates", "figures", "data", "polls",
      "surveys", "studies", "investigators", "prosecutors", "lawyers", "locals", "survivors", "relatives");

  private static boolean isDemonymOnly(Tokens t, NameFinder.Found f) {
    return f.startToken() == f.endToken() && NameFinder.DEMONYMS.contains(t.lower(f.startToken()));
  }

  private static int skipSpaces(String text, int pos) {
    int p = pos;
    while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
      p--;
    }
    return p;
  }

  private static final Pattern PAREN_AFTER = Pattern.compile("^\\s*\\(([^()]{1,80})\\)");

  private void addName(Tokens t, NameFinder.Found f, String rule, boolean person, int priority,
      List<Mention> found) {
    List<String> aliasesSeen = new ArrayList<>();
    int after = t.ends[f.endToken()];
    String rest = t.text.substring(after);
    Matcher paren = PAREN_AFTER.matcher(rest);
    if (paren.find()) {
      aliasesSeen.add(paren.group(1).strip());
    }
    found.add(mention(t, f, rule, person, priority, aliasesSeen));
  }

  private Mention mention(Tokens t, NameFinder.Found f, String rule, boolean person, int priority,
      List<String> aliasesSeen) {
    String name = NameFinder.text(t, f.startToken(), f.endToken());
    if (NameFinder.isPlatform(name)) {
      return new Mention(t.starts[f.startToken()], t.ends[f.endToken()], "platform", "none", List.of(), List.of(),
          null, null, false, 99);
    }
    String last = t.word(f.endToken());
    String bareLast = withoutPossessive(last);
    int end = t.ends[f.endToken()] - (last.length() - bareLast.length()); // "Interfax's report": the name only
    return new Mention(t.starts[f.startToken()], end, rule, Citation.KIND_INLINE, f.qualifiers(),
        aliasesSeen, null, person ? "person" : f.typeHint(), person, priority);
  }

  private List<Mention> links(String text) {
    List<Mention> out = new ArrayList<>();
    if (!text.regionMatches(true, 0, "http", 0, 4) && text.indexOf("http") < 0 && text.indexOf("HTTP") < 0) {
      return out; // most paragraphs have no URL: skip the regex scan
    }
    Matcher m = Cues.URL.matcher(text);
    while (m.find()) {
      int end = trimEnd(text, m.start(), m.end());
      out.add(new Mention(m.start(), end, "link", Citation.KIND_LINK, List.of(), List.of(), null, null, false,
          P_CUE));
    }
    return out;
  }

  /** Best first (priority, then longer, then earlier), then keep those not overlapping a better one. */
  static List<Mention> nonOverlapping(List<Mention> found) {
    List<Mention> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(Mention::priority)
        .thenComparing(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed())
        .thenComparingInt(Mention::start));
    List<Mention> kept = new ArrayList<>();
    for (Mention m : sorted) {
      if (kept.stream().noneMatch(m::overlaps)) {
        kept.add(m);
      }
    }
    kept.removeIf(m -> m.priority() >= 99);
    kept.sort(Comparator.comparingInt(Mention::start));
    return kept;
  }

  // ---------------------------------------------------------------- canonicalization

  private @Nullable Citation resolve(String articleId, @Nullable String publisher, String body, Located p, Mention m,
      ArticleState state) {
    String surface = p.text.substring(m.start(), m.end());
    String sentence = sentenceAround(p.text, m.start());
    int start = body.codePointCount(0, p.offset + m.start());
    int end = start + surface.codePointCount(0, surface.length());
    boolean cautionary = m.qualifiers().stream().anyMatch(lexicons::isCautionary);
    if (Citation.KIND_ANONYMOUS.equals(m.kind())) {
      return new Citation(articleId, publisher, Citation.ANONYMOUS, surface, Citation.ANONYMOUS, false, null,
          List.of(), List.of(), null, Citation.KIND_ANONYMOUS, true, sentence, start, end, m.rule());
    }
    if (Citation.KIND_LINK.equals(m.kind())) {
      String host = host(surface);
      OutletAliases.Outlet o = host == null ? null : aliases.byDomain(host);
      String source = o != null ? o.canonical() : host != null ? host : surface;
      return new Citation(articleId, publisher, source, surface, o != null ? o.type() : "other", o != null,
          o != null ? o.domain() : host, List.of(), List.of(), null, Citation.KIND_LINK, false, sentence, start, end,
          m.rule());
    }
    String source;
    String type;
    String domain = null;
    boolean resolved = false;
    if (m.person()) {
      String full = surface.indexOf(' ') < 0 ? state.fullNames.get(surface.toLowerCase(Locale.ROOT)) : null;
      source = full != null ? full : surface;
      type = "person";
    } else {
      String bare = withoutPossessive(surface);
      // a one-word short form means what the article named before ("the Times" after "The New York Times")
      String[] shortForm = bare.indexOf(' ') < 0 ? state.shortFormOf(bare) : null;
      OutletAliases.Match match = shortForm != null ? null : aliases.lookup(bare);
      if (match == null && shortForm == null) {
        match = withCountry(p.text, m.start(), bare); // "Ukraine's Foreign Ministry"
      }
      String otherCountry = match == null ? null : otherCountryQualifier(m.qualifiers(), match.outlet());
      if (otherCountry != null) {
        // "the German Foreign Office" is not the table's (British) Foreign Office: Germany's, if the table has it
        match = aliases.lookup(otherCountry + " " + bare);
      }
      String[] known = match == null ? (shortForm != null ? shortForm : state.shortFormOf(surface)) : null;
      if (match == null && known == null) {
        String[] byAlias = aliasResolution(m, state);
        known = byAlias;
      }
      String official = match == null && known == null
          ? BodyNames.canonical(bare, possessiveCountry(body, p, m.start())) : null;
      if (match != null) {
        source = match.outlet().canonical();
        type = match.outlet().type();
        domain = match.outlet().domain();
        resolved = true;
      } else if (known != null) {
        source = known[0];
        type = known[1];
        domain = known[2];
        resolved = known[3] != null;
      } else if (official != null) {
        // an embassy or ministry the table lacks: its official pattern ("Embassy of the United States in Beijing")
        source = official;
        type = "government_body";
      } else if (otherCountry != null) {
        source = otherCountry + " " + stripThe(bare); // named as the article does, like "Russian Foreign Ministry"
        type = "government_body";
      } else {
        source = stripThe(surface);
        type = m.typeHint() != null ? m.typeHint() : typeFromWords(source);
      }
      if (publisher != null && OutletAliases.key(source).equals(OutletAliases.key(publisher))
          && !Citation.KIND_SOURCE_LINE.equals(m.kind())) {
        // an outlet is never a citation of its own article ("this newspaper", the dateline)
        return null;
      }
      String[] entry = {source, type, domain, resolved ? "resolved" : null};
      state.known.add(entry);
      for (String alias : m.aliases()) {
        state.aliasToKnown.put(OutletAliases.key(alias), entry);
      }
    }
    return new Citation(articleId, publisher, source, surface, type, resolved, domain, m.qualifiers(), m.aliases(),
        m.note(), m.kind(), cautionary, sentence, start, end, m.rule());
  }

  /**
   * A demonym in front of a government body that names another country than the table's row ("German" before
   * "Foreign Office", whose row is the UK's), or null. Only for government bodies: an outlet's demonym often names
   * its audience or origin, not where it is registered ("Russian independent outlet Meduza").
   */
  private static @Nullable String otherCountryQualifier(List<String> qualifiers, OutletAliases.Outlet o) {
    if (o.country() == null || !"government_body".equals(o.type())) {
      return null;
    }
    for (String q : qualifiers) {
      String iso = BodyNames.isoCountryOf(q);
      if (iso != null && !iso.equals(o.country())) {
        return q;
      }
    }
    return null;
  }

  private String @Nullable [] aliasResolution(Mention m, ArticleState state) {
    for (String alias : m.aliases()) {
      OutletAliases.Match a = aliases.lookup(alias);
      if (a != null) {
        return new String[] {a.outlet().canonical(), a.outlet().type(), a.outlet().domain(), "resolved"};
      }
    }
    return null;
  }

  private static final Pattern COUNTRY_POSSESSIVE = Pattern.compile(
      "(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}]*)?)['\u2019]s\\s+(?:the\\s+)?$");
  /** Country -> demonym, for names written after a possessive country ("Russia's Defence Ministry"). */
  static final Map<String, String> DEMONYM_OF = Map.ofEntries(Map.entry("Ukraine", "Ukrainian"),
      Map.entry("Russia", "Russian"), Map.entry("Belarus", "Belarusian"), Map.entry("Poland", "Polish"),
      Map.entry("Germany", "German"), Map.entry("France", "French"), Map.entry("Britain", "British"),
      Map.entry("UK", "UK"), Map.entry("US", "US"), Map.entry("U.S.", "US"), Map.entry("America", "US"),
      Map.entry("China", "Chinese"), Map.entry("Japan", "Japanese"), Map.entry("India", "Indian"),
      Map.entry("Iran", "Iranian"), Map.entry("Israel", "Israeli"), Map.entry("Turkey", "Turkish"),
      Map.entry("Türkiye", "Turkish"), Map.entry("Latvia", "Latvian"), Map.entry("Lithuania", "Lithuanian"),
      Map.entry("Estonia", "Estonian"), Map.entry("Finland", "Finnish"), Map.entry("Moldova", "Moldovan"),
      Map.entry("Georgia", "Georgian"), Map.entry("Serbia", "Serbian"), Map.entry("Hungary", "Hungarian"),
      Map.entry("Romania", "Romanian"), Map.entry("Italy", "Italian"), Map.entry("Spain", "Spanish"),
      Map.entry("Sweden", "Swedish"), Map.entry("Norway", "Norwegian"), Map.entry("Ireland", "Irish"),
      Map.entry("Iceland", "Icelandic"), Map.entry("Canada", "Canadian"), Map.entry("Mexico", "Mexican"),
      Map.entry("Peru", "Peruvian"), Map.entry("Brazil", "Brazilian"), Map.entry("Philippines", "Philippine"),
      Map.entry("Indonesia", "Indonesian"), Map.entry("Pakistan", "Pakistani"), Map.entry("Egypt", "Egyptian"),
      Map.entry("Syria", "Syrian"), Map.entry("Iraq", "Iraqi"), Map.entry("Kazakhstan", "Kazakh"),
      Map.entry("Armenia", "Armenian"), Map.entry("Azerbaijan", "Azerbaijani"), Map.entry("Chad", "Chadian"),
      Map.entry("Sudan", "Sudanese"), Map.entry("Czechia", "Czech"), Map.entry("Slovakia", "Slovak"));

  /**
   * A government body named after a possessive country: "Russia's Defence Ministry" -> the table's "Russian
   * Defence Ministry", "Ukraine's Foreign Ministry" -> "Foreign Ministry of Ukraine". The country is not part of
   * the span (gold guideline); it only picks the right body.
   */
  private OutletAliases.@Nullable Match withCountry(String paragraph, int start, String name) {
    String country = possessiveCountry(paragraph, start);
    if (country == null) {
      return null;
    }
    String demonym = DEMONYM_OF.get(country);
    if (demonym == null) {
      return null;
    }
    OutletAliases.Match m = aliases.lookup(demonym + " " + name);
    return m != null ? m : aliases.lookup(name + " of " + country);
  }

  /** The country written possessively right before a span ("Iraq's Foreign Ministry" -> Iraq), or null. */
  private static final Pattern THE_COUNTRYS = Pattern.compile("\\b(?:the|that) (?:country|nation)['’]s\\s+$");

  /** The possessive country before a name, "the country's" being the last country the article named. */
  private static @Nullable String possessiveCountry(String body, Located p, int start) {
    String named = possessiveCountry(p.text, start);
    if (named != null || !THE_COUNTRYS.matcher(p.text.substring(Math.max(0, start - 20), start)).find()) {
      return named;
    }
    return BodyNames.lastCountryNamed(body, p.offset + start);
  }

  private static @Nullable String possessiveCountry(String paragraph, int start) {
    Matcher c = COUNTRY_POSSESSIVE.matcher(paragraph.substring(Math.max(0, start - 40), start));
    return c.find() ? c.group(1) : null;
  }

  /** "Reuters'" / "BBC's" -> "Reuters" / "BBC". */
  static String withoutPossessive(String s) {
    return s.replaceFirst("['\u2019]s?$", "");
  }

  static String stripThe(String s) {
    return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
  }

  static String typeFromWords(String name) {
    if (TYPE_BROADCAST.matcher(name).find()) {
      return "broadcaster";
    }
    if (TYPE_GOV.matcher(name).find()) {
      return "government_body";
    }
    if (TYPE_PAPER.matcher(name).find()) {
      return "newspaper";
    }
    if (TYPE_NGO.matcher(name).find()) {
      return "ngo";
    }
    if (TYPE_COMPANY.matcher(name).find()) {
      return "company";
    }
    if (TYPE_OTHER.matcher(name).find()) {
      return "other";
    }
    return "other";
  }

  static @Nullable String host(String url) {
    try {
      String h = new URI(url).getHost();
      if (h == null) {
        return null;
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (URISyntaxException e) {
      return null; // not a URL we can read a host from
    }
  }

  static String sentenceAround(String text, int pos) {
    int start = 0;
    int end = text.length();
    Matcher m = Cues.SENTENCE_END.matcher(text);
    while (m.find()) {
      if (m.end() <= pos) {
        start = m.end();
      } else {
        end = m.start();
        break;
      }
    }
    return text.substring(start, end);
  }
}
