package io.newsbeam.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The people and organisations of one article, in order of first mention, with every later mention: the
 * within-article canonical names ({@code Peskov} -> {@code Dmitry Peskov}, {@code the Navy} -> {@code Ukrainian
 * Navy}, {@code WHO} -> {@code World Health Organization}) and the lookups the sieves use.
 */
final class Entities {
  /** One mention: where, and whether it is the object of a preposition (never a pronoun's antecedent). */
  record At(Entity entity, int start, int end, boolean afterPreposition) {}

  /** Capitalised words that are never part of a name ('On Friday Ford …', 'In March Lewis …'). */
  private static final Set<String> CALENDAR = Set.of("January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December", "Amongst", "Among");

  final List<Entity> all = new ArrayList<>();
  final List<At> mentions = new ArrayList<>();
  private final SpeakerAliases aliases;
  private final Lexicon lex;
  /** The article text, for finding the full name a later lone surname refers to (empty: not known). */
  private final String body;
  private @Nullable String foldedBody;

  Entities(SpeakerAliases aliases, Lexicon lex) {
    this(aliases, lex, "");
  }

  Entities(SpeakerAliases aliases, Lexicon lex, String body) {
    this.aliases = aliases;
    this.lex = lex;
    this.body = body;
  }

  /** The entity a parsed name or organisation refers to, registering it (and the mention) when new. */
  @Nullable Entity resolve(NameParser.Parsed p, boolean afterPreposition, String evidence) {
    Entity e = switch (p.kind()) {
      case PERSON, SHORT -> person(p, evidence);
      case ORGANISATION -> organisation(p.name(), p.nameTokens(), p.start(), p.end(), evidence);
      default -> null;
    };
    if (e != null) {
      mention(e, p.start(), p.end(), afterPreposition);
    }
    return e;
  }

  void mention(Entity e, int start, int end, boolean afterPreposition) {
    for (At a : mentions) {
      if (a.start() == start && a.entity() == e) {
        return;
      }
    }
    mentions.add(new At(e, start, end, afterPreposition));
    e.mentionCount++;
  }

  private @Nullable Entity person(NameParser.Parsed p, String evidence) {
    List<String> toks = p.nameTokens();
    if (toks.size() == 1) {
      Entity known = byNameToken(toks.get(0));
      if (known != null) {
        known.addEvidence(evidence);
        if (known.role == null && p.role() != null) {
          known.role = p.role();
        }
        return known;
      }
    }
    SpeakerAliases.Entry alias = aliases.lookup(p.name());
    String canonical = alias != null ? alias.canonical() : p.name();
    if (toks.size() == 1 && alias == null) {
      // 'Khan said' after 'The mayor of London, Sadiq Khan,': the full name as first written, even when the
      // first mention was not recognised as a person (an unknown first name, a title in front)
      String full = earlierFullName(toks.get(0), p.start());
      Entity variant = full == null ? bySurnameVariant(toks.get(0)) : null;
      if (variant != null) {
        variant.addEvidence(evidence);
        return variant;
      }
      if (full != null) {
        canonical = full;
        SpeakerAliases.Entry fullAlias = aliases.lookup(full);
        if (fullAlias != null) {
          alias = fullAlias;
          canonical = fullAlias.canonical();
        }
      }
    }
    String canonicalKey = SpeakerAliases.key(canonical);
    for (Entity e : all) {
      if (e.key.equals(canonicalKey)) {
        e.addEvidence(evidence);
        if (e.role == null && p.role() != null) {
          e.role = p.role();
        }
        return e;
      }
    }
    if (toks.size() == 1 && alias == null && p.kind() == NameParser.Kind.SHORT && canonical.equals(p.name())) {
      // A lone unknown capitalised word: an organisation unless it is a known first name.
      if (!lex.firstNames.containsKey(toks.get(0))) {
        return organisation(p.name(), toks, p.start(), p.end(), evidence);
      }
    }
    String type = alias != null ? alias.type() : Entity.PERSON;
    List<String> nameTokens = new ArrayList<>(List.of(canonical.split(" ")));
    for (String t : toks) {
      if (!nameTokens.contains(t)) {
        nameTokens.add(t);
      }
    }
    Entity e = new Entity(canonical, type, nameTokens, alias == null ? null : alias.qid(), p.name(), p.start(),
        p.end());
    e.role = p.role();
    Character g = lex.firstNames.get(nameTokens.get(0));
    if (g != null) {
      e.gender = g;
    }
    if (p.role() != null) {
      for (String w : p.role().toLowerCase(Locale.ROOT).split("[ ,]+")) {
        Character rg = lex.roleNouns.get(w);
        if (rg != null && rg != '?' && e.gender == '?') {
          e.gender = rg;
        }
      }
    }
    e.addEvidence(evidence);
    all.add(e);
    return e;
  }

  /**
   * The first "First Last" (or "First Middle Last") written before {@code before} that ends with {@code word},
   * compared without case or diacritics ('Erdogan' finds 'Recep Tayyip Erdoğan'); else the first "word Next"
   * ('Li' finds 'Li Wen'). Null when there is none or the word is itself a title, organisation word or known
   * organisation.
   */
  @Nullable String earlierFullName(String word, int before) {
    if (body.isEmpty() || word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || lex.isTitle(word)
        || lex.isOrgWord(word) || lex.knownOrgs.contains(word) || NameParser.isAllCaps(word)) {
      return null;
    }
    for (Entity e : all) {
      if (!e.isPerson() && e.hasNameToken(word)) {
        return null; // 'Ford' after 'Ford Motor Company': the organisation's short form, not a person
      }
    }
    String folded = foldedBody();
    String w = fold(word);
    String following = null;
    for (int i = folded.indexOf(w); i >= 0 && i < before; i = folded.indexOf(w, i + 1)) {
      int e = i + w.length();
      if (i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1))
          || e < folded.length() && Character.isLetterOrDigit(folded.charAt(e))) {
        continue;
      }
      int s = i;
      int words = 0;
      while (words < 2 && s >= 2 && body.charAt(s - 1) == ' ') {
        int ws = s - 1;
        while (ws > 0 && !Character.isWhitespace(body.charAt(ws - 1))) {
          ws--;
        }
        if (!isNameWord(body.substring(ws, s - 1))) {
          break;
        }
        s = ws;
        words++;
      }
      if (words > 0) {
        return body.substring(s, e);
      }
      if (following == null && e + 1 < body.length() && body.charAt(e) == ' ' && !insideQuotation(i)) {
        int ne = e + 1;
        while (ne < body.length() && (Character.isLetter(body.charAt(ne)) || body.charAt(ne) == '-')) {
          ne++;
        }
        if (isNameWord(body.substring(e + 1, ne))) {
          following = body.substring(i, ne);
        }
      }
    }
    return following;
  }

  /**
   * Whether {@code pos} lies inside quotation marks in its paragraph: a name quoted inside a case title ('"… vs.
   * Facebook Ireland Limited"') is not how the article introduces that name.
   */
  private boolean insideQuotation(int pos) {
    int para = body.lastIndexOf("\n\n", pos);
    boolean inStraight = false;
    boolean inCurly = false;
    for (int k = para < 0 ? 0 : para; k < pos; k++) {
      char c = body.charAt(k);
      if (c == '"') {
        inStraight = !inStraight;
      } else if (c == '\u201c') {
        inCurly = true;
      } else if (c == '\u201d') {
        inCurly = false;
      }
    }
    return inStraight || inCurly;
  }

  private boolean isNameWord(String w) {
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || NameParser.isAllCaps(w)) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return !lex.isTitle(w) && !lex.isOrgWord(w) && !lex.knownOrgs.contains(w)
        && !Lexicon.NOT_NAME_STARTS.contains(w) && !lex.isRoleNoun(w.toLowerCase(Locale.ROOT))
        && !Lexicon.ADJUNCT_STARTS.contains(w.toLowerCase(Locale.ROOT)) && !CALENDAR.contains(w)
        && !lex.cues.containsKey(w.toLowerCase(Locale.ROOT)) && !w.endsWith("'s");
  }

  private String foldedBody() {
    if (foldedBody == null) {
      foldedBody = fold(body);
    }
    return foldedBody;
  }

  /** Lower case without diacritics, one char per char of the input (offsets stay valid). */
  static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        sb.append(Character.toLowerCase(c));
      } else {
        String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        sb.append(Character.toLowerCase(d.isEmpty() ? c : d.charAt(0)));
      }
    }
    return sb.toString();
  }

  /** The article text between two offsets (empty when the body is not known). */
  String text(int start, int end) {
    return body.isEmpty() ? "" : body.substring(start, end);
  }

  SpeakerAliases.@Nullable Entry aliasOf(String name) {
    return aliases.lookup(name);
  }

  @Nullable Entity byNameToken(String word) {
    Entity best = null;
    for (Entity e : all) {
      if (e.isPerson() && e.hasNameToken(word)) {
        best = e;
        // prefer a surname (last token) match
        if (e.nameTokens.get(e.nameTokens.size() - 1).equalsIgnoreCase(word)) {
          return e;
        }
      }
    }
    return best;
  }

  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

  /**
   * The one person whose surname is a spelling variant of {@code word} ('Saree' after 'Yahya Sarea', 'Zelenskyy'
   * after 'Volodymyr Zelensky'): one edit apart, same first letter, five letters or more; null when none or several.
   */
  private @Nullable Entity bySurnameVariant(String word) {
    if (word.length() < 5) {
      return null;
    }
    Entity found = null;
    for (Entity e : all) {
      if (!e.isPerson() || e.nameTokens.size() < 2) {
        continue;
      }
      String surname = e.nameTokens.get(e.nameTokens.size() - 1);
      if (surname.length() >= 5 && surname.charAt(0) == word.charAt(0) && ONE_EDIT.apply(surname, word) >= 0) {
        if (found != null && found != e) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  Entity organisation(String name, List<String> toks, int start, int end, String evidence) {
    if (name.startsWith("The ") && name.length() > 4) {
      name = name.substring(4); // 'according to The Guardian': names are kept without a leading article
    }
    SpeakerAliases.Entry alias = aliases.lookup(name);
    String canonical = alias != null ? alias.canonical() : name;
    if (alias == null && NameParser.isAllCaps(name)) {
      String spelledOut = spelledOut(name);
      if (spelledOut != null) {
        canonical = spelledOut;
      }
    }
    String key = SpeakerAliases.key(canonical);
    for (Entity e : all) {
      if (e.key.equals(key)) {
        e.addEvidence(evidence);
        return e;
      }
    }
    // a short form: the words are a part of an earlier organisation's name, or its initials
    for (int i = all.size() - 1; i >= 0; i--) {
      Entity e = all.get(i);
      if (e.isPerson()) {
        continue;
      }
      String ek = " " + e.key + " ";
      if (isRoleOfSomething(e.canonical)) {
        continue; // 'Tesco' is not the 'CEO of Tesco' a description left behind
      }
      if (ek.contains(" " + key + " ") && !namesAnotherUnit(key, e.key) || initials(e.canonical).equalsIgnoreCase(name)
          || sameWordsReordered(key, ek)) {
        e.addEvidence(evidence);
        return e;
      }
    }
    Entity e = new Entity(canonical, Entity.ORGANISATION, toks, alias == null ? null : alias.qid(), name, start,
        end);
    e.addEvidence(evidence);
    all.add(e);
    return e;
  }

  /**
   * 'Facebook' after 'Facebook Ireland', 'Gazprom' after 'Gazprom Neft': the earlier name adds words that are no
   * organisation word, so it names a subsidiary or another unit, and the short form is the parent ('Ford' after
   * 'Ford Motor Company' or 'Acme' after 'Acme Group' are the same organisation).
   */
  private boolean namesAnotherUnit(String shortKey, String longKey) {
    if (!longKey.startsWith(shortKey + " ")) {
      return false;
    }
    for (String w : longKey.substring(shortKey.length() + 1).split(" ")) {
      if (lex.isOrgWord(w) || SAME_UNIT_SUFFIXES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> SAME_UNIT_SUFFIXES = Set.of("international", "global", "worldwide", "motor",
      "motors");

  /** 'CEO of Tesco', 'Director of the Institute': a title or role noun, then "of". */
  private boolean isRoleOfSomething(String name) {
    String[] w = name.split(" ");
    return w.length > 2 && w[1].equals("of") && (lex.isTitle(w[0]) || lex.isRoleNoun(w[0].toLowerCase(Locale.ROOT)));
  }

  /**
   * 'State Department' / 'Defence Ministry' after 'United States Department of State' / 'Ministry of Defence': every
   * word (two or more) of the short form is a word of the earlier name, in another order.
   */
  private static boolean sameWordsReordered(String key, String earlierKeyPadded) {
    String[] words = key.split(" ");
    if (words.length < 2) {
      return false;
    }
    for (String w : words) {
      if (!earlierKeyPadded.contains(" " + w + " ")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name an acronym abbreviates where the article spells it out: 'Notes from Poland (NFP)', 'United Nations
   * Educational, Scientific and Cultural Organization (UNESCO)'. Null when the article never does.
   */
  @Nullable String spelledOut(String acronym) {
    int i = body.indexOf("(" + acronym + ")");
    if (i < 2 || body.charAt(i - 1) != ' ') {
      return null;
    }
    int s = i - 1;
    int e = i - 1;
    int words = 0;
    int capitals = 0;
    int pos = i - 1;
    while (pos > 0 && words < 12) {
      int ws = pos;
      while (ws > 0 && body.charAt(ws - 1) != ' ' && body.charAt(ws - 1) != '\n') {
        ws--;
      }
      String w = body.substring(ws, pos);
      String bare = w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
      boolean capital = !bare.isEmpty() && Character.isUpperCase(bare.charAt(0)) && !bare.endsWith(".");
      boolean connector = bare.equals("of") || bare.equals("for") || bare.equals("and") || bare.equals("from")
          || bare.equals("on") || bare.equals("the") || bare.equals("de");
      if (!capital && !connector || w.endsWith(",") && !capital || capital && (lex.isTitle(bare) || bare.equals("The"))
          && capitals > 0) {
        break;
      }
      if (capital) {
        capitals++;
        s = ws;
      }
      words++;
      if (ws == 0 || body.charAt(ws - 1) != ' ') {
        break;
      }
      pos = ws - 1;
    }
    if (capitals < 2) {
      return null;
    }
    String full = body.substring(s, e).strip();
    if (abbreviates(acronym, full)) {
      return full;
    }
    // 'The Investigative Committee and the Federal Security Service (FSB)': the last name of a list, when its
    // letters come from another language (FSB) but it starts like the acronym
    int and = full.lastIndexOf(" and ");
    String last = and < 0 ? full : full.substring(and + 5);
    if (last.startsWith("the ")) {
      last = last.substring(4);
    }
    return !last.equals(full) && last.indexOf(' ') > 0 && last.charAt(0) == acronym.charAt(0) ? last : null;
  }

  /** Every letter of the acronym starts a word of the name, in order ('NFP' / 'Notes from Poland'). */
  private static boolean abbreviates(String acronym, String name) {
    String[] words = name.split("[ ,\\-]+");
    int w = 0;
    for (char c : acronym.toCharArray()) {
      while (w < words.length && (words[w].isEmpty() || Character.toUpperCase(words[w].charAt(0)) != c)) {
        w++;
      }
      if (w == words.length) {
        return false;
      }
      w++;
    }
    return true;
  }

  private static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[ \\-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** The nearest person mentioned before {@code pos} (not as a preposition's object) agreeing in gender. */
  @Nullable Entity nearestPerson(int pos, char gender) {
    At a = nearestPersonAt(pos, gender);
    return a == null ? null : a.entity();
  }

  /**
   * The mention of {@link #nearestPerson}. A person whose gender is known to agree beats a nearer one whose
   * gender is unknown ('she' after "Emily Spanton … Nicolas Redouane"); of two mentions at one place the longer
   * wins ('Environment Canada spokeswoman Sujata Raisinghani' over 'Environment Canada'). A preposition's object
   * ('spoke with Anne Sacoolas') is taken only when no other person agrees: it is rarely the next subject, but
   * when it is the only woman named, 'She informed police …' is her.
   */
  @Nullable At nearestPersonAt(int pos, char gender) {
    At known = null;
    At any = null;
    At objectKnown = null;
    for (At a : mentions) {
      if (a.start() >= pos || !a.entity().isPerson()) {
        continue;
      }
      char g = a.entity().gender;
      if (gender != '?' && g != '?' && g != gender) {
        continue;
      }
      boolean agrees = gender != '?' && g == gender;
      if (a.afterPreposition()) {
        if (agrees && isLater(a, objectKnown)) {
          objectKnown = a;
        }
        continue;
      }
      if (isLater(a, any)) {
        any = a;
      }
      if (agrees && isLater(a, known)) {
        known = a;
      }
    }
    return known != null ? known : objectKnown != null ? objectKnown : any;
  }

  private static boolean isLater(At a, @Nullable At best) {
    return best == null || a.start() > best.start() || a.start() == best.start() && a.end() > best.end();
  }

  /** The first person mentioned (not as a preposition's object) between {@code from} and {@code to}. */
  @Nullable Entity firstPersonAfter(int from, int to) {
    At best = null;
    for (At a : mentions) {
      if (a.start() < from || a.start() >= to || a.afterPreposition() || !a.entity().isPerson()) {
        continue;
      }
      if (best == null || a.start() < best.start()) {
        best = a;
      }
    }
    return best == null ? null : best.entity();
  }

  /** The nearest organisation before {@code pos} whose name holds {@code word} (any organisation if null). */
  @Nullable Entity nearestOrganisation(int pos, @Nullable String word) {
    At best = null;
    for (At a : mentions) {
      if (a.start() >= pos || a.entity().isPerson()) {
        continue;
      }
      if (word != null && !a.entity().hasNameToken(word)) {
        continue;
      }
      if (best == null || a.start() > best.start()) {
        best = a;
      }
    }
    return best == null ? null : best.entity();
  }

  /** The person mentioned last before {@code pos} whose role holds {@code roleWord}. */
  @Nullable Entity nearestPersonWithRole(int pos, String roleWord) {
    At best = null;
    for (At a : mentions) {
      if (a.start() >= pos || !a.entity().isPerson() || !a.entity().roleHas(roleWord)) {
        continue;
      }
      if (best == null || a.start() > best.start()) {
        best = a;
      }
    }
    return best == null ? null : best.entity();
  }
}
