package io.newsbeam.dedup;

import io.newsbeam.beam.NonEmptyViews;
import io.newsbeam.dedup.Coders.Fate;
import io.newsbeam.dedup.Coders.HalfPair;
import io.newsbeam.model.Article;
import io.newsbeam.model.Duplicate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Max;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Finds and merges near-duplicate articles. In: the tuple {@link DedupExact} returns ({@link
 * DedupExact#ARTICLES}, {@link DedupExact#DUPLICATES}). Out: {@link #ARTICLES}, one article per story (a
 * near-duplicate cluster merged into its survivor, or an article left alone, with its cluster fields);
 * {@link #DUPLICATES}, the exact rows (re-pointed to the final cluster) plus one {@code near} row for every
 * input record of a merged-away article; {@link #STATS}, named figures for run_summary.json. Rejects nothing;
 * every input record stays exactly one article record or one duplicate row.
 *
 * <p>Recipe: word shingles per article; the frequent shingles (in more than {@link
 * NearDupConfig#frequentDocLimit} articles: shared phrases and boilerplate) by counting each article's
 * distinct shingles, as a side input; a MinHash signature per article over its other shingles; LSH bands to
 * buckets (a bucket above the cap is split, see {@link PairCandidatesFn}); distinct candidate pairs; each pair
 * verified on the exact shingle sets (Jaccard or containment, with shared edge paragraphs such as an outlet's
 * trailer set aside: {@link NearDupConfig#sameStory(BodyShingles, BodyShingles)}) after two joins that bring
 * both sides' {@link BodyShingles} to the pair (only articles in some candidate pair take part); connected
 * components over verified pairs ({@link LabelComponents}); the labels as a side input route each article
 * either straight out or to its component; per component the survivor ({@link SurvivorOrder}) and the chaining guard: a member merges only if it passes the same
 * rule against the survivor itself, else it stays an article of its own.
 */
public final class ClusterNearDuplicates extends PTransform<PCollectionTuple, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Duplicate> DUPLICATES = new TupleTag<>() {};
  public static final TupleTag<KV<String, Long>> STATS = new TupleTag<>() {};

  static final String CANDIDATE_PAIRS = "candidate_pairs";
  static final String VERIFIED_PAIRS = "verified_pairs";
  static final String LARGEST_BUCKET = "largest_bucket";
  static final String CAPPED_BUCKETS = "capped_buckets";
  static final String FREQUENT_SHINGLES = "frequent_shingles";
  static final String FREQUENT_DOC_LIMIT = "frequent_shingle_doc_limit";
  static final String SIGNED_BY_FREQUENT_ONLY = "signed_by_frequent_shingles_only";
  static final String CC_ROUNDS = "cc_rounds";
  static final String LARGEST_COMPONENT = "largest_component";
  static final String COMPONENTS_ABOVE_CAP = "components_above_cap";
  static final String NEAR_CLUSTERS = "near_clusters";
  static final String NEAR_MERGED_ARTICLES = "near_merged_articles";
  static final String LEFT_BY_CHAINING_GUARD = "left_by_chaining_guard";

  private static final TupleTag<KV<Long, String>> BAND_KEYS = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> CANDIDATES = new TupleTag<>() {};
  private static final TupleTag<KV<String, Long>> SUM = new TupleTag<>() {};
  private static final TupleTag<KV<String, Long>> MAX = new TupleTag<>() {};
  private static final TupleTag<BodyShingles> SHINGLES = new TupleTag<>() {};
  private static final TupleTag<String> PARTNER = new TupleTag<>() {};
  private static final TupleTag<HalfPair> HALF = new TupleTag<>() {};
  private static final TupleTag<KV<String, Article>> MEMBER = new TupleTag<>() {};
  private static final TupleTag<KV<String, Fate>> FATES = new TupleTag<>() {};
  private static final TupleTag<Duplicate> EXACT_ROW = new TupleTag<>() {};
  private static final TupleTag<Fate> FATE = new TupleTag<>() {};

  private static final KvCoder<String, String> PAIR_CODER = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
  private static final KvCoder<String, Long> STAT_CODER = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());

  private final NearDupConfig config;

  private ClusterNearDuplicates(NearDupConfig config) {
    this.config = config;
  }

  public static ClusterNearDuplicates of(NearDupConfig config) {
    return new ClusterNearDuplicates(config);
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple exact) {
    PCollection<Article> articles = exact.get(DedupExact.ARTICLES);
    PCollection<Duplicate> exactRows = exact.get(DedupExact.DUPLICATES);
    Coder<Article> articleCoder;
    Coder<Duplicate> duplicateCoder;
    try {
      articleCoder = articles.getPipeline().getSchemaRegistry().getSchemaCoder(Article.class);
      duplicateCoder = articles.getPipeline().getSchemaRegistry().getSchemaCoder(Duplicate.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }

    PCollection<KV<String, BodyShingles>> articleIdToShingles = articles
        .apply("ComputeShingles", ParDo.of(new ShinglesFn(config)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), Coders.BodyShinglesCoder.INSTANCE));

    PCollection<Long> articleCount = NonEmptyViews.combineGlobally("CountArticles", articles, Count.combineFn());
    PCollectionView<Long> articleCountView = articleCount.apply("ArticleCountView", View.asSingleton());
    PCollection<Long> frequentShingles = articleIdToShingles
        .apply("EmitShingles", ParDo.of(new EmitShinglesFn())).setCoder(BigEndianLongCoder.of())
        .apply("CountShingleArticles", Count.perElement())
        .apply("KeepFrequent", ParDo.of(new KeepFrequentFn(config, articleCountView))
            .withSideInputs(articleCountView))
        .setCoder(BigEndianLongCoder.of());
    PCollectionView<long[]> frequentView =
        NonEmptyViews.asSingleton("CollectFrequent", frequentShingles, new SortedLongsFn());

    PCollectionTuple bucketed = articleIdToShingles
        .apply("EmitBandKeys", ParDo.of(new BandKeysFn(config, frequentView))
            .withSideInputs(frequentView)
            .withOutputTags(BAND_KEYS, TupleTagList.of(SUM)));
    PCollectionTuple paired = bucketed.get(BAND_KEYS)
        .setCoder(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of()))
        .apply("GroupBuckets", GroupByKey.create())
        .apply("PairCandidates", ParDo.of(new PairCandidatesFn(config.bucketCap))
            .withOutputTags(CANDIDATES, TupleTagList.of(SUM).and(MAX)));
    PCollection<KV<String, String>> candidates = paired.get(CANDIDATES).setCoder(PAIR_CODER)
        .apply("DistinctCandidates", Distinct.create());

    // Only articles in some candidate pair need their shingles at the joins: most articles have no near
    // copy, and shipping every article's shingles through two shuffles was the stage's largest cost.
    PCollectionView<Map<String, Boolean>> inCandidatePair = NonEmptyViews.asMap("CandidateIdView", candidates
        .apply("CandidateIds", ParDo.of(new BothIdsFn()))
        .setCoder(StringUtf8Coder.of())
        .apply("DistinctCandidateIds", Distinct.create())
        .apply("CandidateIdsAsKeys", ParDo.of(new AsKeyFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of())), Boolean.TRUE);
    PCollection<KV<String, BodyShingles>> candidateShingles = articleIdToShingles
        .apply("KeepCandidateShingles", ParDo.of(new KeepListedFn<BodyShingles>(inCandidatePair))
            .withSideInputs(inCandidatePair))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), Coders.BodyShinglesCoder.INSTANCE));

    PCollection<KV<String, HalfPair>> secondToFirst = KeyedPCollectionTuple
        .of(SHINGLES, candidateShingles).and(PARTNER, candidates)
        .apply("JoinFirstShingles", CoGroupByKey.create())
        .apply("SendToSecond", ParDo.of(new SendToSecondFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), Coders.HalfPairCoder.INSTANCE));
    PCollection<KV<String, String>> verified = KeyedPCollectionTuple
        .of(SHINGLES, candidateShingles).and(HALF, secondToFirst)
        .apply("JoinSecondShingles", CoGroupByKey.create())
        .apply("VerifyPairs", ParDo.of(new VerifyPairsFn(config)))
        .setCoder(PAIR_CODER);

    PCollectionTuple components = verified.apply("LabelComponents", new LabelComponents(config.ccRounds));

    // The labels cover only articles in a verified pair (a few percent), so they travel as a side input and
    // the articles are routed without a shuffle of every article.
    PCollectionView<Map<String, String>> labels =
        NonEmptyViews.asMap("LabelView", components.get(LabelComponents.LABELS), NonEmptyViews.FILLER_KEY);
    PCollectionTuple routed = articles
        .apply("RouteByComponent", ParDo.of(new RouteFn(labels)).withSideInputs(labels)
            .withOutputTags(ARTICLES, TupleTagList.of(MEMBER)));
    routed.get(ARTICLES).setCoder(articleCoder);
    PCollectionTuple merged = routed.get(MEMBER).setCoder(KvCoder.of(StringUtf8Coder.of(), articleCoder))
        .apply("GroupComponents", GroupByKey.create())
        .apply("MergeComponents", ParDo.of(new MergeComponentsFn(config))
            .withOutputTags(ARTICLES, TupleTagList.of(DUPLICATES).and(FATES).and(SUM).and(MAX)));
    merged.get(ARTICLES).setCoder(articleCoder);
    merged.get(DUPLICATES).setCoder(duplicateCoder);
    merged.get(FATES).setCoder(KvCoder.of(StringUtf8Coder.of(), Coders.FateCoder.INSTANCE));

    PCollection<KV<String, Duplicate>> exactRowsByArticle = exactRows
        .apply("KeyExactRows", ParDo.of(new KeyRowFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), duplicateCoder));
    PCollection<KV<String, Fate>> fates = merged.get(FATES);
    PCollection<Duplicate> repointed = KeyedPCollectionTuple.of(EXACT_ROW, exactRowsByArticle).and(FATE, fates)
        .apply("JoinFates", CoGroupByKey.create())
        .apply("RepointExactRows", ParDo.of(new RepointFn()))
        .setCoder(duplicateCoder);

    PCollection<Article> outArticles = PCollectionList.of(routed.get(ARTICLES)).and(merged.get(ARTICLES))
        .apply("AllArticles", Flatten.pCollections());
    PCollection<Duplicate> outDuplicates = PCollectionList.of(repointed).and(merged.get(DUPLICATES))
        .apply("AllDuplicates", Flatten.pCollections());

    List<KV<String, Long>> zeros = new ArrayList<>();
    for (String name : List.of(CANDIDATE_PAIRS, VERIFIED_PAIRS, CAPPED_BUCKETS, FREQUENT_SHINGLES,
        SIGNED_BY_FREQUENT_ONLY, COMPONENTS_ABOVE_CAP,
        NEAR_CLUSTERS, NEAR_MERGED_ARTICLES, LEFT_BY_CHAINING_GUARD, LabelComponents.CHANGED_LAST_ROUND,
        LabelComponents.FINISHED_BY_GROUPING, LabelComponents.RESIDUAL_LABEL_PAIRS)) {
      zeros.add(KV.of(name, 0L));
    }
    List<KV<String, Long>> maxZeros = new ArrayList<>();
    for (String name : List.of(LARGEST_BUCKET, LARGEST_COMPONENT, FREQUENT_DOC_LIMIT, LabelComponents.ROUNDS_USED)) {
      maxZeros.add(KV.of(name, 0L));
    }
    PCollection<KV<String, Long>> sums = PCollectionList
        .of(articles.getPipeline().apply("StatZeros", Create.of(zeros).withCoder(STAT_CODER)))
        .and(bucketed.get(SUM).setCoder(STAT_CODER))
        .and(paired.get(SUM).setCoder(STAT_CODER))
        .and(frequentShingles.apply("CountFrequent", ParDo.of(new StatFn<Long>(FREQUENT_SHINGLES)))
            .setCoder(STAT_CODER))
        .and(merged.get(SUM).setCoder(STAT_CODER))
        .and(components.get(LabelComponents.STATS_SUM))
        .and(candidates.apply("CountCandidates", ParDo.of(new StatFn<KV<String, String>>(CANDIDATE_PAIRS)))
            .setCoder(STAT_CODER))
        .and(verified.apply("CountVerified", ParDo.of(new StatFn<KV<String, String>>(VERIFIED_PAIRS)))
            .setCoder(STAT_CODER))
        .apply("SumStatParts", Flatten.pCollections())
        .apply("SumStats", Sum.longsPerKey());
    PCollection<KV<String, Long>> maxes = PCollectionList
        .of(articles.getPipeline().apply("MaxStatZeros", Create.of(maxZeros).withCoder(STAT_CODER)))
        .and(paired.get(MAX).setCoder(STAT_CODER))
        .and(articleCount.apply("FrequentLimit", ParDo.of(new LimitStatFn(config))).setCoder(STAT_CODER))
        .and(merged.get(MAX).setCoder(STAT_CODER))
        .and(components.get(LabelComponents.STATS_MAX))
        .apply("MaxStatParts", Flatten.pCollections())
        .apply("MaxStats", Max.longsPerKey());
    PCollection<KV<String, Long>> rounds = articles.getPipeline()
        .apply("RoundsUnrolled", Create.of(KV.of(CC_ROUNDS, (long) config.ccRounds)).withCoder(STAT_CODER));
    PCollection<KV<String, Long>> stats = PCollectionList.of(sums).and(maxes).and(rounds)
        .apply("AllStats", Flatten.pCollections());

    return PCollectionTuple.of(ARTICLES, outArticles).and(DUPLICATES, outDuplicates).and(STATS, stats);
  }

  static final class ShinglesFn extends DoFn<Article, KV<String, BodyShingles>> {
    private final NearDupConfig config;
    private transient Shingler shingler;

    ShinglesFn(NearDupConfig config) {
      this.config = config;
    }

    @Setup
    public void setup() {
      shingler = new Shingler(config.shingleSize);
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, BodyShingles>> out) {
      out.output(KV.of(a.articleId, BodyShingles.of(shingler, a.body)));
    }
  }

  /** Every distinct shingle of an article once (the shingle arrays are already distinct). */
  static final class EmitShinglesFn extends DoFn<KV<String, BodyShingles>, Long> {
    @ProcessElement
    public void process(@Element KV<String, BodyShingles> e, OutputReceiver<Long> out) {
      for (long h : e.getValue().all) {
        out.output(h);
      }
    }
  }

  /** Keeps a shingle present in more than {@link NearDupConfig#frequentDocLimit} articles. */
  static final class KeepFrequentFn extends DoFn<KV<Long, Long>, Long> {
    private final NearDupConfig config;
    private final PCollectionView<Long> articleCount;

    KeepFrequentFn(NearDupConfig config, PCollectionView<Long> articleCount) {
      this.config = config;
      this.articleCount = articleCount;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (c.element().getValue() > config.frequentDocLimit(c.sideInput(articleCount))) {
        c.output(c.element().getKey());
      }
    }
  }

  /** The frequent shingles as one sorted array (a few thousand at most: each is in > limit articles). */
  static final class SortedLongsFn extends Combine.CombineFn<Long, List<Long>, long[]> {
    @Override
    public List<Long> createAccumulator() {
      return new ArrayList<>();
    }

    @Override
    public List<Long> addInput(List<Long> acc, Long input) {
      acc.add(input);
      return acc;
    }

    @Override
    public List<Long> mergeAccumulators(Iterable<List<Long>> accs) {
      List<Long> all = new ArrayList<>();
      accs.forEach(all::addAll);
      return all;
    }

    @Override
    public long[] extractOutput(List<Long> acc) {
      return acc.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    @Override
    public Coder<List<Long>> getAccumulatorCoder(CoderRegistry registry, Coder<Long> inputCoder) {
      return ListCoder.of(BigEndianLongCoder.of());
    }

    @Override
    public Coder<long[]> getDefaultOutputCoder(CoderRegistry registry, Coder<Long> inputCoder) {
      return Coders.LongArrayCoder.INSTANCE;
    }
  }

  static final class LimitStatFn extends DoFn<Long, KV<String, Long>> {
    private final NearDupConfig config;

    LimitStatFn(NearDupConfig config) {
      this.config = config;
    }

    @ProcessElement
    public void process(@Element Long articles, OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of(FREQUENT_DOC_LIMIT, config.frequentDocLimit(articles)));
    }
  }

  /**
   * The MinHash signature of an article's shingles without the frequent ones, cut into band keys. An article
   * whose shingles are all frequent is signed by all of them (counted), so it can still meet its copies.
   */
  static final class BandKeysFn extends DoFn<KV<String, BodyShingles>, KV<Long, String>> {
    private final NearDupConfig config;
    private final PCollectionView<long[]> frequent;
    private transient MinHasher minHasher;
    private transient LshBands bands;

    BandKeysFn(NearDupConfig config, PCollectionView<long[]> frequent) {
      this.config = config;
      this.frequent = frequent;
    }

    @Setup
    public void setup() {
      minHasher = new MinHasher(config.permutations);
      bands = new LshBands(config.bands, config.rows);
    }

    @ProcessElement
    public void process(ProcessContext c) {
      long[] shingles = c.element().getValue().all;
      if (shingles.length == 0) {
        return; // nothing to compare: an article without words is never a near duplicate
      }
      long[] rare = ShingleSets.difference(shingles, c.sideInput(frequent));
      if (rare.length == 0) {
        rare = shingles;
        c.output(SUM, KV.of(SIGNED_BY_FREQUENT_ONLY, 1L));
      }
      int[] signature = minHasher.signature(rare);
      for (int b = 0; b < bands.bands(); b++) {
        c.output(KV.of(bands.key(signature, b), c.element().getKey()));
      }
    }
  }

  /**
   * All pairs of a bucket, smaller id first. A bucket above the cap (shared boilerplate) is not expanded
   * into n² pairs: its ids, sorted, are cut into consecutive slices of {@code cap}; pairs are formed inside
   * each slice, and every member is paired with the bucket's smallest id, so at most n·cap/2 + n pairs leave
   * it and every verified link still reaches one component.
   */
  static final class PairCandidatesFn extends DoFn<KV<Long, Iterable<String>>, KV<String, String>> {
    private final int cap;

    PairCandidatesFn(int cap) {
      this.cap = cap;
    }

    @ProcessElement
    public void process(@Element KV<Long, Iterable<String>> bucket, MultiOutputReceiver out) {
      List<String> ids = new ArrayList<>();
      bucket.getValue().forEach(ids::add);
      if (ids.size() < 2) {
        return;
      }
      ids.sort(null);
      out.get(MAX).output(KV.of(LARGEST_BUCKET, (long) ids.size()));
      boolean capped = ids.size() > cap;
      if (capped) {
        out.get(SUM).output(KV.of(CAPPED_BUCKETS, 1L));
      }
      int slice = capped ? cap : ids.size();
      for (int from = 0; from < ids.size(); from += slice) {
        int to = Math.min(ids.size(), from + slice);
        for (int i = from; i < to; i++) {
          for (int j = i + 1; j < to; j++) {
            emit(out, ids.get(i), ids.get(j));
          }
          if (capped && from > 0) {
            emit(out, ids.get(0), ids.get(i));
          }
        }
      }
    }

    private static void emit(MultiOutputReceiver out, String a, String b) {
      if (!a.equals(b)) {
        out.get(CANDIDATES).output(KV.of(a, b));
      }
    }
  }

  /** For article a with its shingles: sends them to every candidate partner b. */
  static final class SendToSecondFn extends DoFn<KV<String, CoGbkResult>, KV<String, HalfPair>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, HalfPair>> out) {
      BodyShingles shingles = e.getValue().getOnly(SHINGLES);
      HalfPair half = new HalfPair(e.getKey(), shingles);
      for (String partner : e.getValue().getAll(PARTNER)) {
        out.output(KV.of(partner, half));
      }
    }
  }

  static final class VerifyPairsFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final NearDupConfig config;

    VerifyPairsFn(NearDupConfig config) {
      this.config = config;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, String>> out) {
      BodyShingles shingles = e.getValue().getOnly(SHINGLES);
      for (HalfPair other : e.getValue().getAll(HALF)) {
        if (config.sameStory(shingles, other.shingles)) {
          out.output(KV.of(other.id, e.getKey()));
        }
      }
    }
  }

  /** Articles in no verified pair go straight out; the others are keyed by their component label. */
  static final class RouteFn extends DoFn<Article, Article> {
    private final PCollectionView<Map<String, String>> labels;

    RouteFn(PCollectionView<Map<String, String>> labels) {
      this.labels = labels;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Article a = c.element();
      String label = c.sideInput(labels).get(a.articleId);
      if (label == null) {
        c.output(a);
      } else {
        c.output(MEMBER, KV.of(label, a));
      }
    }
  }

  /** Both ids of a candidate pair. */
  static final class BothIdsFn extends DoFn<KV<String, String>, String> {
    @ProcessElement
    public void process(@Element KV<String, String> pair, OutputReceiver<String> out) {
      out.output(pair.getKey());
      out.output(pair.getValue());
    }
  }

  /** An id as a map key (Beam's map views need a value). */
  static final class AsKeyFn extends DoFn<String, KV<String, Boolean>> {
    @ProcessElement
    public void process(@Element String id, OutputReceiver<KV<String, Boolean>> out) {
      out.output(KV.of(id, Boolean.TRUE));
    }
  }

  /** Keeps the elements whose key is in the side-input map. */
  static final class KeepListedFn<V> extends DoFn<KV<String, V>, KV<String, V>> {
    private final PCollectionView<Map<String, Boolean>> listed;

    KeepListedFn(PCollectionView<Map<String, Boolean>> listed) {
      this.listed = listed;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      if (c.sideInput(listed).containsKey(c.element().getKey())) {
        c.output(c.element());
      }
    }
  }

  /**
   * One component: the survivor by {@link SurvivorOrder}; the chaining guard keeps only members that pass
   * the verification rule against the survivor itself; a component above the cap is flagged and left
   * unmerged.
   */
  static final class MergeComponentsFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    private final NearDupConfig config;
    private transient Shingler shingler;

    MergeComponentsFn(NearDupConfig config) {
      this.config = config;
    }

    @Setup
    public void setup() {
      shingler = new Shingler(config.shingleSize);
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<Article>> component, MultiOutputReceiver out) {
      List<Article> members = new ArrayList<>();
      component.getValue().forEach(members::add);
      members.sort(SurvivorOrder.INSTANCE);
      out.get(MAX).output(KV.of(LARGEST_COMPONENT, (long) members.size()));
      if (members.size() > config.componentCap) {
        out.get(SUM).output(KV.of(COMPONENTS_ABOVE_CAP, 1L));
        members.forEach(out.get(ARTICLES)::output);
        return;
      }
      Article survivor = members.get(0);
      BodyShingles survivorShingles = BodyShingles.of(shingler, survivor.body);
      List<Article> kept = new ArrayList<>();
      kept.add(survivor);
      Map<String, double[]> measures = new HashMap<>();
      for (Article m : members.subList(1, members.size())) {
        BodyShingles s = BodyShingles.of(shingler, m.body);
        if (config.sameStory(survivorShingles, s)) {
          kept.add(m);
          measures.put(m.articleId, new double[] {
              ShingleSets.jaccard(survivorShingles.all, s.all), ShingleSets.containment(survivorShingles.all, s.all)});
        } else {
          out.get(SUM).output(KV.of(LEFT_BY_CHAINING_GUARD, 1L));
          out.get(ARTICLES).output(m);
        }
      }
      if (kept.size() == 1) {
        out.get(ARTICLES).output(survivor);
        return;
      }
      CopyMerger.Merged merged = CopyMerger.merge(kept, Duplicate.NEAR,
          a -> measures.get(a.articleId)[0], a -> measures.get(a.articleId)[1]);
      out.get(ARTICLES).output(merged.article);
      merged.duplicates.forEach(out.get(DUPLICATES)::output);
      for (Article m : kept) {
        out.get(FATES).output(KV.of(m.articleId,
            new Fate(survivor.articleId, merged.article.clusterId, m != survivor)));
      }
      out.get(SUM).output(KV.of(NEAR_CLUSTERS, 1L));
      out.get(SUM).output(KV.of(NEAR_MERGED_ARTICLES, (long) kept.size() - 1));
    }
  }

  static final class KeyRowFn extends DoFn<Duplicate, KV<String, Duplicate>> {
    @ProcessElement
    public void process(@Element Duplicate d, OutputReceiver<KV<String, Duplicate>> out) {
      out.output(KV.of(d.articleId, d));
    }
  }

  /**
   * Exact rows of a survivor get its new cluster id; exact rows of a merged-away article are dropped,
   * because the merge already wrote a {@code near} row for each of its records (one row per record).
   */
  static final class RepointFn extends DoFn<KV<String, CoGbkResult>, Duplicate> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<Duplicate> out) {
      Fate fate = e.getValue().getOnly(FATE, null);
      for (Duplicate d : e.getValue().getAll(EXACT_ROW)) {
        if (fate == null) {
          out.output(d);
        } else if (!fate.mergedAway) {
          out.output(new Duplicate(d.source, d.articleId, d.method, d.similarity, d.containment, fate.clusterId));
        }
      }
    }
  }

  static final class StatFn<T> extends DoFn<T, KV<String, Long>> {
    private final String name;

    StatFn(String name) {
      this.name = name;
    }

    @ProcessElement
    public void process(OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of(name, 1L));
    }
  }
}
