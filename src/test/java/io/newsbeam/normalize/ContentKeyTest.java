package io.newsbeam.normalize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import io.newsbeam.model.Paragraph;
import java.util.List;
import org.junit.Test;

public class ContentKeyTest {
  private static final Paragraph A = Paragraph.plain("Peskov said the meeting is \"necessary\".");
  private static final Paragraph B = Paragraph.plain("Rubio expects no breakthrough.");

  /** case, one layout, another layout, same id expected. */
  private static final Object[][] CASES = {
    {"labels do not count", List.of(A, B), List.of(new Paragraph("Details", false, A.text), B), true},
    {"bullets do not count", List.of(A, B), List.of(A, new Paragraph("Background", true, B.text)), true},
    {"label-only paragraphs do not count", List.of(A, B), List.of(A, new Paragraph("Background", false, ""), B),
        true},
    {"typography is folded", List.of(A, B),
        List.of(Paragraph.plain("Peskov said the meeting is \u201Cnecessary\u201D."), B), true},
    {"white space is collapsed", List.of(A, B),
        List.of(Paragraph.plain("  Peskov said the\u00A0meeting  is \"necessary\".\n"), B), true},
    {"NFC", List.of(Paragraph.plain("T\u00FCrkiye")), List.of(Paragraph.plain("Tu\u0308rkiye")), true},
    {"order matters", List.of(A, B), List.of(B, A), false},
    {"paragraph breaks matter", List.of(A, B), List.of(Paragraph.plain(A.text + " " + B.text)), false},
    {"a changed word matters", List.of(A, B), List.of(A, Paragraph.plain("Rubio expects a breakthrough.")), false},
    {"case matters", List.of(A, B), List.of(A, Paragraph.plain("rubio expects no breakthrough.")), false},
  };

  @Test
  public void sameContentSameId() {
    for (Object[] row : CASES) {
      @SuppressWarnings("unchecked") List<Paragraph> one = (List<Paragraph>) row[1];
      @SuppressWarnings("unchecked") List<Paragraph> other = (List<Paragraph>) row[2];
      if ((Boolean) row[3]) {
        assertEquals((String) row[0], ContentKey.of(one), ContentKey.of(other));
      } else {
        assertNotEquals((String) row[0], ContentKey.of(one), ContentKey.of(other));
      }
    }
  }

  @Test
  public void isTheFirstHalfOfSha256OfTheCanonicalText() {
    // sha256("hello") = 2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824
    assertEquals("2cf24dba5fb0a30e26e83b2ac5b9e29e", ContentKey.of(List.of(Paragraph.plain(" hello "))));
    assertEquals("Peskov said the meeting is \"necessary\".\nRubio expects no breakthrough.",
        ContentKey.canonicalText(List.of(A, new Paragraph("X", false, ""), B)));
    assertTrue(ContentKey.of(List.of(A, B)).matches("[0-9a-f]{32}"));
  }

  @Test
  public void seedsShareOneId() {
    Boilerplate boilerplate = new Boilerplate(List.of());
    String id000 = ContentKey.of(boilerplate.strip(SeedArticles.seed000().paragraphs));
    String id001 = ContentKey.of(boilerplate.strip(SeedArticles.seed001().paragraphs));
    assertEquals(id000, id001);
    // Golden value (computed independently from the seed file); e2e golden rows use it too.
    assertEquals("316e832c43978fb380a8e570a60e1d65", id000);
    // Without boilerplate removal the trailer would split them.
    assertNotEquals(id000, ContentKey.of(SeedArticles.seed000().paragraphs));
  }
}
