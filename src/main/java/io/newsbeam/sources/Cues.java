package io.newsbeam.sources;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The attribution cues, compiled once. Each inline rule is named after its cue; the name is stored in
 * {@code citations.rule}.
 */
final class Cues {
  private Cues() {}

  private static final int CI = Pattern.CASE_INSENSITIVE; // cues are ASCII: cheaper than Unicode case folding

  /** Name after: "according to X". */
  static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to\\s+", CI);
  /** Known outlet after: "per Reuters", "the talks stalled, per ABC News" (never "per cent", "per day"). */
  static final Pattern PER = Pattern.compile("\\bper\\s+(?=\\p{Lu})", CI);
  /** Name after: "citing X" (not "citing weak demand", not a quotation). */
  static final Pattern CITING = Pattern.compile("\\b(?:citing|cited)\\s+", CI);
  /** Outlet after: "told X", "in an interview with X", "speaking to X". */
  static final Pattern TOLD = Pattern.compile(
      "\\b(?:told|tells|(?:in )?an? (?:interview|conversation) with|interview (?:to|with)|speaking to|spoke to"
          + "|speaking on|spoke on|appearing on|appeared on|in remarks to"
          + "|speaking with|spoke with|in comments to|in a statement to)\\s+(?!us\\b|reporters\\b|journalists\\b"
          + "|the media\\b|local media\\b|the press\\b)",
      CI);
  /** Body after: "Ali Reza Raisi, speaking for the country's Health Ministry, reported": the body is cited. */
  static final Pattern ON_BEHALF = Pattern.compile("\\b(?:speaking|spoke|writing|wrote) (?:for|on behalf of)\\s+", CI);
  /** Name after: "first published by X", "obtained by X", "appeared on the ... channel X", "poll by X". */
  static final Pattern BY = Pattern.compile(
      "\\b(?:(?:first |originally )?(?:published|reported|broadcast|posted|obtained|released|shared|aired)\\s+by"
          + "|(?:first )?appeared (?:first )?on|(?:poll|survey|study|report|analysis|estimates?|data|figures"
          + "|investigation|assessment)\\s+(?:by|from|of)|records filed with|filings? (?:with|to)"
          + "|(?:recorded|measured|registered|estimated|confirmed)\\s+(?:[\\p{L}\\p{N}.,\\-]+\\s+){0,4}?by)\\s+",
      CI);
  /** Name before: "X said", "X has reported", "X tells us". */
  static final Pattern VERB = Pattern.compile(
      "\\b(?:said|says|say|reported|reports|announced|announces|stated|confirmed|confirms|published"
          + "|publishes|showed|shows|broadcast|broadcasts|wrote|writes|tells us|told us|told|tells|found|warned"
          + "|warns|added|claimed|claims|noted|estimated|estimates|called|forecast|issued|issues|rejected|denied"
          + "|denies|posted|is showing|was showing|quoted|cited|alleged|alleges|insisted|insists|explained"
          + "|revealed|disclosed|admitted|acknowledged|accused|described|characterized|characterised|states|indicated"
          + "|indicates|referred"
          + "|released|recorded|registered)\\b");
  static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "is", "was", "were", "are",
      "later", "then", "earlier", "previously", "separately", "again", "first", "itself", "already", "has also",
      "further", "subsequently", "reportedly", "publicly", "officially", "formally");
  /** Words after which a forward scan never reaches a source name. */
  static final Set<String> BLOCKS_FORWARD = Set.of("that", "which", "who", "it", "he", "she", "they", "we",
      "his", "her", "its", "their", "our", "this", "these", "those", "said", "says", "to", "not", "no");
  static final Set<String> STOP_BEFORE_QUALIFIER = Set.of("to", "by", "told", "tells", "with", "from", "on",
      "in", "at", "of", "and", "or", "according", "citing", "said", "says", "that", "which", "who", "for",
      "was", "is", "were", "are", "be", "been", "has", "have", "had", "as", "than", "reported", "published",
      "obtained", "appeared", "among", "come", "comes", "came", "first", "its", "their", "his", "her", "our");
  /** Appositive openers: ", which ..., said" / ", the regional distributor, says". */
  static final Pattern APPOSITIVE = Pattern.compile(
      "^\\s*(?:which|who|whose|the|a|an|its|one|itself|now|then|citing|based|speaking|owned|run)\\b", CI);

  /** The head nouns of an anonymous source phrase, every form spelled out (a hash set is looked up per word). */
  static final Set<String> ANONYMOUS_HEAD_FORMS = Set.of("source", "sources", "official", "officials", "delegate",
      "delegates", "diplomat", "diplomats", "person", "persons", "people", "executive", "executives", "negotiator",
      "negotiators", "insider", "insiders", "aide", "aides", "worker", "workers", "employee", "employees", "staffer",
      "staffers", "member", "members", "analyst", "analysts", "investigator", "investigators", "officer", "officers",
      "lawmaker", "lawmakers", "resident", "residents", "soldier", "soldiers", "serviceman", "servicemen", "contact",
      "contacts", "trader", "traders", "banker", "bankers", "witness", "witnesses", "commander", "commanders",
      "adviser", "advisers", "advisor", "advisors", "representative", "representatives", "spokesperson",
      "spokesman", "spokeswoman");
  private static final String ANONYMOUS_HEADS = String.join("|", new TreeSet<>(ANONYMOUS_HEAD_FORMS)
      .descendingSet());

  /**
   * Anonymous sources: an indefinite noun phrase whose head is source/official/delegate/... ("A source
   * familiar with the talks", "two European officials", "a company executive who asked not to be named").
   */
  static final Pattern ANONYMOUS = Pattern.compile(
      "\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|multiple|\\d+)\\s+"
          + "(?:(?!said\\b|says\\b|told\\b|who\\b|of\\b|the\\b)[\\p{L}\\p{N}\\-+'\u2019.]+\\s+){0,4}?"
          + "(?<head>" + ANONYMOUS_HEADS + ")"
          + "(?!['\u2019]s?\\b)(?![\\p{L}])",
      CI);
  /**
   * The head nouns ANONYMOUS ends in, found first (cheap) before the phrase is matched from its determiner; run
   * only inside words with inner punctuation ({@link CitationExtractor#headWords}).
   */
  static final Pattern ANONYMOUS_HEAD = Pattern.compile("\\b(?:" + ANONYMOUS_HEADS + ")\\b", CI);

  /** Own-sources phrasing: "its own sources", "sources familiar with", "according to sources". */
  static final Pattern OWN_SOURCES = Pattern.compile(
      "\\b(?:(?:its|their|our|his|her)\\s+(?:own\\s+)?sources?|(?:sources\\s+(?:familiar|close|in|within|at|with)"
          + "|(?:people|persons|insiders)\\s+(?:familiar|close|briefed))"
          + "\\b[^,.;:\"\u201C\u201D]*?(?=\\s+(?:said|say|says|told|tell|tells)\\b|[,.;:]|$))",
      CI);
  /** A post-modifier after an anonymous head, up to the attribution verb or a comma. */
  static final Pattern ANON_POST = Pattern.compile(
      "\\G\\s+(?:familiar with|close to|in|at|within|from|with knowledge of|briefed on|who|involved in"
          + "|inside|on|of)\\b[^,.;:\"\u201C\u201D]*?(?=\\s+(?:said|say|says|told|tell|tells|confirmed|added"
          + "|described|warned|claimed|believe|believes)\\b|[,.;:\"\u201C\u201D]|$)",
      CI);
  /** What makes an anonymous phrase a citation: an anonymity marker or an attribution verb right after. */
  static final Pattern ANON_MARKER = Pattern.compile(
      "condition of anonymity|not to be (?:named|identified)|not authori[sz]ed to|declined to be (?:named"
          + "|identified)|anonymity|familiar with|close to|speaking privately|requested anonymity", CI);
  static final Pattern ANON_VERB_AFTER = Pattern.compile(
      "\\G(?:\\s*,[^,]{0,140},)?\\s+(?:(?:have|has|had)\\s+)?(?:also\\s+|reportedly\\s+|subsequently\\s+|later\\s+)?(?:said|say|says|told|tell"
          + "|tells|confirmed|added|warned|claimed|described|spoke|believe|believes|estimated|reported|report|reports"
          + "|stated|referred to|announced|suggested|noted|indicated|revealed|explained)\\b",
      CI);

  /**
   * The words each cue can start with: rules look these up per token (a hash lookup) and run the cue's regex
   * only there, instead of letting the regex try its alternation at every character.
   */
  static final Set<String> ACCORDING_TO_FIRST = Set.of("according");
  static final Set<String> PER_FIRST = Set.of("per");
  static final Set<String> ON_BEHALF_FIRST = Set.of("speaking", "spoke", "writing", "wrote");
  static final Set<String> CITING_FIRST = Set.of("citing", "cited");
  static final Set<String> TOLD_FIRST = Set.of("told", "tells", "in", "an", "a", "interview", "speaking", "spoke",
      "appearing", "appeared");
  static final Set<String> BY_FIRST = Set.of("first", "originally", "published", "reported", "broadcast", "posted",
      "obtained", "released", "shared", "aired", "appeared", "poll", "survey", "study", "report", "analysis",
      "estimate", "estimates", "data", "figures", "investigation", "assessment", "records", "filing", "filings",
      "recorded", "measured", "registered", "estimated", "confirmed");
  static final Set<String> VERB_FIRST = Set.of("said", "says", "say", "reported", "reports", "announced",
      "announces", "stated", "confirmed", "confirms", "published", "publishes", "showed", "shows", "broadcast",
      "broadcasts", "wrote", "writes", "tells", "told", "found", "warned", "warns", "added", "claimed", "claims",
      "noted", "estimated", "estimates", "called", "forecast", "issued", "issues", "rejected", "denied", "denies",
      "posted", "is", "was", "quoted", "cited", "alleged", "alleges", "insisted", "insists", "explained", "revealed",
      "disclosed", "admitted", "acknowledged", "accused", "described", "characterized", "characterised", "states", "indicated", "indicates", "referred",
      "released", "recorded", "registered");

  /**
   * Unnamed officials as a bare plural ("Officials said", "according to Philippine officials", "German officials
   * said", "Chinese authorities referred to him", "according to eyewitnesses", "citing anonymous sources"): up to
   * two modifiers (capitalised demonyms or a few lower-case words) before the head. A citation only next to an
   * attribution: a cue before it ({@link #BARE_ANONYMOUS_BEFORE}) or a verb after it ({@link #ANON_VERB_AFTER}).
   */
  static final Pattern BARE_ANONYMOUS = Pattern.compile(
      "(?<![\\p{L}\\p{N}\\-'’.])(?:(?:\\p{Lu}[\\p{L}\\-]+|(?:\\p{Lu}\\.){2,}|local|government|senior|military|security|police"
          + "|hospital|health|federal|state|provincial|regional|city|anonymous|unnamed|western|european|intelligence"
          + "|defence|defense|administration|us|u\\.s\\.|county|district|municipal|town|village|wildlife|forest"
          + "|fire|rescue|emergency|aviation|airport|transport|border|customs|election|electoral|prison|court"
          + "|foreign|top|public|tribal|party|navy|army|coast guard|railway|school|park)\\s+){0,2}"
          + "(?:[Oo]fficials|[Aa]uthorities|[Ss]ources|[Ee]yewitnesses|[Ww]itnesses|[Ii]nvestigators)(?![\\p{L}'’])");
  /**
   * An undetermined plural set off by an anonymity clause, then the verb: "Aid workers in the region, who asked
   * not to be named because ..., said", "Diplomats, speaking on condition of anonymity, said". The span runs to
   * the end of the clause (the gold's whole describing phrase); group {@code clause} is checked for a marker.
   * The match starts at the head noun; its modifiers are taken by the rule.
   */
  static final Pattern MARKED_PLURAL = Pattern.compile(
      "\\b(?:sources|officials|delegates|diplomats|executives"
          + "|negotiators|insiders|aides|workers|employees|staffers|analysts|investigators|officers|lawmakers"
          + "|residents|soldiers|contacts|traders|bankers|witnesses|commanders|advisers|advisors|representatives"
          + "|engineers|doctors|nurses|teachers|people)"
          + "(?:\\s+(?:in|at|from|with|inside|within|close to|familiar with|involved in)\\s+[^,.;:\"“”]{1,60}?)?"
          + "(?<clause>,\\s+(?:who|speaking|talking)\\b[^.;:\"“”]{5,200}?)(?=,\\s+(?:(?:have|has|had)\\s+)?"
          + "(?:also\\s+)?(?:said|say|says|told|tell|tells|confirmed|added|warned|claimed|described|estimated"
          + "|reported|stated|noted|explained)\\b)", CI);

  /** The head nouns of {@link #BARE_ANONYMOUS} (lower case), and a pattern for them inside punctuated words. */
  static final Set<String> BARE_ANONYMOUS_HEAD_FORMS = Set.of("officials", "authorities", "sources", "eyewitnesses",
      "witnesses", "investigators");
  static final Pattern BARE_ANONYMOUS_HEAD = Pattern.compile(
      "officials|authorities|sources|eyewitnesses|witnesses|investigators", CI);

  /** Right before a bare plural: it is credited ("according to officials", "provided anonymously by officials"). */
  static final Pattern BARE_ANONYMOUS_BEFORE = Pattern.compile(
      "(?:according to|citing|anonymously by)\\s+(?:police\\s+and\\s+|\\p{L}+\\s+and\\s+)?$", CI);
  /** "with officials saying", "with officials reporting": a bare plural credited by a participle. */
  static final Pattern BARE_ANONYMOUS_WITH = Pattern.compile("\\G\\s+(?:saying|reporting)\\b", CI);

  /** A bare URL in the text. */
  static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>\"\u201C\u201D)\\]]+", CI);

  /** Sentence boundaries inside a paragraph. */
  static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=[.!?][\"\u201D\u2019)]?)\\s+(?=[\"\u201C\u2018(]?[\\p{Lu}\\p{N}])");
  /** Corrections and updates notices. */
  static final Pattern CORRECTION = Pattern.compile(
      "^(?:correction|clarification|editor'?s note|update[ds]?)\\b|\\bthis (?:article|story|report) (?:has been|was)"
          + " (?:corrected|updated|amended)|\\ban earlier version of this",
      CI);
}
