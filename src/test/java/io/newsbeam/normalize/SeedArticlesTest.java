package io.newsbeam.normalize;

import static org.junit.Assert.assertEquals;

import io.newsbeam.model.Paragraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Guards the hand-built seed records: rendered back to text they must equal the seed files byte for byte. */
public class SeedArticlesTest {
  @Test
  public void seed000MatchesItsFile() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(SeedArticles.seed000().title);
    for (Paragraph p : SeedArticles.seed000().paragraphs) {
      lines.add(p.bullet ? "- " + p.text : p.label == null ? p.text : p.label + ":" + (p.text.isEmpty() ? "" : " " + p.text));
    }
    assertEquals(read(SeedArticles.FILE_000), String.join("\n", lines));
  }

  @Test
  public void seed001MatchesItsFile() throws Exception {
    StringBuilder sb = new StringBuilder(" date 2025-05-16 ");
    for (Paragraph p : SeedArticles.seed001().paragraphs) {
      sb.append(p.label == null ? "" : p.label + ": ").append(p.text).append("\n\n");
    }
    assertEquals(read(SeedArticles.FILE_001), sb.toString());
  }

  private static String read(String file) throws Exception {
    return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
  }
}
