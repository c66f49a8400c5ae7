package io.newsbeam.generate;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic news corpus with known duplicates, quotes and sources, plus a ground-truth file.
 *
 * <pre>
 * GenerateCorpus --articles N --seed S --out corpus.jsonl.gz --truth truth.jsonl
 *     [--exact-dup-share 0.05] [--near-dup-share 0.10] [--hard-negative-share 0.03] [--malformed-share 0.01]
 * </pre>
 *
 * <p><b>Corpus</b>: one JSON object per line, news-please field names in this order: title, maintext
 * (paragraphs separated by "\n"), date_publish ("YYYY-MM-DD HH:MM:SS", UTC), url, source_domain, authors,
 * language ("en"), description. Gzip if the path ends in ".gz". Malformed lines deviate on purpose.
 *
 * <p><b>Truth</b>: one JSON object per corpus line, same order (gzip if the path ends in ".gz"):
 * {@code line} (1-based corpus line number), {@code url}, {@code story_id} (shared by an original and all
 * its exact/near copies; null for malformed lines), {@code kind} (original, exact, near-light, near-medium,
 * near-heavy, near-half, hard-negative, malformed), {@code params} (the transformation's parameters, see
 * {@link CopyMaker}; {@code variant} for hard negatives and malformed lines), {@code copy_of} ({line, url,
 * story_id} of the copied original, else null), {@code negative_of} (the story a hard negative imitates),
 * {@code topic}, {@code quotes} ([{speaker, text, kind, start, end}]) and {@code sources} ([{name, text,
 * kind, start, end}]) — the gold quotes and agency citations in this line's maintext; start/end are
 * half-open Java-char (UTF-16) offsets into maintext, so {@code maintext.substring(start, end) == text}.
 *
 * <p>Deterministic: the same arguments give byte-identical files (seeded SplittableRandom, fixed field
 * order, Java's gzip header has no timestamp).
 */
public final class GenerateCorpus {
  static final int EXIT_OK = 0;
  static final int EXIT_USAGE = 2;
  static final int EXIT_IO = 1;

  static final String USAGE = String.join("\n",
      "usage: GenerateCorpus --articles N --seed S --out corpus.jsonl.gz --truth truth.jsonl",
      "         [--exact-dup-share 0.05] [--near-dup-share 0.10] [--hard-negative-share 0.03]",
      "         [--malformed-share 0.01] [--pool-size 1000]",
      "Writes N synthetic news articles (gzip JSONL, news-please fields) and a ground-truth JSONL file.",
      "Shares are fractions of N; originals are the rest. Same arguments give byte-identical output.");

  private GenerateCorpus() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != EXIT_OK) {
      System.exit(code);
    }
  }

  /** The CLI without System.exit: returns 0 on success, 2 on bad arguments, 1 on I/O failure. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Long articles = null;
    Long seed = null;
    Path corpus = null;
    Path truth = null;
    GeneratorConfig cfg;
    double exact = GeneratorConfig.DEFAULT_EXACT_DUP_SHARE;
    double near = GeneratorConfig.DEFAULT_NEAR_DUP_SHARE;
    double hard = GeneratorConfig.DEFAULT_HARD_NEGATIVE_SHARE;
    double malformed = GeneratorConfig.DEFAULT_MALFORMED_SHARE;
    int pool = GeneratorConfig.DEFAULT_POOL_SIZE;
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--help") || a.equals("-h")) {
          out.println(USAGE);
          return EXIT_OK;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value for " + a);
        }
        String v = args[++i];
        switch (a) {
          case "--articles": articles = Long.parseLong(v); break;
          case "--seed": seed = Long.parseLong(v); break;
          case "--out": corpus = Paths.get(v); break;
          case "--truth": truth = Paths.get(v); break;
          case "--exact-dup-share": exact = Double.parseDouble(v); break;
          case "--near-dup-share": near = Double.parseDouble(v); break;
          case "--hard-negative-share": hard = Double.parseDouble(v); break;
          case "--malformed-share": malformed = Double.parseDouble(v); break;
          case "--pool-size": pool = Integer.parseInt(v); break;
          default: throw new IllegalArgumentException("unknown option " + a);
        }
      }
      if (articles == null || seed == null || corpus == null || truth == null) {
        throw new IllegalArgumentException("--articles, --seed, --out and --truth are required");
      }
      cfg = GeneratorConfig.of(articles, seed).withExactDupShare(exact).withNearDupShare(near)
          .withHardNegativeShare(hard).withMalformedShare(malformed).withPoolSize(pool);
    } catch (IllegalArgumentException e) { // includes NumberFormatException
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return EXIT_USAGE;
    }
    long t0 = System.nanoTime();
    try {
      write(cfg, corpus, truth);
    } catch (IOException e) {
      err.println("error: " + e);
      return EXIT_IO;
    }
    out.printf(Locale.ROOT, "wrote %d articles to %s and truth to %s in %.1f s%n",
        cfg.articles, corpus, truth, (System.nanoTime() - t0) / 1e9);
    return EXIT_OK;
  }

  /** Generates the corpus and truth files for {@code cfg}; usable from benchmarks and tests. */
  public static void write(GeneratorConfig cfg, Path out, Path truth) throws IOException {
    try (Writer corpusWriter = open(out); Writer truthWriter = open(truth)) {
      new CorpusGenerator(cfg).run(corpusWriter, truthWriter);
    }
  }

  private static Writer open(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    OutputStream os = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
    if (path.getFileName().toString().endsWith(".gz")) {
      // GZIPOutputStream writes mtime 0 and a fixed OS byte: the output depends only on the content;
      // compression runs on its own thread, overlapping generation
      os = new AsyncOutputStream(new GZIPOutputStream(os, 1 << 16), "gzip " + path.getFileName());
    }
    return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
  }
}
