package io.newsbeam.io;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** The committed fixtures are exactly what {@link FixtureGenerator} writes (so they can be remade). */
@RunWith(JUnit4.class)
public class FixturesTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void committedFixturesMatchTheGenerator() throws IOException {
    Path out = tmp.getRoot().toPath();
    FixtureGenerator.generate(out);
    for (String dir : List.of("corpus", "bad")) {
      List<String> generated = names(out.resolve(dir));
      for (String name : generated) {
        assertArrayEquals(dir + "/" + name, Files.readAllBytes(out.resolve(dir).resolve(name)),
            Files.readAllBytes(Paths.get("testdata", dir, name)));
      }
      List<String> committed = names(Paths.get("testdata", dir));
      // the seeds and the hand-written near-duplicate cluster are not generated
      committed.removeIf(n -> n.startsWith("000_") || n.startsWith("001_") || n.startsWith("near-dup-"));
      assertEquals(dir, generated, committed);
    }
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
