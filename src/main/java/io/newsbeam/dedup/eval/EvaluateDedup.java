package io.newsbeam.dedup.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbeam.dedup.ClusterNearDuplicates;
import io.newsbeam.dedup.DedupExact;
import io.newsbeam.dedup.NearDupConfig;
import io.newsbeam.generate.GenerateCorpus;
import io.newsbeam.generate.GeneratorConfig;
import io.newsbeam.io.InputFormat;
import io.newsbeam.io.ReadCorpus;
import io.newsbeam.io.ReaderConfig;
import io.newsbeam.model.Article;
import io.newsbeam.model.Duplicate;
import io.newsbeam.model.Provenance;
import io.newsbeam.normalize.NormalizeArticles;
import io.newsbeam.normalize.NormalizeConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;

/**
 * Measures near-duplicate clustering on a labelled generated corpus: generates it ({@link GenerateCorpus},
 * truth file included), runs read, normalize, exact dedup and {@link ClusterNearDuplicates} on embedded
 * Flink with parallelism 2 ({@code --runner flink}, the default) or on the DirectRunner ({@code --runner
 * direct}, much slower: it rebuilds DoFn state per bundle), and prints pairwise precision, recall, F1 and the
 * adjusted Rand index per copy kind. The runner is chosen by name, like {@code --runner} of the pipeline, so
 * nothing here imports a runner.
 *
 * <pre>
 * EvaluateDedup --articles 20000 --seed 7 [--runner flink|direct] [--work target/dedup-eval] [--shingleSize 4] [--permutations 128]
 *     [--bands 64] [--rows 2] [--jaccard 0.18] [--containment 0.35] [--bucketCap 200] [--componentCap 2000]
 *     [--ccRounds 4] [--frequentShare 0.01] [--frequentMinDocs 20]
 * </pre>
 */
public final class EvaluateDedup {
  public static final List<String> KINDS =
      List.of("exact", "near-light", "near-medium", "near-heavy", "near-half", "hard-negative", "all");
  public static final double MIN_PRECISION = 0.99;
  public static final double MIN_RECALL = 0.95;

  private EvaluateDedup() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = parse(args);
    Map<String, ClusterScores> scores = evaluate(Long.parseLong(a.getOrDefault("articles", "20000")),
        Long.parseLong(a.getOrDefault("seed", "7")), Paths.get(a.getOrDefault("work", "target/dedup-eval")),
        config(a), runnerArgs(a.getOrDefault("runner", "flink")), System.out);
    boolean ok = meetsBars(scores);
    System.out.println(ok ? "bars met: precision >= 0.99 and recall >= 0.95 at every strength"
        : "bars NOT met");
    System.exit(ok ? 0 : 1);
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> m = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value: " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }

  /** Beam options for {@code flink} (embedded mini cluster, parallelism 2) or {@code direct}. */
  static List<String> runnerArgs(String runner) {
    switch (runner) {
      case "flink":
        return List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
      case "direct":
        return List.of("--runner=DirectRunner", "--enforceImmutability=false", "--enforceEncodability=false",
            "--targetParallelism=2");
      default:
        throw new IllegalArgumentException("--runner must be flink or direct: " + runner);
    }
  }

  static NearDupConfig config(Map<String, String> a) {
    return NearDupConfig.of(
        Integer.parseInt(a.getOrDefault("shingleSize", "" + NearDupConfig.DEFAULT_SHINGLE_SIZE)),
        Integer.parseInt(a.getOrDefault("permutations", "" + NearDupConfig.DEFAULT_PERMUTATIONS)),
        Integer.parseInt(a.getOrDefault("bands", "" + NearDupConfig.DEFAULT_BANDS)),
        Integer.parseInt(a.getOrDefault("rows", "" + NearDupConfig.DEFAULT_ROWS)),
        Double.parseDouble(a.getOrDefault("jaccard", "" + NearDupConfig.DEFAULT_JACCARD)),
        Double.parseDouble(a.getOrDefault("containment", "" + NearDupConfig.DEFAULT_CONTAINMENT)),
        Integer.parseInt(a.getOrDefault("bucketCap", "" + NearDupConfig.DEFAULT_BUCKET_CAP)),
        Integer.parseInt(a.getOrDefault("componentCap", "" + NearDupConfig.DEFAULT_COMPONENT_CAP)),
        Integer.parseInt(a.getOrDefault("ccRounds", "" + NearDupConfig.DEFAULT_CC_ROUNDS)))
        .withFrequentShingles(
            Double.parseDouble(a.getOrDefault("frequentShare", "" + NearDupConfig.DEFAULT_FREQUENT_SHARE)),
            Integer.parseInt(a.getOrDefault("frequentMinDocs", "" + NearDupConfig.DEFAULT_FREQUENT_MIN_DOCS)));
  }

  /** Precision >= 0.99 and recall >= 0.95 for every near strength and exact copies; precision for hard negatives. */
  public static boolean meetsBars(Map<String, ClusterScores> scores) {
    for (String k : KINDS) {
      ClusterScores s = scores.get(k);
      if (s.precision() < MIN_PRECISION || (!k.equals("hard-negative") && s.recall() < MIN_RECALL)) {
        return false;
      }
    }
    return true;
  }

  public static Map<String, ClusterScores> evaluate(long articles, long seed, Path work, NearDupConfig config,
      List<String> runnerArgs, PrintStream out) throws IOException {
    Files.createDirectories(work);
    Path corpus = work.resolve("corpus-" + articles + "-" + seed + ".jsonl.gz");
    Path truth = work.resolve("truth-" + articles + "-" + seed + ".jsonl");
    if (!Files.exists(truth)) {
      GenerateCorpus.write(GeneratorConfig.of(articles, seed), corpus, truth);
    }
    Path result = work.resolve("clusters-" + articles + "-" + seed);
    try (Stream<Path> old = Files.list(work)) {
      for (Path p : (Iterable<Path>) old::iterator) {
        if (p.getFileName().toString().startsWith(result.getFileName().toString())) {
          Files.delete(p);
        }
      }
    }
    long t0 = System.nanoTime();
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs(runnerArgs.toArray(new String[0])).create());
    PCollectionTuple read = p.apply("ReadCorpus", ReadCorpus.of(List.of(corpus.toString()),
        ReaderConfig.of(InputFormat.AUTO, Map.of(), ReaderConfig.DEFAULT_MAX_ARTICLE_BYTES)));
    PCollectionTuple clustered = read.get(ReadCorpus.ARTICLES)
        .apply("NormalizeArticles", NormalizeArticles.of(NormalizeConfig.of(null, null)))
        .get(NormalizeArticles.ARTICLES)
        .apply("DedupExact", DedupExact.create())
        .apply("ClusterNearDuplicates", ClusterNearDuplicates.of(config));
    PCollection<String> lines = PCollectionList
        .of(clustered.get(ClusterNearDuplicates.ARTICLES).apply("ArticleLines", ParDo.of(new ArticleLinesFn())))
        .and(clustered.get(ClusterNearDuplicates.DUPLICATES).apply("DuplicateLines", ParDo.of(new DuplicateLinesFn())))
        .and(clustered.get(ClusterNearDuplicates.STATS).apply("StatLines", ParDo.of(new StatLinesFn())))
        .apply("AllLines", Flatten.pCollections());
    lines.apply("WriteLines", TextIO.write().to(result.toString()).withoutSharding());
    p.run().waitUntilFinish();
    double seconds = (System.nanoTime() - t0) / 1e9;

    Map<Long, String> clusterOfLine = new HashMap<>();
    Map<String, Long> stats = new TreeMap<>();
    for (String l : Files.readAllLines(result)) {
      String[] f = l.split("\t");
      if (f[0].equals("dup")) {
        continue;
      } else if (f[0].equals("stat")) {
        stats.put(f[1], Long.parseLong(f[2]));
      } else {
        clusterOfLine.put(Long.parseLong(f[0]), f[1]);
      }
    }
    ObjectMapper mapper = new ObjectMapper();
    List<ClusterScores.Item> all = new ArrayList<>();
    Map<String, List<ClusterScores.Item>> focus = new LinkedHashMap<>();
    Map<String, Set<String>> storiesOf = new HashMap<>();
    Map<String, List<ClusterScores.Item>> byStory = new HashMap<>();
    for (String k : KINDS) {
      focus.put(k, new ArrayList<>());
      storiesOf.put(k, new HashSet<>());
    }
    for (String l : Files.readAllLines(truth)) {
      JsonNode t = mapper.readTree(l);
      String cluster = clusterOfLine.get(t.get("line").asLong());
      if (cluster == null || t.path("story_id").isNull()) {
        continue; // rejected by the reader or normalizer (malformed lines)
      }
      String story = t.get("story_id").asText();
      String kind = t.get("kind").asText();
      ClusterScores.Item item = new ClusterScores.Item(story, cluster);
      all.add(item);
      byStory.computeIfAbsent(story, s -> new ArrayList<>()).add(item);
      focus.get("all").add(item);
      if (focus.containsKey(kind)) {
        focus.get(kind).add(item);
        storiesOf.get(kind).add(story);
        if (kind.equals("hard-negative") && !t.path("negative_of").isNull()) {
          storiesOf.get(kind).add(t.path("negative_of").path("story_id").asText());
        }
      }
    }
    Map<String, ClusterScores> scores = new LinkedHashMap<>();
    out.printf(Locale.ROOT, "near-duplicate evaluation: %d generated articles, seed %d, %s, %s, %.1f s%n",
        articles, seed, runnerArgs.get(0).substring("--runner=".length()), config, seconds);
    out.printf(Locale.ROOT, "%-14s %8s %10s %10s %9s %9s %7s %7s%n",
        "kind", "records", "gold_pairs", "pred_pairs", "precision", "recall", "f1", "ari");
    for (String k : KINDS) {
      List<ClusterScores.Item> subset = new ArrayList<>();
      if (k.equals("all")) {
        subset = all;
      } else {
        for (String s : new java.util.TreeSet<>(storiesOf.get(k))) {
          subset.addAll(byStory.getOrDefault(s, List.of()));
        }
      }
      ClusterScores s = ClusterScores.of(all, focus.get(k), subset);
      scores.put(k, s);
      out.printf(Locale.ROOT, "%-14s %8d %10d %10d %9.4f %9.4f %7.4f %7.4f%n", k, focus.get(k).size(),
          s.goldPositives, s.predictedPositives, s.precision(), s.recall(), s.f1(), s.ari);
    }
    out.println("stage figures: " + stats);
    return scores;
  }

  static final class ArticleLinesFn extends DoFn<Article, String> {
    @ProcessElement
    public void process(@Element Article a, OutputReceiver<String> out) {
      for (Provenance r : a.records) {
        out.output(r.line + "\t" + a.articleId);
      }
    }
  }

  static final class DuplicateLinesFn extends DoFn<Duplicate, String> {
    @ProcessElement
    public void process(@Element Duplicate d, OutputReceiver<String> out) {
      // the article already lists this record; nothing to add, but a row must not point elsewhere
      out.output("dup\t" + d.source.line + "\t" + d.articleId);
    }
  }

  static final class StatLinesFn extends DoFn<KV<String, Long>, String> {
    @ProcessElement
    public void process(@Element KV<String, Long> s, OutputReceiver<String> out) {
      out.output("stat\t" + s.getKey() + "\t" + s.getValue());
    }
  }
}
