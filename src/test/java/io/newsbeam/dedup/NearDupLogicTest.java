package io.newsbeam.dedup;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class NearDupLogicTest {
  private static final String STORY = "Kyiv city council approved a new budget for public transport on Tuesday, "
      + "adding forty electric buses and repairing two tram lines before the winter season begins.";

  @Test
  public void shinglesIgnoreCaseTypographyAndSpacing() {
    Shingler s = new Shingler(3);
    assertArrayEquals(s.shingles("The council’s  vote — final"), s.shingles("the COUNCIL's vote - final"));
  }

  @Test
  public void shingleCounts() {
    Object[][] cases = {
      {"", 0}, {"   ", 0}, {"one", 1}, {"one two", 1}, {"one two three", 1}, {"one two three four", 2},
      {"a b c a b c", 3}, // abc, bca, cab: repeated shingles count once
    };
    Shingler s = new Shingler(3);
    for (Object[] c : cases) {
      assertEquals((String) c[0], (int) c[1], s.shingles((String) c[0]).length);
    }
  }

  @Test
  public void setMeasures() {
    long[] a = {1, 2, 3, 4};
    long[] b = {3, 4, 5, 6};
    long[] half = {1, 2};
    assertEquals(2.0 / 6, ShingleSets.jaccard(a, b), 1e-12);
    assertEquals(0.5, ShingleSets.containment(a, b), 1e-12);
    assertEquals(1.0, ShingleSets.containment(a, half), 1e-12);
    assertEquals(0.5, ShingleSets.jaccard(a, half), 1e-12);
    assertEquals(0.0, ShingleSets.jaccard(new long[0], new long[0]), 0);
  }

  @Test
  public void signaturesAreDeterministicAndEstimateJaccard() {
    Shingler s = new Shingler(2);
    long[] x = s.shingles(STORY);
    long[] y = s.shingles(STORY.replace("forty", "fifty").replace("winter", "cold"));
    MinHasher m = new MinHasher(512);
    assertArrayEquals(m.signature(x), new MinHasher(512).signature(x));
    assertEquals(ShingleSets.jaccard(x, y), MinHasher.estimate(m.signature(x), m.signature(y)), 0.1);
  }

  @Test
  public void bandsSeparateBandIndexes() {
    LshBands bands = new LshBands(4, 2);
    int[] sig = {1, 2, 1, 2, 1, 2, 1, 2};
    assertTrue(bands.key(sig, 0) != bands.key(sig, 1));
    assertEquals(bands.key(sig, 2), bands.key(new int[] {9, 9, 9, 9, 1, 2, 0, 0}, 2));
    assertEquals(1 - Math.pow(1 - 0.25, 4), bands.candidateProbability(0.5), 1e-12);
  }

  @Test
  public void verificationRule() {
    NearDupConfig c = NearDupConfig.defaults();
    long[] big = new long[100];
    for (int i = 0; i < big.length; i++) {
      big[i] = i;
    }
    long[] firstHalf = java.util.Arrays.copyOf(big, 50);
    long[] tiny = java.util.Arrays.copyOf(big, 10);
    long[] other = new long[100];
    for (int i = 0; i < other.length; i++) {
      other[i] = i < 10 ? i : 1000 + i;
    }
    assertTrue("half a story merges by containment", c.sameStory(big, firstHalf));
    assertTrue("a 10-shingle brief is too small for containment", !c.sameStory(big, tiny));
    assertTrue("10% overlap is a different story", !c.sameStory(big, other));
  }

  @Test
  public void differenceOfSortedSets() {
    assertArrayEquals(new long[] {-5, 3, 9}, ShingleSets.difference(new long[] {-5, 1, 3, 7, 9}, new long[] {1, 2, 7, 8}));
    assertArrayEquals(new long[] {}, ShingleSets.difference(new long[] {1, 2}, new long[] {0, 1, 2, 3}));
    assertArrayEquals(new long[] {1, 2}, ShingleSets.difference(new long[] {1, 2}, new long[] {}));
  }

  @Test
  public void frequentShingleLimit() {
    NearDupConfig c = NearDupConfig.defaults();
    assertEquals("small corpora: the floor", 20, c.frequentDocLimit(24));
    assertEquals(20, c.frequentDocLimit(2000));
    assertEquals("1% of the articles", 168, c.frequentDocLimit(16801));
    assertEquals("share 1 turns it off", 500, c.withFrequentShingles(1.0, 1).frequentDocLimit(500));
  }

  private static final String STORY_A = "A bakery that has been run by the same family for four generations will "
      + "close at the end of the month, its owners said on Saturday, citing energy and flour costs.\n\n"
      + "The shop opened in 1931 and its six staff have been offered help finding new jobs in the town.";
  private static final String STORY_B = "The town's Christmas lights will be switched on by a local swimmer on "
      + "November 23, the council announced on Monday, a week earlier than in previous years.\n\n"
      + "The ceremony in the market place will include a lantern parade, a brass band and market stalls.";
  private static final String TRAILER = "The Courier is an independent, reader-funded newspaper serving the valley "
      + "since 1887. We rely on subscriptions and donations to keep our local reporting free for everyone. If you "
      + "value stories like this one, please consider supporting us from as little as three pounds a month.";

  private static boolean same(String x, String y) {
    Shingler s = new Shingler(NearDupConfig.DEFAULT_SHINGLE_SIZE);
    return NearDupConfig.defaults().sameStory(BodyShingles.of(s, x), BodyShingles.of(s, y));
  }

  @Test
  public void bodyShinglesKeepTheEdgeParagraphsApart() {
    Shingler s = new Shingler(4);
    BodyShingles b = BodyShingles.of(s, STORY_A + "\n\n" + TRAILER);
    assertEquals(3, b.paragraphs);
    assertArrayEquals(s.shingles(STORY_A.split("\n\n")[0]), b.lead);
    assertArrayEquals(s.shingles(TRAILER), b.last);
    BodyShingles one = BodyShingles.of(s, TRAILER);
    assertEquals(1, one.paragraphs);
    assertArrayEquals(one.all, one.lead);
    assertArrayEquals(one.all, one.last);
    assertEquals(0, BodyShingles.of(s, "  \n\n -- ").paragraphs);
  }

  @Test
  public void sharedEdgeParagraphsAreSetAsideInVerification() {
    String a = STORY_A + "\n\n" + TRAILER;
    String b = STORY_B + "\n\n" + TRAILER;
    Shingler s = new Shingler(4);
    assertTrue("the whole bodies alone would pass", NearDupConfig.defaults().sameStory(s.shingles(a), s.shingles(b)));
    Object[][] cases = {
      {"two stories sharing only a trailer", a, b, false},
      {"two stories sharing only a lead-position trailer", TRAILER + "\n\n" + STORY_A, TRAILER + "\n\n" + STORY_B, false},
      {"the same story with the same trailer", a, STORY_A.replace("Saturday", "Sunday") + "\n\n" + TRAILER, true},
      {"the same story with two outlets' trailers", STORY_A + "\n\nCopyright 2024 Wire.", a, true},
      {"a body that is only the other's trailer", TRAILER, a, false},
      {"a body that is only the other's lead (cut to one paragraph)", STORY_A.split("\n\n")[0]
          + " The town will miss it, and many regulars came to say goodbye on the last market day.", 
          STORY_A.split("\n\n")[0] + " The town will miss it, and many regulars came to say goodbye on the last market day."
          + "\n\n" + STORY_A.split("\n\n")[1] + "\n\n" + TRAILER, true},
    };
    for (Object[] c : cases) {
      assertEquals((String) c[0], c[3], same((String) c[1], (String) c[2]));
      assertEquals((String) c[0] + " (swapped)", c[3], same((String) c[2], (String) c[1]));
    }
  }
}
