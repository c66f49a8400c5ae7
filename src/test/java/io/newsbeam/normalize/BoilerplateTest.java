package io.newsbeam.normalize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.newsbeam.model.Paragraph;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class BoilerplateTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private static final Paragraph BODY_1 = Paragraph.plain("Peskov said the meeting must be carefully prepared.");
  private static final Paragraph BODY_2 = Paragraph.plain("Rubio does not expect a breakthrough in Istanbul.");

  /** case, last paragraph(s) after BODY_1 and BODY_2, how many of them are removed. */
  private static final Object[][] TRAILERS = {
    // Patterns (boilerplate.txt)
    {"patreon donation", List.of("Support Ukrainska Pravda on Patreon!"), 1},
    {"ko-fi donation", List.of("Support us on Ko-fi."), 1},
    {"read more cross-link", List.of("Read more: Kremlin comments on Istanbul talks"), 1},
    {"read more with typographic quotes", List.of("Read more: Peskov calls talks \u201Cuseful\u201D"), 1},
    {"subscribe", List.of("Subscribe to our Telegram channel"), 1},
    {"follow us on social", List.of("Follow us on Twitter and Facebook"), 1},
    {"newsletter sign-up", List.of("Sign up for our newsletter"), 1},
    {"copyright", List.of("\u00A9 2025 Reuters. All rights reserved."), 1},
    {"click here", List.of("Click here to read the full story."), 1},
    {"two trailers in a row", List.of("Read more: other story", "Support Ukrainska Pravda on Patreon!"), 2},
    // Heuristic (last 1-2 short paragraphs, keyword AND link/handle or imperative, no quotes)
    {"heuristic: keyword + handle", List.of("Our Telegram: @pravda_news"), 1},
    {"heuristic: keyword + link", List.of("Donations: https://example.org/give"), 1},
    {"heuristic: keyword + imperative verb", List.of("Share this article with your friends"), 1},
    {"heuristic: keyword + exclamation", List.of("Please support our journalism!"), 1},
    {"heuristic: second-to-last too", List.of("Share this article with your friends", "Our Telegram: @pravda"), 2},
    // Kept
    {"ordinary last paragraph", List.of("Talks resume on Monday."), 0},
    {"keyword but no link or imperative", List.of("The ministry posted the statement on Telegram."), 0},
    {"news use of 'share' is no keyword", List.of("Share prices fell 3% on the news!"), 0},
    {"news use of 'follow' is no keyword", List.of("Follow-up talks are planned for June!"), 0},
    {"news use of 'support' is no keyword", List.of("Support for the bill grew, polls show!"), 0},
    {"quotation never removed", List.of("\"Support us!\" shouted protesters at @embassy"), 0},
    {"long keyword paragraph kept", List.of("Share prices rose after the ministry announced that support for the "
        + "energy sector, including subsidies for households, would continue through winter!"), 0},
    {"pattern needs the whole paragraph", List.of("Analysts said subscribers should read more: a long report."), 0},
    {"heuristic only at the end", List.of("Share this article with your friends", "Talks resume on Monday."), 0},
    {"second-to-last needs the last removed",
        List.of("Share this with your friends", "Talks resume on Monday.", "Follow us on Telegram"), 1},
  };

  @Test
  public void removesTrailersOnly() {
    Boilerplate boilerplate = new Boilerplate(List.of());
    for (Object[] row : TRAILERS) {
      @SuppressWarnings("unchecked")
      List<String> tail = (List<String>) row[1];
      int removed = (Integer) row[2];
      List<Paragraph> input = new ArrayList<>(List.of(BODY_1, BODY_2));
      tail.forEach(t -> input.add(Paragraph.plain(t)));
      List<Paragraph> expected = input.subList(0, input.size() - removed);
      assertEquals((String) row[0], expected, boilerplate.strip(input));
    }
  }

  @Test
  public void patternsApplyMidArticleAndToLabelledParagraphs() {
    Boilerplate boilerplate = new Boilerplate(List.of());
    Paragraph readMore = new Paragraph("Read more", false, "Kremlin comments on Istanbul talks");
    Paragraph midCrossLink = Paragraph.plain("See also: Trump on the talks");
    assertEquals(List.of(BODY_1, BODY_2), boilerplate.strip(List.of(BODY_1, midCrossLink, BODY_2, readMore)));
  }

  @Test
  public void labelOnlyParagraphsAreLayoutAndSkipped() {
    Boilerplate boilerplate = new Boilerplate(List.of());
    Paragraph background = new Paragraph("Background", false, "");
    Paragraph bullet = new Paragraph("Background", true, "Rubio spoke on Thursday.");
    Paragraph trailer = Paragraph.plain("Support Ukrainska Pravda on Patreon!");
    assertEquals(List.of(BODY_1, background, bullet),
        boilerplate.strip(List.of(BODY_1, background, bullet, trailer)));
    // A trailing label-only paragraph is skipped over, the trailer before it still found.
    Paragraph share = Paragraph.plain("Share this article with your friends");
    assertEquals(List.of(BODY_1, background), boilerplate.strip(List.of(BODY_1, share, background)));
  }

  @Test
  public void userPatternsExtendTheList() throws Exception {
    Path file = tmp.newFile("extra.txt").toPath();
    Files.write(file, List.of("# our site's footer", "", "  this story was produced by .{1,60}  "),
        StandardCharsets.UTF_8);
    List<String> patterns = Boilerplate.readPatternFile(file.toString());
    assertEquals(List.of("this story was produced by .{1,60}"), patterns);
    Paragraph footer = Paragraph.plain("This story was produced by the Kyiv desk, with agencies.");
    assertEquals(List.of(BODY_1, BODY_2), new Boilerplate(patterns).strip(List.of(BODY_1, footer, BODY_2)));
    assertEquals(List.of(BODY_1, footer, BODY_2), new Boilerplate(List.of()).strip(List.of(BODY_1, footer, BODY_2)));
  }

  @Test
  public void missingOrBadFileFailsEarly() throws Exception {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> Boilerplate.readPatternFile(tmp.getRoot() + "/nope.txt"));
    assertTrue(missing.getMessage(), missing.getMessage().contains("not found"));
    Path bad = tmp.newFile("bad.txt").toPath();
    Files.write(bad, List.of("unclosed (group"), StandardCharsets.UTF_8);
    IllegalArgumentException badRegex = assertThrows(IllegalArgumentException.class,
        () -> Boilerplate.readPatternFile(bad.toString()));
    assertTrue(badRegex.getMessage(), badRegex.getMessage().contains("unclosed (group"));
  }

  @Test
  public void everyBuiltInPatternHasAComment() throws Exception {
    List<String> lines;
    try (var in = Boilerplate.class.getResourceAsStream(Boilerplate.RESOURCE)) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    int patterns = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        patterns++;
        assertTrue("no comment above: " + line, i > 0 && lines.get(i - 1).strip().startsWith("#"));
      }
    }
    assertEquals(Boilerplate.builtInPatterns().size(), patterns);
    assertTrue(patterns >= 7);
  }
}
