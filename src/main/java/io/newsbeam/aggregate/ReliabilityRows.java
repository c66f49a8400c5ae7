package io.newsbeam.aggregate;

import io.newsbeam.model.Article;
import io.newsbeam.model.Citation;
import io.newsbeam.model.Paragraph;
import io.newsbeam.model.SourceReliability;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The pure arithmetic of {@code source_reliability}: per-article facts, per-citation evidence and the rows, from
 * counts only (no Beam). Every number is an integer count or a ratio of two counts, except the score and its
 * interval ({@link ReliabilityFormula}).
 */
public final class ReliabilityRows {
  /** Corrections and updates: a paragraph labelled Correction/Update, or one that says the story was changed. */
  private static final Pattern CORRECTION = Pattern.compile(
      "^(?:correction|clarification|editor'?s note)\\b|\\bthis (?:article|story|report) (?:has been|was)"
          + " (?:corrected|updated|amended)|\\ban earlier version of this", Pattern.CASE_INSENSITIVE);
  private static final Set<String> CORRECTION_LABELS = Set.of("update", "correction", "clarification");
  /** A story is corroborated when at least this many independent publishers carry it. */
  public static final int CORROBORATING_PUBLISHERS = 2;

  private ReliabilityRows() {}

  public static ReliabilityArticle facts(Article a) {
    boolean corrected = false;
    for (Paragraph p : a.paragraphs) {
      if (p.label != null && CORRECTION_LABELS.contains(p.label.toLowerCase(Locale.ROOT))
          || CORRECTION.matcher(p.text).find()) {
        corrected = true;
        break;
      }
    }
    return new ReliabilityArticle(a.articleId, a.publisher, a.clusterId == null ? a.articleId : a.clusterId,
        a.publishersInCluster, corrected, host(a.url));
  }

  static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = new URI(url.strip()).getHost();
      if (h == null) {
        return null;
      }
      h = h.toLowerCase(Locale.ROOT);
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (URISyntaxException e) {
      return null; // no host to join a rating on
    }
  }

  /**
   * A citation's evidence. Corroborated: its story group (near-duplicate cluster, extra story links) has at least
   * {@link #CORROBORATING_PUBLISHERS} distinct publishers, or its article shares a same-speaker quote with an
   * article of another publisher ({@link CorroborateByQuotes}).
   */
  public static ReliabilityEvidence evidence(Citation c, long storyPublishers, boolean quoteCorroborated) {
    return new ReliabilityEvidence(c.source, c.sourceType, c.resolved, c.sourceDomain, c.publisher, c.articleId,
        c.cautionary, c.isAnonymous(), storyPublishers >= CORROBORATING_PUBLISHERS || quoteCorroborated);
  }

  public static ReliabilityArticleSummary summary(ReliabilityArticle a, Collection<ReliabilityEvidence> evidence) {
    long anonymous = 0;
    long cautionary = 0;
    long corroborated = 0;
    long successes = 0;
    Set<String> sources = new TreeSet<>();
    for (ReliabilityEvidence e : evidence) {
      anonymous += e.anonymous ? 1 : 0;
      cautionary += e.cautionary ? 1 : 0;
      corroborated += e.corroborated ? 1 : 0;
      successes += e.success() ? 1 : 0;
      sources.add(e.source);
    }
    return new ReliabilityArticleSummary(a.publisher == null ? "" : a.publisher, a.articleId, a.host,
        evidence.size(), anonymous, cautionary, corroborated, successes, sources.size(), a.corrected);
  }

  /** The row of one cited source from all its citations. */
  public static SourceReliability source(String source, Iterable<ReliabilityEvidence> evidence,
      ReliabilityRatings ratings) {
    long n = 0;
    long cautionary = 0;
    long corroborated = 0;
    long successes = 0;
    boolean resolved = false;
    Set<String> publishers = new TreeSet<>();
    Set<String> articles = new TreeSet<>();
    Map<String, Long> types = new TreeMap<>();
    Set<String> domains = new TreeSet<>();
    for (ReliabilityEvidence e : evidence) {
      n++;
      cautionary += e.cautionary ? 1 : 0;
      corroborated += e.corroborated ? 1 : 0;
      successes += e.success() ? 1 : 0;
      resolved |= e.resolved;
      if (e.publisher != null) {
        publishers.add(e.publisher);
      }
      articles.add(e.articleId);
      types.merge(e.sourceType, 1L, Long::sum);
      if (e.domain != null) {
        domains.add(e.domain);
      }
    }
    String type = mostCommon(types);
    String domain = domains.isEmpty() ? null : domains.iterator().next();
    ReliabilityRatings.Prior prior = ratings.forDomain(domain);
    return row(SourceReliability.SOURCE, source, type, resolved, domain, n, publishers.size(), articles.size(),
        cautionary, corroborated, null, null, null, null, successes, prior);
  }

  /** The row of one publisher from all its articles (also those without citations). */
  public static SourceReliability publisher(String publisher, Iterable<ReliabilityArticleSummary> articles,
      @Nullable String aliasDomain, ReliabilityRatings ratings) {
    long n = 0;
    long anonymous = 0;
    long cautionary = 0;
    long corroborated = 0;
    long successes = 0;
    long articleCount = 0;
    long citedArticles = 0;
    long singleSource = 0;
    long corrected = 0;
    Map<String, Long> hosts = new TreeMap<>();
    for (ReliabilityArticleSummary a : articles) {
      articleCount++;
      n += a.citations;
      anonymous += a.anonymous;
      cautionary += a.cautionary;
      corroborated += a.corroborated;
      successes += a.successes;
      citedArticles += a.citations > 0 ? 1 : 0;
      singleSource += a.distinctSources == 1 ? 1 : 0;
      corrected += a.corrected ? 1 : 0;
      if (a.host != null) {
        hosts.merge(a.host, 1L, Long::sum);
      }
    }
    String domain = aliasDomain != null ? aliasDomain : hosts.isEmpty() ? null : mostCommon(hosts);
    ReliabilityRatings.Prior prior = ratings.forDomain(domain);
    return row(SourceReliability.PUBLISHER, publisher, null, true, domain, n, 1, citedArticles, cautionary,
        corroborated, articleCount, anonymous, singleSource, corrected, successes, prior);
  }

  private static SourceReliability row(String kind, String entity, @Nullable String type, boolean resolved,
      @Nullable String domain, long n, long publishers, long articles, long cautionary, long corroborated,
      @Nullable Long articleCount, @Nullable Long anonymous, @Nullable Long singleSource, @Nullable Long corrected,
      long successes, ReliabilityRatings.@Nullable Prior prior) {
    Double rating = prior == null ? null : prior.rating();
    double weight = prior == null ? 0.0 : prior.weight();
    ReliabilityFormula.Posterior post = ReliabilityFormula.posterior(n, successes, rating, weight);
    return new SourceReliability(kind, entity, type, resolved, domain, n, publishers, articles, cautionary,
        ReliabilityFormula.share(cautionary, n), corroborated, ReliabilityFormula.share(corroborated, n),
        articleCount, anonymous, anonymous == null ? null : ReliabilityFormula.share(anonymous, n),
        singleSource, singleSource == null ? null : ReliabilityFormula.share(singleSource, articleCount),
        corrected, corrected == null ? null : ReliabilityFormula.share(corrected, articleCount),
        SourceReliability.OUTCOME, successes, rating, weight, post.priorAlpha(), post.priorBeta(), post.mean(),
        post.low(), post.high(), n);
  }

  /** The most common key; ties go to the smallest key (maps are sorted), so the result is deterministic. */
  static String mostCommon(Map<String, Long> counts) {
    String best = null;
    long bestCount = -1;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  /** Distinct publishers over all story groups an article belongs to. */
  public static long storyPublishers(List<List<String>> groups) {
    Set<String> all = new TreeSet<>();
    groups.forEach(all::addAll);
    return all.size();
  }
}
