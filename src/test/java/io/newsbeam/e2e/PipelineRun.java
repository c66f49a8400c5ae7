package io.newsbeam.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbeam.pipeline.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Runs {@link Main} in this JVM the way the launch script does, capturing what it prints. */
final class PipelineRun {
  static final Path TESTDATA = Paths.get("testdata").toAbsolutePath();
  static final List<String> FLINK = List.of("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");

  final int exitCode;
  final String stdout;
  final String stderr;
  final Path output;

  private PipelineRun(int exitCode, String stdout, String stderr, Path output) {
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
    this.output = output;
  }

  static PipelineRun main(Path output, List<String> inputs, List<String> extraArgs) {
    List<String> args = new ArrayList<>();
    for (String input : inputs) {
      args.add("--input=" + input);
    }
    args.add("--output=" + output);
    args.addAll(extraArgs);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args.toArray(new String[0]), o, e);
    }
    return new PipelineRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), output);
  }

  static String glob(String testdataDir) {
    return TESTDATA.resolve(testdataDir) + "/*";
  }

  JsonNode summary() throws IOException {
    return new ObjectMapper().readTree(output.resolve("run_summary.json").toFile());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
  }
}
