package io.newsbeam.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbeam.pipeline.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times one whole pipeline run over a corpus in this JVM and prints records per second, wall time and peak
 * heap. Not a test: pipelines/bench/pipeline.sh runs it once per runner, each in a fresh JVM so that heap
 * peaks do not mix.
 *
 * <pre>PipelineBench --corpus=FILE --runner=direct|flink --work=DIR</pre>
 */
public final class PipelineBench {
  private PipelineBench() {}

  public static void main(String[] args) throws Exception {
    String corpus = BenchSupport.arg(args, "corpus", null);
    String runner = BenchSupport.arg(args, "runner", "direct");
    Path work = Paths.get(BenchSupport.arg(args, "work", "target/bench"));
    if (corpus == null) {
      System.err.println("usage: PipelineBench --corpus=FILE --runner=direct|flink --work=DIR");
      System.exit(2);
    }
    Path output = work.resolve("out-" + runner);
    List<String> pipelineArgs = new ArrayList<>(List.of("--input=" + corpus, "--output=" + output, "--overwrite"));
    if (runner.equals("flink")) {
      pipelineArgs.addAll(List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2"));
    }

    BenchSupport.resetPeakHeap();
    long start = System.nanoTime();
    int code = Main.run(pipelineArgs.toArray(new String[0]), System.out, System.err);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peakHeapMb = BenchSupport.peakHeapMb();
    if (code != 0) {
      System.err.println("bench: pipeline exited with " + code);
      System.exit(code);
    }
    JsonNode summary = new ObjectMapper().readTree(Files.readString(output.resolve("run_summary.json")));
    long records = summary.get("records_read").asLong();
    System.out.printf(Locale.ROOT,
        "BENCH runner=%s records=%d articles=%d duplicates=%d rejected=%d wall_s=%.1f records_per_s=%.0f"
            + " peak_heap_mb=%d cores=%d%n",
        runner, records, summary.at("/tables/articles").asLong(), summary.at("/tables/duplicates").asLong(),
        summary.at("/tables/rejected").asLong(), seconds, records / seconds, peakHeapMb,
        Runtime.getRuntime().availableProcessors());
  }
}
