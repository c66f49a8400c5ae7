package io.newsbeam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbeam.dedup.ClusterNearDuplicates;
import io.newsbeam.dedup.DedupExact;
import io.newsbeam.dedup.LshBands;
import io.newsbeam.dedup.MinHasher;
import io.newsbeam.dedup.NearDupConfig;
import io.newsbeam.dedup.Shingler;
import io.newsbeam.model.Article;
import io.newsbeam.model.FieldOrigin;
import io.newsbeam.model.Paragraph;
import io.newsbeam.model.Provenance;
import io.newsbeam.normalize.ContentKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * The near-duplicate benchmark of issue 4 (not a test; {@code pipelines/bench/dedup.sh} runs it). Three modes,
 * each meant for a fresh JVM so that heap peaks do not mix:
 *
 * <ul>
 *   <li>{@code reference}: a plain single-threaded loop of the MinHash step (shingles, signature, band keys)
 *       over every body of the corpus, and the signature step alone against {@code info.debatty:java-lsh}
 *       on the first {@code --compare} bodies (same shingle sets, same number of permutations).
 *   <li>{@code signatures}: the same MinHash step as a Beam pipeline (read, parse, shingle, sign, band
 *       keys, count), so that Beam's overhead is a ratio to the reference.
 *   <li>{@code stage}: the whole dedup stage, {@link DedupExact} then {@link ClusterNearDuplicates} with the
 *       default {@link NearDupConfig}, over the corpus bodies; prints its statistics (candidate pairs,
 *       largest bucket, CC rounds, ...).
 * </ul>
 *
 * <p>Bodies are the generator's {@code maintext} as they are: reading and normalization are measured by
 * {@link PipelineBench}, and leaving them out keeps this figure about dedup.
 *
 * <pre>NearDupBench --mode=reference|signatures|stage --corpus=FILE [--runner=flink|direct] [--compare=20000]
 *     [--work=DIR]</pre>
 */
public final class NearDupBench {
  private NearDupBench() {}

  public static void main(String[] args) throws Exception {
    String mode = BenchSupport.arg(args, "mode", "stage");
    String corpus = BenchSupport.arg(args, "corpus", null);
    if (corpus == null) {
      System.err.println("usage: NearDupBench --mode=reference|signatures|stage --corpus=FILE [--runner=flink]");
      System.exit(2);
    }
    NearDupConfig config = NearDupConfig.defaults();
    BenchSupport.resetPeakHeap();
    switch (mode) {
      case "reference" -> reference(Paths.get(corpus), Integer.parseInt(BenchSupport.arg(args, "compare", "20000")), config);
      case "signatures", "stage" -> beam(mode, corpus, BenchSupport.arg(args, "runner", "flink"),
          Paths.get(BenchSupport.arg(args, "work", "target/bench")), config);
      default -> {
        System.err.println("unknown mode " + mode);
        System.exit(2);
      }
    }
  }

  // ---------------------------------------------------------------- reference and java-lsh

  private static void reference(Path corpus, int compare, NearDupConfig config) throws IOException {
    Shingler shingler = new Shingler(config.shingleSize);
    MinHasher minHasher = new MinHasher(config.permutations);
    LshBands bands = new LshBands(config.bands, config.rows);
    List<String> bodies = readBodies(corpus);
    // One untimed pass over a slice lets the JIT compile the loop before the timed pass.
    long checksum = minHashStep(bodies.subList(0, Math.min(bodies.size(), 5000)), shingler, minHasher, bands);
    long start = System.nanoTime();
    checksum += minHashStep(bodies, shingler, minHasher, bands);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT,
        "BENCH mode=reference step=shingles+signature+bands articles=%d wall_s=%.1f articles_per_s=%.0f"
            + " us_per_article=%.1f permutations=%d bands=%dx%d checksum=%x%n",
        bodies.size(), seconds, bodies.size() / seconds, seconds * 1e6 / bodies.size(), config.permutations,
        config.bands, config.rows, checksum);

    List<long[]> sets = new ArrayList<>();
    for (String body : bodies.subList(0, Math.min(compare, bodies.size()))) {
      long[] s = shingler.shingles(body);
      if (s.length > 0) {
        sets.add(s);
      }
    }
    bodies = null; // let the bodies go before java-lsh's boxed sets fill the heap
    List<Set<Integer>> boxed = new ArrayList<>(sets.size());
    for (long[] s : sets) {
      Set<Integer> set = new HashSet<>();
      for (long h : s) {
        set.add((int) (h >>> 33)); // the top 31 bits: a non-negative index below Integer.MAX_VALUE
      }
      boxed.add(set);
    }
    info.debatty.java.lsh.MinHash theirs =
        new info.debatty.java.lsh.MinHash(config.permutations, Integer.MAX_VALUE, MinHasher.SEED);
    double ours = 0;
    double lsh = 0;
    for (int round = 0; round < 2; round++) { // round 0 warms both up; round 1 is timed
      long t0 = System.nanoTime();
      for (long[] s : sets) {
        checksum += minHasher.signature(s)[0];
      }
      long t1 = System.nanoTime();
      for (Set<Integer> s : boxed) {
        checksum += theirs.signature(s)[0];
      }
      long t2 = System.nanoTime();
      ours = (t1 - t0) / 1e9;
      lsh = (t2 - t1) / 1e9;
    }
    System.out.printf(Locale.ROOT,
        "BENCH mode=signature-vs-java-lsh documents=%d permutations=%d newsbeam_s=%.2f java_lsh_s=%.2f"
            + " newsbeam_docs_per_s=%.0f java_lsh_docs_per_s=%.0f speedup=%.1fx peak_heap_mb=%d checksum=%x%n",
        sets.size(), config.permutations, ours, lsh, sets.size() / ours, sets.size() / lsh, lsh / ours,
        BenchSupport.peakHeapMb(), checksum);
  }

  private static long minHashStep(List<String> bodies, Shingler shingler, MinHasher minHasher, LshBands bands) {
    long checksum = 0;
    for (String body : bodies) {
      long[] shingles = shingler.shingles(body);
      if (shingles.length == 0) {
        continue;
      }
      int[] signature = minHasher.signature(shingles);
      for (int b = 0; b < bands.bands(); b++) {
        checksum += bands.key(signature, b);
      }
    }
    return checksum;
  }

  private static List<String> readBodies(Path corpus) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> bodies = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(corpus), 1 << 16), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String body = bodyOf(json, line);
        if (body != null) {
          bodies.add(body);
        }
      }
    }
    return bodies;
  }

  /** The record's {@code maintext}, or null for the generator's deliberately malformed lines. */
  static String bodyOf(ObjectMapper json, String line) {
    return bodyOf(parse(json, line));
  }

  private static JsonNode parse(ObjectMapper json, String line) {
    try {
      return json.readTree(line);
    } catch (IOException malformed) {
      return null;
    }
  }

  private static String bodyOf(JsonNode node) {
    JsonNode text = node == null ? null : node.get("maintext");
    return text != null && text.isTextual() && !text.asText().isBlank() ? text.asText() : null;
  }

  // ---------------------------------------------------------------- Beam

  private static void beam(String mode, String corpus, String runner, Path work, NearDupConfig config)
      throws IOException {
    List<String> options = new ArrayList<>();
    if (runner.equals("flink")) {
      options.addAll(List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));
    }
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs(options.toArray(new String[0])).create());
    PCollection<Article> articles = p
        .apply("ReadCorpus", TextIO.read().from(corpus).withCompression(Compression.GZIP))
        .apply("ParseArticles", ParDo.of(new ParseArticleFn()));
    try {
      articles.setCoder(p.getSchemaRegistry().getSchemaCoder(Article.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
    PCollection<KV<String, Long>> figures;
    if (mode.equals("signatures")) {
      figures = articles
          .apply("MinHashStep", ParDo.of(new BandKeysFn(config)))
          .apply("CountBandKeys", Count.globally())
          .apply("NameCount", MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
              .via(n -> KV.of("band_keys", n)));
    } else {
      PCollectionTuple exact = articles.apply("DedupExact", DedupExact.create());
      PCollectionTuple near = exact.apply("ClusterNearDuplicates", ClusterNearDuplicates.of(config));
      figures = PCollectionList
          .of(near.get(ClusterNearDuplicates.STATS))
          .and(near.get(ClusterNearDuplicates.ARTICLES).apply("CountArticles", Count.globally())
              .apply("NameArticles", MapElements.into(
                  TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                  .via(n -> KV.of("articles_out", n))))
          .and(near.get(ClusterNearDuplicates.DUPLICATES).apply("CountDuplicates", Count.globally())
              .apply("NameDuplicates", MapElements.into(
                  TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                  .via(n -> KV.of("duplicates_out", n))))
          .apply("AllFigures", Flatten.pCollections());
    }
    figures = PCollectionList.of(figures)
        .and(articles.apply("CountArticlesIn", Count.globally())
            .apply("NameArticlesIn", MapElements.into(
                TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                .via(n -> KV.of("articles_in", n))))
        .apply("FiguresAndInput", Flatten.pCollections());
    Path out = work.resolve("neardup-" + mode + "-" + runner);
    Files.createDirectories(out);
    figures.setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply("OneValuePerFigure", Sum.longsPerKey())
        .apply("Format", MapElements.into(TypeDescriptors.strings()).via(kv -> kv.getKey() + "=" + kv.getValue()))
        .apply("WriteFigures", TextIO.write().to(out.resolve("figures").toString()).withoutSharding());
    long start = System.nanoTime();
    double cpuStart = BenchSupport.processCpuSeconds();
    p.run().waitUntilFinish();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = BenchSupport.processCpuSeconds() - cpuStart;
    Map<String, String> read = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("figures"))) {
      int eq = line.indexOf('=');
      read.put(line.substring(0, eq), line.substring(eq + 1));
    }
    long articlesIn = Long.parseLong(read.getOrDefault("articles_in", "0"));
    StringBuilder rest = new StringBuilder();
    read.forEach((k, v) -> rest.append(' ').append(k).append('=').append(v));
    System.out.printf(Locale.ROOT,
        "BENCH mode=%s runner=%s corpus=%s wall_s=%.1f articles_per_s=%.0f us_per_article=%.1f cpu_s=%.1f"
            + " cpu_us_per_article=%.1f peak_heap_mb=%d%s%n",
        mode, runner, Paths.get(corpus).getFileName(), seconds, articlesIn / seconds, seconds * 1e6 / articlesIn,
        cpuSeconds, cpuSeconds * 1e6 / articlesIn, BenchSupport.peakHeapMb(), rest);
  }

  /** A generated record as an unmerged article keyed by its content hash, as normalization would key it. */
  static final class ParseArticleFn extends DoFn<String, Article> {
    private transient ObjectMapper json;

    @Setup
    public void setup() {
      json = new ObjectMapper();
    }

    @ProcessElement
    public void process(@Element String line, OutputReceiver<Article> out) {
      JsonNode node = parse(json, line);
      String body = bodyOf(node);
      if (body == null) {
        return;
      }
      List<Paragraph> paragraphs = List.of(Paragraph.plain(body));
      String publisher = node.path("source_domain").asText(null);
      out.output(new Article(ContentKey.of(paragraphs), node.path("title").asText(null), null, List.of(),
          publisher, null, null, null, node.path("url").asText(null), "en", "UTF-8", body, paragraphs,
          body.length() / 6, List.of(new Provenance(node.path("url").asText("?"), 0, 0)), 0,
          List.<FieldOrigin>of()));
    }
  }

  /** The reference's MinHash step inside Beam: one output per band key. */
  static final class BandKeysFn extends DoFn<Article, Long> {
    private final NearDupConfig config;
    private transient Shingler shingler;
    private transient MinHasher minHasher;
    private transient LshBands bands;

    BandKeysFn(NearDupConfig config) {
      this.config = config;
    }

    @Setup
    public void setup() {
      shingler = new Shingler(config.shingleSize);
      minHasher = new MinHasher(config.permutations);
      bands = new LshBands(config.bands, config.rows);
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<Long> out) {
      long[] shingles = shingler.shingles(a.body);
      if (shingles.length == 0) {
        return;
      }
      int[] signature = minHasher.signature(shingles);
      for (int b = 0; b < bands.bands(); b++) {
        out.output(bands.key(signature, b));
      }
    }
  }
}
