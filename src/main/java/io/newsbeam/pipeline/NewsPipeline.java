package io.newsbeam.pipeline;

import io.newsbeam.aggregate.CorroborateByQuotes;
import io.newsbeam.aggregate.CountSpeakers;
import io.newsbeam.aggregate.ScoreSourceReliability;
import io.newsbeam.beam.NonEmptyViews;
import io.newsbeam.dedup.ClusterNearDuplicates;
import io.newsbeam.dedup.DedupExact;
import io.newsbeam.dedup.NearDupConfig;
import io.newsbeam.io.OutputDirectory;
import io.newsbeam.io.ReadCorpus;
import io.newsbeam.io.ReaderConfig;
import io.newsbeam.io.WriteRunSummary;
import io.newsbeam.io.WriteTables;
import io.newsbeam.model.Article;
import io.newsbeam.model.Duplicate;
import io.newsbeam.model.Citation;
import io.newsbeam.model.Quote;
import io.newsbeam.model.RawArticle;
import io.newsbeam.model.SourceReliability;
import io.newsbeam.schema.CitationRecords;
import io.newsbeam.schema.SourceReliabilityRecords;
import io.newsbeam.sources.ExtractCitations;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import io.newsbeam.model.SpeakerFrequency;
import io.newsbeam.quotes.AttributeQuotes;
import io.newsbeam.schema.MentionRecords;
import io.newsbeam.schema.OutputTable;
import io.newsbeam.schema.QuoteRecords;
import io.newsbeam.schema.SpeakerFrequencyRecords;
import io.newsbeam.model.Rejected;
import io.newsbeam.normalize.NormalizeArticles;
import io.newsbeam.normalize.NormalizeConfig;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Wires the batch pipeline: read -> normalize -> exact dedup -> near-duplicate clusters -> Parquet tables -> run_summary.json.
 * Scripts, tests and {@link Main} all go through {@link #run}; the runner comes only from {@code --runner}.
 */
public final class NewsPipeline {
  /** Where FileIO stages files inside --output; removed by {@link OutputDirectory#finish}. */
  public static final String TEMP_DIR = ".temp-beam";

  private NewsPipeline() {}

  public static PipelineResult run(NewsbeamOptions options) {
    return create(options).run();
  }

  /**
   * The built pipeline, not yet running. Unusable option values (a missing --ratings, --sourceAliases or
   * --speakerAliases file, a bad --fieldMap) fail here, before any work, with IllegalArgumentException or UncheckedIOException.
   */
  public static Pipeline create(NewsbeamOptions options) {
    long start = System.currentTimeMillis();
    Pipeline p = Pipeline.create(options);
    build(p, options, start);
    return p;
  }

  public static void build(Pipeline p, NewsbeamOptions options, long startMillis) {
    ReaderConfig readerConfig = ReaderConfig.of(options.getInputFormat(),
        options.getFieldMap() == null ? Map.of() : ReaderConfig.parseFieldMap(options.getFieldMap()),
        options.getMaxArticleBytes());
    NormalizeConfig normalizeConfig = NormalizeConfig.of(options.getDateOrder(), options.getBoilerplateFile());

    PCollectionTuple read = p.apply("ReadCorpus", ReadCorpus.of(options.getInput(), readerConfig));
    PCollection<RawArticle> rawArticles = read.get(ReadCorpus.ARTICLES);
    PCollectionTuple normalized = rawArticles.apply("NormalizeArticles", NormalizeArticles.of(normalizeConfig));
    PCollectionTuple deduped =
        normalized.get(NormalizeArticles.ARTICLES).apply("DedupExact", DedupExact.create());

    PCollection<Article> articles;
    PCollection<Duplicate> duplicates;
    PCollection<KV<String, Long>> nearDupStats;
    if (options.getNearDuplicates()) {
      PCollectionTuple clustered = deduped.apply("ClusterNearDuplicates",
          ClusterNearDuplicates.of(nearDupConfig(options)));
      articles = clustered.get(ClusterNearDuplicates.ARTICLES);
      duplicates = clustered.get(ClusterNearDuplicates.DUPLICATES);
      nearDupStats = clustered.get(ClusterNearDuplicates.STATS);
    } else {
      articles = deduped.get(DedupExact.ARTICLES);
      duplicates = deduped.get(DedupExact.DUPLICATES);
      nearDupStats = p.apply("NoNearDupStats",
          Create.empty(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
    }
    PCollection<Rejected> rejected = PCollectionList.of(read.get(ReadCorpus.REJECTED))
        .and(normalized.get(NormalizeArticles.REJECTED))
        .apply("AllRejected", Flatten.pCollections());

    String output = options.getOutput();
    String temp = OutputDirectory.resolve(output, TEMP_DIR);
    PCollection<String> ledgerFiles = PCollectionTuple.of(WriteTables.ARTICLES, articles)
        .and(WriteTables.DUPLICATES, duplicates)
        .and(WriteTables.REJECTED, rejected)
        .apply("WriteTables", WriteTables.to(output, temp));
    PCollectionTuple quotesAndMentions =
        articles.apply("AttributeQuotes", AttributeQuotes.withAliasFile(options.getSpeakerAliases()));
    PCollection<String> writtenFiles = PCollectionList.of(ledgerFiles)
        .and(writeQuoteTables(quotesAndMentions, output, temp))
        .and(writeSourceTables(articles, quotesAndMentions.get(AttributeQuotes.QUOTES), options, temp))
        .apply("AllTablesWritten", Flatten.pCollections());

    WriteRunSummary.Counts counts = new WriteRunSummary.Counts(
        recordsRead(rawArticles, read.get(ReadCorpus.REJECTED)),
        countOf(articles, "CountArticles"),
        countOf(duplicates, "CountDuplicates"),
        countOf(rejected, "CountRejected"),
        NonEmptyViews.countPerValue("ReasonCounts", rejected
            .apply("RejectReasons", MapElements.into(TypeDescriptors.strings()).via((Rejected r) -> r.reason))),
        // never empty: the stage emits every statistic, zero or not (see NonEmptyViews for why that matters)
        nearDupStats.apply("NearDupStats", View.asMap()));
    writtenFiles.apply("WriteRunSummary",
        WriteRunSummary.to(output, counts, describe(options), startMillis));
  }

  /** Who said what: quotes, mentions and speaker frequencies over the deduplicated articles. */
  private static PCollection<String> writeQuoteTables(PCollectionTuple quotesAndMentions, String output,
      String temp) {
    PCollection<SpeakerFrequency> speakerFrequency =
        quotesAndMentions.apply("CountSpeakers", CountSpeakers.create());
    return PCollectionList
        .of(WriteTables.writeTable(quotesAndMentions.get(AttributeQuotes.QUOTES), "WriteQuotes",
            OutputTable.QUOTES, QuoteRecords::toRecord, output, temp))
        .and(WriteTables.writeTable(quotesAndMentions.get(AttributeQuotes.MENTIONS), "WriteMentions",
            OutputTable.MENTIONS, MentionRecords::toRecord, output, temp))
        .and(WriteTables.writeTable(speakerFrequency, "WriteSpeakerFrequency",
            OutputTable.SPEAKER_FREQUENCY, SpeakerFrequencyRecords::toRecord, output, temp))
        .apply("QuoteTablesWritten", Flatten.pCollections());
  }

  /**
   * Which sources a story rests on, and what the citation patterns say about each source and publisher. The quotes
   * give the second corroboration path: a same-speaker quote that another publisher also ran.
   */
  private static PCollection<String> writeSourceTables(PCollection<Article> articles, PCollection<Quote> quotes,
      NewsbeamOptions options, String temp) {
    String output = options.getOutput();
    PCollection<Citation> citations = articles.apply("ExtractCitations",
        ExtractCitations.create().withAliasFile(options.getSourceAliases()));
    PCollection<KV<String, Boolean>> quoteCorroborated =
        quotes.apply("CorroborateByQuotes", CorroborateByQuotes.create());
    PCollection<SourceReliability> reliability = PCollectionTuple.of(ScoreSourceReliability.CITATIONS, citations)
        .and(ScoreSourceReliability.ARTICLES, articles)
        .and(ScoreSourceReliability.QUOTE_CORROBORATED, quoteCorroborated)
        .apply("ScoreSourceReliability", ScoreSourceReliability.create().withRatingsFile(options.getRatings()));
    return PCollectionList
        .of(WriteTables.writeTable(citations, "WriteCitations", OutputTable.CITATIONS,
            CitationRecords::toRecord, output, temp))
        .and(WriteTables.writeTable(reliability, "WriteSourceReliability", OutputTable.SOURCE_RELIABILITY,
            SourceReliabilityRecords::toRecord, output, temp))
        .apply("SourceTablesWritten", Flatten.pCollections());
  }

  /** The near-duplicate settings from the command line. */
  public static NearDupConfig nearDupConfig(NewsbeamOptions o) {
    return NearDupConfig.of(o.getShingleSize(), o.getMinhashPermutations(), o.getLshBands(), o.getLshRows(),
        o.getNearJaccard(), o.getNearContainment(), o.getLshBucketCap(), o.getComponentCap(), o.getCcRounds());
  }

  private static <T> PCollectionView<Long> countOf(PCollection<T> rows, String label) {
    return NonEmptyViews.asSingleton(label, rows, Count.combineFn());
  }

  /** Every record a reader produced, good or rejected: the left side of the reconciliation. */
  private static PCollectionView<Long> recordsRead(PCollection<RawArticle> articles, PCollection<Rejected> rejected) {
    PCollection<Long> articleCount = NonEmptyViews.combineGlobally("CountReadArticles", articles, Count.combineFn());
    PCollection<Long> rejectedCount = NonEmptyViews.combineGlobally("CountReadRejected", rejected, Count.combineFn());
    return NonEmptyViews.asSingleton("RecordsRead", PCollectionList.of(articleCount).and(rejectedCount)
        .apply("ReadCounts", Flatten.pCollections()), Sum.ofLongs());
  }

  /** The options as the user gave them, for run_summary.json (null: not given). */
  static Map<String, String> describe(NewsbeamOptions o) {
    Map<String, String> m = new TreeMap<>();
    m.put("runner", o.getRunner().getSimpleName());
    m.put("input", String.join(",", o.getInput()));
    m.put("output", o.getOutput());
    m.put("overwrite", Boolean.toString(o.getOverwrite()));
    m.put("inputFormat", o.getInputFormat().name());
    m.put("fieldMap", o.getFieldMap());
    m.put("maxArticleBytes", Long.toString(o.getMaxArticleBytes()));
    m.put("dateOrder", o.getDateOrder() == null ? null : o.getDateOrder().name());
    m.put("boilerplateFile", o.getBoilerplateFile());
    m.put("nearDuplicates", Boolean.toString(o.getNearDuplicates()));
    m.put("sourceAliases", o.getSourceAliases());
    m.put("speakerAliases", o.getSpeakerAliases());
    m.put("ratings", o.getRatings());
    m.put("nearDup", nearDupConfig(o).toString());
    return m;
  }
}
