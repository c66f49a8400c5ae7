package io.newsbeam.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes base stories from the {@link Lexicon} grammar. A story has 4-12 paragraphs and 150-800 words:
 * a narrative lead, one long direct quote (at least {@value #LONG_QUOTE_WORDS} words), one or two quote
 * events per speaker in the styles of {@link GoldQuote.Kind} (a direct quote is often followed by a pronoun
 * follow-up), one to three inline agency citations, background and narrative filler, and in 60% of stories
 * a {@code Source: A; B} line as the second or last paragraph. At least half of the words are plain
 * narrative; anchors that do not fit a short story are left out. Every quote and citation it writes is
 * recorded with its span; narrative sentences carry neither, by construction of the grammar.
 */
final class StoryComposer {
  static final int LONG_QUOTE_WORDS = 25;
  static final int MIN_WORDS = 150;
  static final int MAX_WORDS = 800;
  static final long FIRST_DAY = LocalDate.of(2015, 1, 1).toEpochDay();
  static final int DAYS = (int) (LocalDate.of(2025, 1, 1).toEpochDay() - FIRST_DAY);
  private static final int MAX_SENTENCES_PER_PARA = 6;
  static final double MIN_NARRATIVE_SHARE = 0.5;

  private static final String[] ROLES = {
    "a %s for %o", "the head of %o", "a senior official at %o", "an analyst at %o", "a researcher at %o",
    "the deputy director of %o", "a lawyer for %o", "a resident of %c", "the mayor of %c", "a shop owner in %c",
    "a volunteer coordinator in %c", "a member of %o", "an adviser to %o", "a teacher from %c",
    "a board member of %o", "an engineer with %o", "a community organiser in %c", "a doctor in %c"
  };

  /** Requests for a hard negative; all fields optional (-1 / null means "pick at random"). */
  static final class Constraints {
    static final Constraints NONE = new Constraints(-1, -1, -1, null, null);
    final int topic;
    final int city;
    final long epochDay;
    final String sharedQuote;
    final Person sharedSpeaker;

    Constraints(int topic, int city, long epochDay, String sharedQuote, Person sharedSpeaker) {
      this.topic = topic;
      this.city = city;
      this.epochDay = epochDay;
      this.sharedQuote = sharedQuote;
      this.sharedSpeaker = sharedSpeaker;
    }
  }

  /** The story-level choices that fill {@code {$slot}}s. */
  static final class Context implements Grammar.Slots {
    private static final String[] WEEKDAYS = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    };
    private static final String[] MONTHS = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
      "November", "December"
    };
    final Lexicon lex;
    final int topic;
    final int city;
    final int place;
    final int org;
    final int org2;
    final int year;

    Context(Lexicon lex, int topic, int city, int place, int org, int org2, int year) {
      this.lex = lex;
      this.topic = topic;
      this.city = city;
      this.place = place;
      this.org = org;
      this.org2 = org2;
      this.year = year;
    }

    String cityName() {
      return lex.cities[city];
    }

    @Override
    public void append(int slotId, SplittableRandom rng, StringBuilder out) {
      switch (slotId) {
        case 0: out.append(lex.cities[city]); break;
        case 1: out.append(lex.countries[city]); break;
        case 2: out.append(lex.cities[place]); break;
        case 3: out.append(lex.organisations[org]); break;
        case 4: out.append(lex.organisations[org2]); break;
        case 5: out.append(pick(lex.topicNouns[topic], rng)); break;
        case 6: out.append(pick(lex.topicEvents[topic], rng)); break;
        case 7: out.append(2 + rng.nextInt(960)); break;
        case 8: appendBig(rng, out); break;
        case 9: out.append(2 + rng.nextInt(58)); break;
        case 10: out.append(pick(WEEKDAYS, rng)); break;
        case 11: out.append(pick(MONTHS, rng)); break;
        case 12: out.append(year - 1 - rng.nextInt(25)); break;
        case 13:
        case 14:
          out.append(pick(lex.firstNames, rng)).append(' ').append(pick(lex.lastNames, rng));
          break;
        case 15: out.append(pick(lex.outletNames, rng)); break;
        case 16: out.append(pick(lex.agencyNames, rng)); break;
        default: throw new IllegalArgumentException("slot " + slotId);
      }
    }

    private static void appendBig(SplittableRandom rng, StringBuilder out) {
      int k = rng.nextInt(3);
      if (k == 0) {
        out.append(1 + rng.nextInt(99)).append(',').append(String.format("%03d", rng.nextInt(1000)));
      } else if (k == 1) {
        out.append(1 + rng.nextInt(40)).append('.').append(rng.nextInt(10)).append(" million");
      } else {
        out.append(1 + rng.nextInt(9)).append(" billion");
      }
    }
  }

  private final Lexicon lex;
  private final Grammar g;
  private final int rNarrative;
  private final int rBackground;
  private final int rHeadline;
  private final int rQuote;
  private final int rIndirect;
  final int rTrailer;

  StoryComposer(Lexicon lex) {
    this.lex = lex;
    this.g = lex.grammar;
    this.rNarrative = g.ruleId("narrative");
    this.rBackground = g.ruleId("background");
    this.rHeadline = g.ruleId("headline");
    this.rQuote = g.ruleId("quote");
    this.rIndirect = g.ruleId("indirect");
    this.rTrailer = g.ruleId("trailer");
  }

  static <T> T pick(T[] items, SplittableRandom rng) {
    return items[rng.nextInt(items.length)];
  }

  Story compose(String storyId, SplittableRandom rng, Constraints c) {
    int topic = c.topic >= 0 ? c.topic : rng.nextInt(lex.topicKeys.length);
    int city = c.city >= 0 ? c.city : rng.nextInt(lex.cities.length);
    int place = rng.nextInt(lex.cities.length);
    if (place == city) {
      place = (place + 1) % lex.cities.length;
    }
    int org = rng.nextInt(lex.organisations.length);
    int org2 = (org + 1 + rng.nextInt(lex.organisations.length - 1)) % lex.organisations.length;
    long day = c.epochDay >= 0 ? c.epochDay : FIRST_DAY + rng.nextInt(DAYS);
    int year = LocalDate.ofEpochDay(day).getYear();
    Context ctx = new Context(lex, topic, city, place, org, org2, year);
    int secondOfDay = rng.nextInt(86_400);
    boolean curly = rng.nextInt(5) == 0;
    Quotes q = new Quotes(curly);

    // cast: distinct surnames so "Kovacs said" is unambiguous within the story
    int nSpeakers = 2 + rng.nextInt(3);
    List<Person> cast = new ArrayList<>();
    if (c.sharedSpeaker != null) {
      cast.add(c.sharedSpeaker);
    }
    while (cast.size() < nSpeakers) {
      Person p = newPerson(ctx, rng);
      boolean clash = false;
      for (Person o : cast) {
        clash |= o.last.equals(p.last);
      }
      if (!clash) {
        cast.add(p);
      }
    }
    boolean[] mentioned = new boolean[cast.size()];

    int targetWords = MIN_WORDS + 10 + rng.nextInt(MAX_WORDS - MIN_WORDS - 50);
    int nParas = Math.max(4, Math.min(12, Math.round(targetWords / (float) (50 + rng.nextInt(40)))));
    int sourceAt = -1;
    if (rng.nextInt(10) < 6) {
      sourceAt = rng.nextBoolean() ? 1 : nParas - 1;
    }

    // decide what anchors each paragraph: 0 lead, 1 long quote, 2 quote event, 3 citation, 4 background
    List<Integer> items = new ArrayList<>();
    items.add(1);
    for (int i = 0; i < cast.size(); i++) {
      int events = (i == 0 && c.sharedSpeaker != null) ? 0 : 1 + rng.nextInt(2);
      for (int e = 0; e < events; e++) {
        items.add(2);
      }
    }
    int citations = 1 + rng.nextInt(3);
    for (int i = 0; i < citations; i++) {
      items.add(3);
    }
    // shuffle everything except the long quote, which stays early so the story leads with its key voice
    for (int i = items.size() - 1; i > 1; i--) {
      int j = 1 + rng.nextInt(i);
      Integer t = items.get(i);
      items.set(i, items.get(j));
      items.set(j, t);
    }
    // ... but make sure the second anchor is another quote, so even a short story has two voices
    for (int i = 2; i < items.size(); i++) {
      if (items.get(1) != 2 && items.get(i) == 2) {
        items.set(i, items.get(1));
        items.set(1, 2);
      }
    }

    List<List<Sentence>> paras = new ArrayList<>();
    GoldQuote longQuote = null;
    Person longSpeaker = null;
    int next = 0;
    int speakerCursor = c.sharedSpeaker != null ? 1 % cast.size() : 0;
    for (int p = 0; p < nParas; p++) {
      List<Sentence> ss = new ArrayList<>();
      paras.add(ss);
      if (p == sourceAt) {
        ss.add(sourceLine(rng));
        continue;
      }
      if (p == 0) {
        ss.add(narrative(ctx, rng));
        ss.add(narrative(ctx, rng));
        continue;
      }
      // short stories simply leave the remaining anchors out
      int item = next < items.size() ? items.get(next++) : 4;
      if (item != 4 && rng.nextInt(3) == 0) {
        ss.add(narrative(ctx, rng)); // context before a quote or citation
      }
      switch (item) {
        case 1: {
          longSpeaker = cast.get(0);
          String text = c.sharedQuote != null ? c.sharedQuote : longQuoteText(ctx, rng);
          GoldQuote.Kind kind = GoldQuote.Kind.values()[rng.nextInt(3)];
          Sentence s = quoteSentence(longSpeaker, kind, text, !mentioned[0], q);
          mentioned[0] = true;
          longQuote = s.quotes.get(0);
          ss.add(s);
          break;
        }
        case 2: {
          int who = speakerCursor;
          speakerCursor = (speakerCursor + 1) % cast.size();
          if (c.sharedSpeaker != null && who == 0) {
            who = speakerCursor;
            speakerCursor = (speakerCursor + 1) % cast.size();
          }
          quoteEvent(ctx, cast.get(who), !mentioned[who], rng, q, ss);
          mentioned[who] = true;
          break;
        }
        case 3:
          ss.add(citation(ctx, rng));
          break;
        default:
          ss.add(background(ctx, rng));
      }
    }

    // fill with narrative until the target length, then make sure we are inside [MIN_WORDS, MAX_WORDS]
    // and with at least MIN_NARRATIVE_SHARE of the words in plain narrative, so that near-duplicate word
    // edits (which only touch narrative) can always reach their rate
    int words = 0;
    int narrativeWords = 0;
    for (List<Sentence> ss : paras) {
      for (Sentence s : ss) {
        words += s.wordCount();
        narrativeWords += s.editable ? s.wordCount() : 0;
      }
    }
    List<int[]> fillers = new ArrayList<>();
    int guard = 0;
    while ((words < targetWords || narrativeWords < MIN_NARRATIVE_SHARE * words) && guard++ < 200) {
      int p = rng.nextInt(nParas);
      List<Sentence> ss = paras.get(p);
      if (p == sourceAt || ss.size() >= MAX_SENTENCES_PER_PARA) {
        continue;
      }
      Sentence s = rng.nextInt(5) == 0 ? background(ctx, rng) : narrative(ctx, rng);
      ss.add(s);
      fillers.add(new int[] {p, ss.size() - 1});
      words += s.wordCount();
      narrativeWords += s.wordCount();
    }
    while (words > MAX_WORDS && !fillers.isEmpty()) {
      int[] f = fillers.remove(fillers.size() - 1);
      words -= paras.get(f[0]).remove(f[1]).wordCount();
    }
    List<Para> out = new ArrayList<>(nParas);
    for (int p = 0; p < nParas; p++) {
      out.add(new Para(paras.get(p), p == sourceAt));
    }
    String title = headline(ctx, rng);
    return new Story(
        storyId, ctx, day, secondOfDay, title, out, authors(rng), longQuote, longSpeaker, curly);
  }

  private Person newPerson(Context ctx, SplittableRandom rng) {
    int f = rng.nextInt(lex.firstNames.length);
    boolean female = lex.female[f];
    String role = pick(ROLES, rng)
        .replace("%s", female ? "spokeswoman" : "spokesman")
        .replace("%o", pick(lex.organisations, rng))
        .replace("%c", rng.nextBoolean() ? ctx.cityName() : lex.cities[ctx.place]);
    return new Person(lex.firstNames[f], pick(lex.lastNames, rng), female, role);
  }

  List<String> authors(SplittableRandom rng) {
    int n = rng.nextInt(4);
    List<String> out = new ArrayList<>(2);
    for (int i = 0; i < (n == 0 ? 0 : n == 3 ? 2 : 1); i++) {
      out.add(pick(lex.firstNames, rng) + " " + pick(lex.lastNames, rng));
    }
    return out;
  }

  String headline(Context ctx, SplittableRandom rng) {
    return g.sentence(rHeadline, ctx, rng, true);
  }

  /** A plain narrative sentence; a few correct words are swapped for common misspellings (see typos.txt). */
  Sentence narrative(Context ctx, SplittableRandom rng) {
    return Sentence.narrative(misspell(g.sentence(rNarrative, ctx, rng, true), rng));
  }

  Sentence background(Context ctx, SplittableRandom rng) {
    return Sentence.narrative(misspell(g.sentence(rBackground, ctx, rng, true), rng));
  }

  String trailer(Context ctx, SplittableRandom rng) {
    return g.sentence(rTrailer, ctx, rng, true);
  }

  private String misspell(String s, SplittableRandom rng) {
    if (rng.nextInt(4) != 0) {
      return s;
    }
    String[] tokens = s.split(" ");
    boolean changed = false;
    for (int i = 0; i < tokens.length; i++) {
      Token t = Token.of(tokens[i]);
      String wrong = t == null ? null : lex.typoInjections.get(t.core);
      if (wrong != null && rng.nextInt(2) == 0) {
        tokens[i] = t.with(wrong);
        changed = true;
      }
    }
    return changed ? String.join(" ", tokens) : s;
  }

  private String longQuoteText(Context ctx, SplittableRandom rng) {
    StringBuilder sb = new StringBuilder();
    int words = 0;
    for (int parts = 0; words < LONG_QUOTE_WORDS || parts < 2; parts++) {
      String clause = g.sentence(rQuote, ctx, rng, true);
      if (sb.length() > 0) {
        sb.append(". ");
      }
      sb.append(clause);
      words += Words.count(clause);
    }
    return sb.toString();
  }

  /** A quote by {@code p}, optionally followed by a pronoun follow-up in the same paragraph. */
  private void quoteEvent(
      Context ctx, Person p, boolean first, SplittableRandom rng, Quotes q, List<Sentence> out) {
    GoldQuote.Kind kind = GoldQuote.Kind.values()[rng.nextInt(5)];
    boolean direct = kind.ordinal() < 3;
    String text = direct ? g.sentence(rQuote, ctx, rng, true) : g.sentence(rIndirect, ctx, rng, false);
    out.add(quoteSentence(p, kind, text, first, q));
    if (direct && rng.nextInt(2) == 0) {
      out.add(pronounFollowUp(p, g.sentence(rQuote, ctx, rng, true), rng, q));
    }
  }

  private static Sentence quoteSentence(Person p, GoldQuote.Kind kind, String text, boolean first, Quotes q) {
    String full = p.fullName();
    String mention = first ? full + ", " + p.role + "," : p.last;
    StringBuilder sb = new StringBuilder(text.length() + 80);
    int start;
    switch (kind) {
      case DIRECT_SAID_NAME:
        sb.append(q.open);
        start = sb.length();
        sb.append(text).append(',').append(q.close).append(" said ");
        sb.append(first ? full + ", " + p.role : p.last).append('.');
        break;
      case DIRECT_NAME_SAID:
        sb.append(q.open);
        start = sb.length();
        sb.append(text).append(',').append(q.close).append(' ').append(first ? full : p.last).append(" said.");
        break;
      case DIRECT_COLON:
        sb.append(first ? full + ", " + p.role + "," : p.last).append(" said: ").append(q.open);
        start = sb.length();
        sb.append(text).append('.').append(q.close);
        break;
      case INDIRECT_SAID_THAT:
        sb.append(mention).append(" said that ");
        start = sb.length();
        sb.append(text).append('.');
        break;
      case INDIRECT_ACCORDING_TO:
        sb.append("According to ").append(first ? mention : p.last + ",").append(' ');
        start = sb.length();
        sb.append(text).append('.');
        break;
      default:
        throw new IllegalArgumentException(kind.name());
    }
    GoldQuote gq = new GoldQuote(full, text, kind, start, start + text.length());
    return new Sentence(sb.toString(), false, List.of(gq), List.of());
  }

  private static Sentence pronounFollowUp(Person p, String text, SplittableRandom rng, Quotes q) {
    String pronoun = p.female ? "she" : "he";
    StringBuilder sb = new StringBuilder(text.length() + 30);
    int start;
    int form = rng.nextInt(3);
    if (form < 2) {
      sb.append(q.open);
      start = sb.length();
      sb.append(text).append(',').append(q.close).append(' ').append(pronoun);
      sb.append(form == 0 ? " said." : " added.");
    } else {
      sb.append(Character.toUpperCase(pronoun.charAt(0))).append(pronoun.substring(1)).append(" added: ");
      sb.append(q.open);
      start = sb.length();
      sb.append(text).append('.').append(q.close);
    }
    GoldQuote gq = new GoldQuote(p.fullName(), text, GoldQuote.Kind.PRONOUN_FOLLOW_UP, start, start + text.length());
    return new Sentence(sb.toString(), false, List.of(gq), List.of());
  }

  private Sentence sourceLine(SplittableRandom rng) {
    int n = 1 + rng.nextInt(3);
    int first = rng.nextInt(lex.agencyNames.length);
    StringBuilder sb = new StringBuilder("Source: ");
    List<GoldSource> sources = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name = lex.agencyNames[(first + i * 7) % lex.agencyNames.length];
      if (i > 0) {
        sb.append("; ");
      }
      sources.add(new GoldSource(name, name, GoldSource.Kind.SOURCE_LINE, sb.length(), sb.length() + name.length()));
      sb.append(name);
    }
    return new Sentence(sb.toString(), false, List.of(), sources);
  }

  /** An inline citation: "..., according to X." / "X reported that ..." and variants. */
  private Sentence citation(Context ctx, SplittableRandom rng) {
    String name = pick(lex.agencyNames, rng);
    String clause = g.sentence(rNarrative, ctx, rng, true);
    clause = clause.substring(0, clause.length() - 1); // drop the final period
    boolean lowerName = Character.isLowerCase(name.charAt(0));
    int form = rng.nextInt(5);
    if (lowerName && (form == 1 || form == 2)) {
      form = 0;
    }
    StringBuilder sb = new StringBuilder(clause.length() + 40);
    int start;
    GoldSource.Kind kind;
    switch (form) {
      case 0:
        sb.append(clause).append(", according to ");
        start = sb.length();
        sb.append(name).append('.');
        kind = GoldSource.Kind.ACCORDING_TO;
        break;
      case 1:
        start = 0;
        sb.append(name).append(" reported that ").append(decapitalize(clause)).append('.');
        kind = GoldSource.Kind.REPORTED;
        break;
      case 2:
        sb.append("According to ");
        start = sb.length();
        sb.append(name).append(", ").append(decapitalize(clause)).append('.');
        kind = GoldSource.Kind.ACCORDING_TO;
        break;
      case 3:
        sb.append("As ");
        start = sb.length();
        sb.append(name).append(" reported earlier, ").append(decapitalize(clause)).append('.');
        kind = GoldSource.Kind.REPORTED;
        break;
      default:
        sb.append(clause).append(", ");
        start = sb.length();
        sb.append(name).append(" reported.");
        kind = GoldSource.Kind.REPORTED;
    }
    GoldSource src = new GoldSource(name, name, kind, start, start + name.length());
    return new Sentence(sb.toString(), false, List.of(), List.of(src));
  }

  private String decapitalize(String s) {
    int sp = s.indexOf(' ');
    String firstWord = sp < 0 ? s : s.substring(0, sp);
    int apos = firstWord.indexOf('\'');
    if (apos > 0) {
      firstWord = firstWord.substring(0, apos);
    }
    if (firstWord.endsWith(",")) {
      firstWord = firstWord.substring(0, firstWord.length() - 1);
    }
    if (lex.properFirstWords.contains(firstWord)) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /** Opening and closing quotation marks of a story: straight or typographic. */
  static final class Quotes {
    final char open;
    final char close;

    Quotes(boolean curly) {
      this.open = curly ? '\u201c' : '"';
      this.close = curly ? '\u201d' : '"';
    }
  }
}
