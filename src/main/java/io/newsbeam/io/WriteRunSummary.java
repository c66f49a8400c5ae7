package io.newsbeam.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Wait;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes {@code run_summary.json} once every table is complete. In: the names of all written files (used
 * only as a {@link Wait#on} signal) plus count views given at construction. The summary reconciles the
 * ledger: {@code records_read = articles + duplicates + rejected}, with the difference when it does not
 * hold. Runner, options and times are descriptive and the only fields that may differ between two runs
 * over the same input.
 */
public final class WriteRunSummary extends PTransform<PCollection<String>, PDone> {
  public static final String FILE_NAME = "run_summary.json";

  /** The counts the summary reports, each a singleton (or map) view over the pipeline's collections. */
  public static final class Counts implements java.io.Serializable {
    final PCollectionView<Long> recordsRead;
    final PCollectionView<Long> articles;
    final PCollectionView<Long> duplicates;
    final PCollectionView<Long> rejected;
    final PCollectionView<Map<String, Long>> rejectedByReason;
    final PCollectionView<Map<String, Long>> nearDuplicates;

    public Counts(PCollectionView<Long> recordsRead, PCollectionView<Long> articles,
        PCollectionView<Long> duplicates, PCollectionView<Long> rejected,
        PCollectionView<Map<String, Long>> rejectedByReason,
        PCollectionView<Map<String, Long>> nearDuplicates) {
      this.nearDuplicates = nearDuplicates;
      this.recordsRead = recordsRead;
      this.articles = articles;
      this.duplicates = duplicates;
      this.rejected = rejected;
      this.rejectedByReason = rejectedByReason;
    }
  }

  private final String path;
  private final Counts counts;
  private final TreeMap<String, String> options;
  private final long startMillis;

  private WriteRunSummary(String path, Counts counts, Map<String, String> options, long startMillis) {
    this.path = path;
    this.counts = counts;
    this.options = new TreeMap<>(options);
    this.startMillis = startMillis;
  }

  /**
   * @param output the --output directory; the summary is {@code <output>/run_summary.json}
   * @param options option name to value as the user gave them, including {@code runner}
   * @param startMillis wall-clock start of the run, for {@code wall_time_seconds}
   */
  public static WriteRunSummary to(String output, Counts counts, Map<String, String> options, long startMillis) {
    String dir = output.endsWith("/") ? output : output + "/";
    return new WriteRunSummary(dir + FILE_NAME, counts, options, startMillis);
  }

  @Override
  public PDone expand(PCollection<String> writtenFiles) {
    writtenFiles.getPipeline()
        .apply("SummaryTrigger", Create.of(path))
        .apply("AfterTablesWritten", Wait.on(writtenFiles))
        .apply("WriteSummaryJson", ParDo.of(new WriteSummaryFn(counts, options, startMillis))
            .withSideInputs(counts.recordsRead, counts.articles, counts.duplicates, counts.rejected,
                counts.rejectedByReason, counts.nearDuplicates));
    return PDone.in(writtenFiles.getPipeline());
  }

  static final class WriteSummaryFn extends DoFn<String, Void> {
    private final Counts counts;
    private final TreeMap<String, String> options;
    private final long startMillis;

    WriteSummaryFn(Counts counts, TreeMap<String, String> options, long startMillis) {
      this.counts = counts;
      this.options = options;
      this.startMillis = startMillis;
    }

    @ProcessElement
    public void process(@Element String path, ProcessContext c) throws IOException {
      long read = c.sideInput(counts.recordsRead);
      long articles = c.sideInput(counts.articles);
      long duplicates = c.sideInput(counts.duplicates);
      long rejected = c.sideInput(counts.rejected);
      Map<String, Long> byReason = new TreeMap<>(c.sideInput(counts.rejectedByReason));
      RunSummary summary = new RunSummary(read, articles, duplicates, rejected, byReason,
          new TreeMap<>(c.sideInput(counts.nearDuplicates)));

      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = summary.toJson(mapper);
      root.put("runner", options.getOrDefault("runner", "DirectRunner"));
      ObjectNode opts = root.putObject("options");
      options.forEach(opts::put);
      long now = System.currentTimeMillis();
      root.put("started_at", Instant.ofEpochMilli(startMillis).toString());
      root.put("wall_time_seconds", (now - startMillis) / 1000.0);

      WritableByteChannel channel =
          FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.TEXT);
      try (OutputStream out = Channels.newOutputStream(channel)) {
        mapper.writeValue(out, root);
      }
    }
  }
}
