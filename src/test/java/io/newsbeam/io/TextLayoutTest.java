package io.newsbeam.io;

import static org.junit.Assert.assertEquals;

import io.newsbeam.model.Paragraph;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class TextLayoutTest {
  private static final Paragraph BODY = Paragraph.plain("Body.");

  @Test
  public void headlineRule() {
    Object[][] cases = {
        // first line, is it a headline (given a following line)?
        {"Council approves budget", true},
        {"Is the budget too big?", true},
        {"Mayor: \"We will win\"", true},
        {"Budget passes!", true},
        {"The council approved the budget.", false},
        {"Prices rose,", false},
        {"Source: agency", false},
        {"- a bullet", false},
        {" date 2025-05-16 Text", false},
        {"x".repeat(199), true},
        {"x".repeat(200), false}};
    for (Object[] k : cases) {
      String first = (String) k[0];
      String expected = (boolean) k[1] ? first.strip() : null;
      assertEquals(first, expected, TextLayout.parse(first + "\nBody.").title());
    }
    assertEquals("a single line is a body, not a headline", null, TextLayout.parse("Only line").title());
  }

  @Test
  public void datePrefixLabelsAndBullets() {
    Object[][] cases = {
        {" date 2025-05-16 First para.\n\nSecond.", null, "2025-05-16",
            List.of(Paragraph.plain("First para."), Paragraph.plain("Second."))},
        {"Head\ndate 2024-01-02\nBody.", "Head", "2024-01-02", List.of(BODY)},
        {"Head\nBody.\ndate 2024-01-02 not a prefix here", "Head", null,
            List.of(BODY, Paragraph.plain("date 2024-01-02 not a prefix here"))},
        {"Head\nSource: Agency\nDetails:  more  \nQuote: \"x\"", "Head", null, List.of(new Paragraph("Source", false,
            "Agency"), new Paragraph("Details", false, "more"), new Paragraph("Quote", false, "\"x\""))},
        {"Head\nBackground:\n- one\n\n- two\nPlain.\n- three", "Head", null, List.of(
            new Paragraph("Background", false, ""), new Paragraph("Background", true, "one"),
            new Paragraph("Background", true, "two"), Paragraph.plain("Plain."), new Paragraph(null, true, "three"))},
        {"Head\nsource: lower case is no label\nSourceX: neither", "Head", null, List.of(
            Paragraph.plain("source: lower case is no label"), Paragraph.plain("SourceX: neither"))},
        {"Head\nBody.\nSupport Ukrainska Pravda on Patreon!", "Head", null,
            List.of(BODY, Paragraph.plain("Support Ukrainska Pravda on Patreon!"))}};
    for (Object[] k : cases) {
      TextLayout.Parsed p = TextLayout.parse((String) k[0]);
      assertEquals((String) k[0], k[1], p.title());
      assertEquals((String) k[0], k[2], p.dateRaw());
      assertEquals((String) k[0], k[3], p.paragraphs());
    }
  }
}
