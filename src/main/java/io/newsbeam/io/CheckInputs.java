package io.newsbeam.io;

import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;

/** Checks before any work starts that every --input glob matches at least one file. */
public final class CheckInputs {
  private CheckInputs() {}

  /**
   * @throws IllegalArgumentException naming the first glob that matches nothing (one line)
   */
  public static void requireMatches(List<String> globs) {
    if (globs == null || globs.isEmpty()) {
      throw new IllegalArgumentException("--input is required");
    }
    for (String glob : globs) {
      MatchResult result;
      try {
        result = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException("--input " + glob + " cannot be listed: " + e.getMessage());
      }
      try {
        if (result.status() != MatchResult.Status.OK || result.metadata().isEmpty()) {
          throw new IllegalArgumentException("--input " + glob + " matches no file");
        }
      } catch (IOException e) {
        throw new IllegalArgumentException("--input " + glob + " matches no file");
      }
    }
  }
}
