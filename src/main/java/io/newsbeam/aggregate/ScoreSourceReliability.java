package io.newsbeam.aggregate;

import io.newsbeam.model.Article;
import io.newsbeam.model.Citation;
import io.newsbeam.model.SourceReliability;
import io.newsbeam.sources.OutletAliases;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Citations + articles -> {@code source_reliability} rows, one per cited source and one per publisher. In: a
 * tuple with {@link #CITATIONS} and {@link #ARTICLES}, and optionally {@link #STORY_LINKS} (article id -> extra
 * story key, e.g. from same-speaker quotes): articles that share a key count as one story for corroboration,
 * on top of the built-in key, the near-duplicate {@code cluster_id}; and optionally {@link #QUOTE_CORROBORATED}
 * (article id -> true, from {@link CorroborateByQuotes}): the article shares a same-speaker quote with an article
 * of another publisher.
 *
 * <p>Steps: story groups (by cluster id and by each extra key) -> the distinct publishers of every group an
 * article belongs to -> each citation marked corroborated when that count is >= 2 or its article is quote-
 * corroborated -> grouped by source and by
 * publisher -> {@link ReliabilityRows}. Priors come from a {@link ReliabilityRatings} parsed at construction.
 */
public final class ScoreSourceReliability extends PTransform<PCollectionTuple, PCollection<SourceReliability>> {
  public static final TupleTag<Citation> CITATIONS = new TupleTag<>() {};
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  /** Optional: KV(article id, story key). */
  public static final TupleTag<KV<String, String>> STORY_LINKS = new TupleTag<>() {};
  /** Optional: KV(article id, true) for articles with a quote another publisher also carries. */
  public static final TupleTag<KV<String, Boolean>> QUOTE_CORROBORATED = new TupleTag<>() {};

  private final ReliabilityRatings ratings;

  private ScoreSourceReliability(ReliabilityRatings ratings) {
    this.ratings = ratings;
  }

  public static ScoreSourceReliability create() {
    return new ScoreSourceReliability(ReliabilityRatings.none());
  }

  public ScoreSourceReliability withRatings(ReliabilityRatings r) {
    return new ScoreSourceReliability(r);
  }

  /** Parses the {@code --ratings} CSV now (fails fast on a bad file); null means no priors. */
  public ScoreSourceReliability withRatingsFile(@Nullable String file) {
    return new ScoreSourceReliability(file == null ? ReliabilityRatings.none() : ReliabilityRatings.load(file));
  }

  @Override
  public PCollection<SourceReliability> expand(PCollectionTuple in) {
    SchemaRegistry schemas = in.getPipeline().getSchemaRegistry();
    Coder<ReliabilityArticle> factsCoder = coder(schemas, ReliabilityArticle.class);
    Coder<ReliabilityEvidence> evidenceCoder = coder(schemas, ReliabilityEvidence.class);
    Coder<ReliabilityArticleSummary> summaryCoder = coder(schemas, ReliabilityArticleSummary.class);
    Coder<Citation> citationCoder = coder(schemas, Citation.class);
    StringUtf8Coder str = StringUtf8Coder.of();

    PCollection<KV<String, ReliabilityArticle>> facts = in.get(ARTICLES)
        .apply("ArticleFacts", ParDo.of(new FactsFn()))
        .setCoder(KvCoder.of(str, factsCoder));

    // story groups: "c:" + cluster id for every article, "s:" + key for every extra link
    PCollection<KV<String, ReliabilityArticle>> byCluster = facts
        .apply("KeyByCluster", ParDo.of(new KeyByClusterFn()))
        .setCoder(KvCoder.of(str, factsCoder));
    PCollectionList<KV<String, ReliabilityArticle>> groups = PCollectionList.of(byCluster);
    if (in.has(STORY_LINKS)) {
      TupleTag<ReliabilityArticle> factTag = new TupleTag<>() {};
      TupleTag<String> linkTag = new TupleTag<>() {};
      PCollection<KV<String, ReliabilityArticle>> byLink = KeyedPCollectionTuple.of(factTag, facts)
          .and(linkTag, in.get(STORY_LINKS))
          .apply("JoinStoryLinks", CoGroupByKey.create())
          .apply("KeyByStoryLink", ParDo.of(new KeyByLinkFn(factTag, linkTag)))
          .setCoder(KvCoder.of(str, factsCoder));
      groups = groups.and(byLink);
    }
    PCollection<KV<String, Long>> storyPublishers = groups
        .apply("AllStoryGroups", Flatten.pCollections())
        .apply("GroupStories", GroupByKey.create())
        .apply("StoryPublishersPerArticle", ParDo.of(new GroupPublishersFn()))
        .setCoder(KvCoder.of(str, ListCoder.of(str)))
        .apply("GroupByArticle", GroupByKey.create())
        .apply("CountStoryPublishers", ParDo.of(new CountPublishersFn()))
        .setCoder(KvCoder.of(str, VarLongCoder.of()));

    PCollection<KV<String, Citation>> citationsByArticle = in.get(CITATIONS)
        .apply("KeyCitationsByArticle", ParDo.of(new KeyCitationFn()))
        .setCoder(KvCoder.of(str, citationCoder));

    TupleTag<ReliabilityArticle> factTag = new TupleTag<>() {};
    TupleTag<Long> countTag = new TupleTag<>() {};
    TupleTag<Citation> citationTag = new TupleTag<>() {};
    TupleTag<Boolean> quoteTag = new TupleTag<>() {};
    TupleTag<KV<String, ReliabilityEvidence>> evidenceTag = new TupleTag<>() {};
    TupleTag<KV<String, ReliabilityArticleSummary>> summaryTag = new TupleTag<>() {};
    PCollection<KV<String, Boolean>> quoteCorroborated = in.has(QUOTE_CORROBORATED)
        ? in.get(QUOTE_CORROBORATED)
        : in.getPipeline().apply("NoQuoteCorroboration", Create.empty(KvCoder.of(str, BooleanCoder.of())));
    PCollectionTuple judged = KeyedPCollectionTuple.of(factTag, facts)
        .and(countTag, storyPublishers)
        .and(citationTag, citationsByArticle)
        .and(quoteTag, quoteCorroborated)
        .apply("JoinCitationsWithStories", CoGroupByKey.create())
        .apply("JudgeCitations", ParDo.of(new JudgeFn(factTag, countTag, citationTag, quoteTag, evidenceTag,
                summaryTag))
            .withOutputTags(evidenceTag, org.apache.beam.sdk.values.TupleTagList.of(summaryTag)));
    PCollection<SourceReliability> sources = judged.get(evidenceTag)
        .setCoder(KvCoder.of(str, evidenceCoder))
        .apply("GroupBySource", GroupByKey.create())
        .apply("SourceRows", ParDo.of(new SourceRowFn(ratings)))
        .setCoder(coder(schemas, SourceReliability.class));
    PCollection<SourceReliability> publishers = judged.get(summaryTag)
        .setCoder(KvCoder.of(str, summaryCoder))
        .apply("GroupByPublisher", GroupByKey.create())
        .apply("PublisherRows", ParDo.of(new PublisherRowFn(ratings)))
        .setCoder(coder(schemas, SourceReliability.class));
    return PCollectionList.of(sources).and(publishers)
        .apply("AllReliabilityRows", Flatten.pCollections())
        .setCoder(coder(schemas, SourceReliability.class));
  }

  private static <T> Coder<T> coder(SchemaRegistry schemas, Class<T> type) {
    try {
      return schemas.getSchemaCoder(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("model classes must carry @DefaultSchema", e);
    }
  }

  static final class FactsFn extends DoFn<Article, KV<String, ReliabilityArticle>> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, ReliabilityArticle>> out) {
      out.output(KV.of(a.articleId, ReliabilityRows.facts(a)));
    }
  }

  static final class KeyByClusterFn extends DoFn<KV<String, ReliabilityArticle>, KV<String, ReliabilityArticle>> {
    @ProcessElement
    public void process(@Element KV<String, ReliabilityArticle> a, OutputReceiver<KV<String, ReliabilityArticle>> out) {
      out.output(KV.of("c:" + a.getValue().storyKey, a.getValue()));
    }
  }

  static final class KeyByLinkFn extends DoFn<KV<String, CoGbkResult>, KV<String, ReliabilityArticle>> {
    private final TupleTag<ReliabilityArticle> factTag;
    private final TupleTag<String> linkTag;

    KeyByLinkFn(TupleTag<ReliabilityArticle> factTag, TupleTag<String> linkTag) {
      this.factTag = factTag;
      this.linkTag = linkTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, ReliabilityArticle>> out) {
      ReliabilityArticle a = e.getValue().getOnly(factTag, null);
      if (a == null) {
        return; // a link to an article that is not in this run
      }
      Set<String> keys = new TreeSet<>();
      e.getValue().getAll(linkTag).forEach(keys::add);
      for (String key : keys) {
        out.output(KV.of("s:" + key, a));
      }
    }
  }

  /** Every member of a story group gets the group's distinct publishers. */
  static final class GroupPublishersFn extends DoFn<KV<String, Iterable<ReliabilityArticle>>, KV<String, List<String>>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<ReliabilityArticle>> group,
        OutputReceiver<KV<String, List<String>>> out) {
      Set<String> publishers = new TreeSet<>();
      Set<String> members = new TreeSet<>();
      for (ReliabilityArticle a : group.getValue()) {
        publishers.addAll(a.publishersInCluster);
        if (a.publisher != null) {
          publishers.add(a.publisher);
        }
        members.add(a.articleId);
      }
      List<String> list = new ArrayList<>(publishers);
      for (String m : members) {
        out.output(KV.of(m, list));
      }
    }
  }

  static final class CountPublishersFn extends DoFn<KV<String, Iterable<List<String>>>, KV<String, Long>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<List<String>>> e, OutputReceiver<KV<String, Long>> out) {
      List<List<String>> groups = new ArrayList<>();
      e.getValue().forEach(groups::add);
      out.output(KV.of(e.getKey(), ReliabilityRows.storyPublishers(groups)));
    }
  }

  static final class KeyCitationFn extends DoFn<Citation, KV<String, Citation>> {
    @ProcessElement
    public void process(@Element Citation c, OutputReceiver<KV<String, Citation>> out) {
      out.output(KV.of(c.articleId, c));
    }
  }

  /** Per article: each citation's evidence (keyed by source) and the article's summary (keyed by publisher). */
  static final class JudgeFn extends DoFn<KV<String, CoGbkResult>, KV<String, ReliabilityEvidence>> {
    private final TupleTag<ReliabilityArticle> factTag;
    private final TupleTag<Long> countTag;
    private final TupleTag<Citation> citationTag;
    private final TupleTag<Boolean> quoteTag;
    private final TupleTag<KV<String, ReliabilityEvidence>> evidenceTag;
    private final TupleTag<KV<String, ReliabilityArticleSummary>> summaryTag;

    JudgeFn(TupleTag<ReliabilityArticle> factTag, TupleTag<Long> countTag, TupleTag<Citation> citationTag,
        TupleTag<Boolean> quoteTag, TupleTag<KV<String, ReliabilityEvidence>> evidenceTag,
        TupleTag<KV<String, ReliabilityArticleSummary>> summaryTag) {
      this.factTag = factTag;
      this.countTag = countTag;
      this.citationTag = citationTag;
      this.quoteTag = quoteTag;
      this.evidenceTag = evidenceTag;
      this.summaryTag = summaryTag;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, MultiOutputReceiver out) {
      ReliabilityArticle a = e.getValue().getOnly(factTag, null);
      long storyPublishers = e.getValue().getOnly(countTag, 0L);
      boolean quoteCorroborated = e.getValue().getAll(quoteTag).iterator().hasNext();
      List<ReliabilityEvidence> evidence = new ArrayList<>();
      for (Citation c : e.getValue().getAll(citationTag)) {
        ReliabilityEvidence ev = ReliabilityRows.evidence(c, storyPublishers, quoteCorroborated);
        evidence.add(ev);
        out.get(evidenceTag).output(KV.of(ev.source, ev));
      }
      if (a != null && a.publisher != null) {
        out.get(summaryTag).output(KV.of(a.publisher, ReliabilityRows.summary(a, evidence)));
      }
    }
  }

  static final class SourceRowFn extends DoFn<KV<String, Iterable<ReliabilityEvidence>>, SourceReliability> {
    private final ReliabilityRatings ratings;

    SourceRowFn(ReliabilityRatings ratings) {
      this.ratings = ratings;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<ReliabilityEvidence>> e, OutputReceiver<SourceReliability> out) {
      out.output(ReliabilityRows.source(e.getKey(), e.getValue(), ratings));
    }
  }

  static final class PublisherRowFn extends DoFn<KV<String, Iterable<ReliabilityArticleSummary>>, SourceReliability> {
    private final ReliabilityRatings ratings;
    /** Built in @Setup: the alias table gives a publisher's own domain for the prior. */
    private transient OutletAliases aliases;

    PublisherRowFn(ReliabilityRatings ratings) {
      this.ratings = ratings;
    }

    @Setup
    public void setup() {
      aliases = OutletAliases.builtIn();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<ReliabilityArticleSummary>> e,
        OutputReceiver<SourceReliability> out) {
      OutletAliases.Outlet o = aliases.byCanonical(e.getKey());
      out.output(ReliabilityRows.publisher(e.getKey(), e.getValue(), o == null ? null : o.domain(), ratings));
    }
  }
}
