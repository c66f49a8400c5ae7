package io.newsbeam.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Unusable arguments stop the run before any work, with one line that says why; switches do what they say. */
public class MainArgumentsTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void inputThatMatchesNothingIsRefused() {
    PipelineRun run = PipelineRun.main(tmp.getRoot().toPath().resolve("out"),
        List.of(PipelineRun.TESTDATA.resolve("no-such-folder") + "/*.jsonl"), List.of());
    assertEquals(run.toString(), 2, run.exitCode);
    assertOneLine(run, "matches no file");
    assertFalse(Files.exists(run.output.resolve("articles")));
  }

  @Test
  public void nonEmptyOutputIsRefusedWithoutOverwrite() throws Exception {
    Path out = tmp.newFolder("out").toPath();
    Files.writeString(out.resolve("keep.txt"), "user file");
    PipelineRun run = PipelineRun.main(out, List.of(seed()), List.of());
    assertEquals(run.toString(), 2, run.exitCode);
    assertOneLine(run, "pass --overwrite");
  }

  @Test
  public void overwriteReplacesOnlyOurTables() throws Exception {
    Path out = tmp.newFolder("out").toPath();
    Files.createDirectories(out.resolve("articles/publish_month=1999-01"));
    Files.writeString(out.resolve("articles/publish_month=1999-01/old.parquet"), "stale");
    Files.writeString(out.resolve("keep.txt"), "user file");
    PipelineRun run = PipelineRun.main(out, List.of(seed()), List.of("--overwrite"));
    assertEquals(run.toString(), 0, run.exitCode);
    assertFalse(Files.exists(out.resolve("articles/publish_month=1999-01")));
    assertTrue(Files.exists(out.resolve("keep.txt")));
    assertTrue(Files.exists(out.resolve("run_summary.json")));
  }

  @Test
  public void unwritableOutputIsRefused() throws Exception {
    Path file = tmp.newFile("not-a-dir").toPath();
    PipelineRun run = PipelineRun.main(file.resolve("out"), List.of(seed()), List.of());
    assertEquals(run.toString(), 2, run.exitCode);
    assertOneLine(run, "not writable");
  }

  @Test
  public void missingRatingsFileIsRefusedBeforeAnyWork() {
    PipelineRun run = PipelineRun.main(tmp.getRoot().toPath().resolve("out"), List.of(seed()),
        List.of("--ratings=" + tmp.getRoot().toPath().resolve("no-such-ratings.csv")));
    assertEquals(run.toString(), 2, run.exitCode);
    assertEquals(run.toString(), 1, run.stderr.strip().lines().count());
    assertFalse(Files.exists(run.output));
  }

  @Test
  public void missingSpeakerAliasesFileIsRefusedBeforeAnyWork() {
    PipelineRun run = PipelineRun.main(tmp.getRoot().toPath().resolve("out"), List.of(seed()),
        List.of("--speakerAliases=" + tmp.getRoot().toPath().resolve("no-such-aliases.csv")));
    assertEquals(run.toString(), 2, run.exitCode);
    assertOneLine(run, "--speakerAliases");
    assertFalse(Files.exists(run.output));
  }

  @Test
  public void unknownFlagIsRefused() {
    PipelineRun run = PipelineRun.main(tmp.getRoot().toPath().resolve("out"), List.of(seed()), List.of("--colour=red"));
    assertEquals(run.toString(), 2, run.exitCode);
    assertOneLine(run, "colour");
  }

  @Test
  public void overlappingGlobsReadEachFileOnce() throws Exception {
    String seedsDir = PipelineRun.TESTDATA.resolve("corpus").toString();
    PipelineRun run = PipelineRun.main(tmp.getRoot().toPath().resolve("out"),
        List.of(seedsDir + "/0*.txt", seedsDir + "/000_*.txt", seed()), List.of());
    assertEquals(run.toString(), 0, run.exitCode);
    assertEquals(2, run.summary().get("records_read").asLong());
  }

  @Test
  public void nearDuplicatesCanBeTurnedOff() throws Exception {
    PipelineRun run = PipelineRun.main(tmp.getRoot().toPath().resolve("out"),
        List.of(PipelineRun.TESTDATA.resolve("corpus/near-dup-lead-pipes.jsonl").toString()),
        List.of("--nearDuplicates=false"));
    assertEquals(run.toString(), 0, run.exitCode);
    assertEquals(3, run.summary().at("/tables/articles").asLong());
    assertEquals(0, run.summary().at("/tables/duplicates").asLong());
  }

  private static String seed() {
    return PipelineRun.TESTDATA.resolve("corpus/000_44610d290e9c4598.txt").toString();
  }

  private static void assertOneLine(PipelineRun run, String fragment) {
    assertTrue(run.toString(), run.stderr.contains(fragment));
    assertEquals(run.toString(), 1, run.stderr.strip().lines().count());
  }
}
