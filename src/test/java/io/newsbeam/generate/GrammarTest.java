package io.newsbeam.generate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.Test;

public class GrammarTest {
  @Test
  public void tidyFixesSpacingPunctuationAndArticles() {
    String[][] cases = {
      // raw, expected
      {"  the  council met .", "The council met."},
      {"in Kyiv , the plan ,  .", "In Kyiv, the plan."},
      {"a   ambitious plan, , and a new one", "An ambitious plan, and a new one"},
      {"the idea of a open port and a unit", "The idea of an open port and a unit"},
      {"data ; more : end", "Data; more: end"},
    };
    for (String[] c : cases) {
      assertEquals(c[0], c[1], Grammar.tidy(c[0], true));
    }
  }

  @Test
  public void expandsRulesAndSlots() {
    Grammar g = Grammar.parse(List.of("[s]", "{who} met in {$city}.", "[who]", "the board", "~"));
    Grammar.Slots slots = (id, rng, out) -> out.append(Grammar.SLOT_NAMES[id].toUpperCase());
    SplittableRandom rng = new SplittableRandom(1);
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (int i = 0; i < 50; i++) {
      seen.add(g.sentence(g.ruleId("s"), slots, rng, true));
    }
    assertEquals(java.util.Set.of("Met in CITY.", "The board met in CITY."), seen);
  }

  @Test(expected = IllegalArgumentException.class)
  public void unknownRuleIsAnError() {
    Grammar.parse(List.of("[s]", "{nope}"));
  }

  @Test
  public void tokensSplitPunctuationAndRejectNonWords() {
    String[][] cases = {
      // token, prefix, core, suffix (null core = not editable)
      {"council,", "", "council", ","},
      {"(budget).", "(", "budget", ")."},
      {"Kyiv", null, null, null},
      {"2019", null, null, null},
      {"an", null, null, null},
      {"long-awaited", null, null, null},
    };
    for (String[] c : cases) {
      Token t = Token.of(c[0]);
      if (c[2] == null) {
        assertNull(c[0], t);
      } else {
        assertEquals(c[1], t.prefix);
        assertEquals(c[2], t.core);
        assertEquals(c[3], t.suffix);
      }
    }
  }
}
