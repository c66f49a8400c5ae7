package io.newsbeam.io;

import io.newsbeam.schema.OutputTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The --output directory on the local file system: checked and cleared before any work starts, tidied
 * after the run. Only the tables newsbeam writes are ever deleted, never other files a user keeps there.
 */
public final class OutputDirectory {
  /** What newsbeam itself puts into --output (tables, summary, FileIO's staging folder). */
  private static final List<String> OWN_ENTRIES = Stream.concat(
          Arrays.stream(OutputTable.values()).map(OutputTable::dirName),
          Stream.of(WriteRunSummary.FILE_NAME, ".temp-beam"))
      .toList();

  private OutputDirectory() {}

  public static String resolve(String output, String child) {
    return output.endsWith("/") ? output + child : output + "/" + child;
  }

  /**
   * Makes sure {@code output} can take a new run: refuses a non-empty directory unless {@code overwrite},
   * which removes newsbeam's own tables first, and proves it is writable.
   *
   * @throws IllegalArgumentException with a one-line message a user can act on
   */
  public static void prepare(String output, boolean overwrite) {
    Path dir = Paths.get(output);
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--output " + output + " is a file, not a directory");
    }
    if (Files.isDirectory(dir) && !isEmpty(dir)) {
      if (!overwrite) {
        throw new IllegalArgumentException(
            "--output " + output + " is not empty; pass --overwrite to replace the tables of an earlier run");
      }
      for (String entry : OWN_ENTRIES) {
        deleteRecursively(dir.resolve(entry));
      }
    }
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".newsbeam-write-check", "");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new IllegalArgumentException("--output " + output + " is not writable");
    }
  }

  /** Removes FileIO's empty staging folder left after the writes. */
  public static void finish(String output) {
    deleteRecursively(Paths.get(output, ".temp-beam"));
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new IllegalArgumentException("--output " + dir + " cannot be listed");
    }
  }

  private static void deleteRecursively(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + path, e);
    }
  }
}
