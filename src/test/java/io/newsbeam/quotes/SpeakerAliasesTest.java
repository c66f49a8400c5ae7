package io.newsbeam.quotes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The user alias CSV (--speakerAliases) is merged over the built-in list, and a bad file is refused. */
public class SpeakerAliasesTest {
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  private String userFile(String... rows) throws Exception {
    Path f = tmp.newFile("aliases.csv").toPath();
    Files.writeString(f, "alias,canonical,type,qid\n# a comment\n" + String.join("\n", rows) + "\n");
    return f.toString();
  }

  @Test
  public void userRowsAddNewSpeakers() throws Exception {
    SpeakerAliases a = SpeakerAliases.withFile(userFile("Yury Ushakov,Yuri Ushakov,person,"));
    assertEquals("Yuri Ushakov", a.lookup("Yury Ushakov").canonical());
    assertNull(a.lookup("Yury Ushakov").qid());
    assertEquals("Vladimir Putin", a.lookup("Putin").canonical());
    assertNull(SpeakerAliases.builtIn().lookup("Yury Ushakov"));
  }

  @Test
  public void userRowsWinOverBuiltInRows() throws Exception {
    assertEquals("Q7747", SpeakerAliases.builtIn().lookup("Putin").qid());
    SpeakerAliases a = SpeakerAliases.withFile(userFile("Putin,Vladimir V. Putin,person,"));
    assertEquals("Vladimir V. Putin", a.lookup("Putin").canonical());
    assertNull(a.lookup("Putin").qid());
  }

  @Test
  public void malformedRowIsRefusedWithItsLine() throws Exception {
    String f = userFile("Yury Ushakov,Yuri Ushakov,person,", "Kremlin,Kremlin,institution,");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpeakerAliases.withFile(f));
    assertTrue(e.getMessage(), e.getMessage().contains("line 4") && e.getMessage().contains("institution"));
  }

  @Test
  public void qidThatIsNotAWikidataIdIsRefused() throws Exception {
    String f = userFile("Yury Ushakov,Yuri Ushakov,person,wd:7747");
    assertThrows(IllegalArgumentException.class, () -> SpeakerAliases.withFile(f));
  }

  @Test
  public void missingFileIsRefused() {
    assertThrows(UncheckedIOException.class,
        () -> SpeakerAliases.withFile(tmp.getRoot().toPath().resolve("none.csv").toString()));
  }

  @Test
  public void builtInQidsAreOnlyTheCheckedOnes() {
    // Zelensky's id could not be confirmed when the list was checked: it stays empty rather than guessed.
    assertNull(SpeakerAliases.builtIn().lookup("Zelenskyy").qid());
    assertEquals("Q22686", SpeakerAliases.builtIn().lookup("Donald J. Trump").qid());
  }

  @Test
  public void keyFoldsCaseInitialsDiacriticsAndPunctuationAlike() {
    // plain ASCII names take a fast path; it must give what the general path gives for the same name
    assertEquals("john smith", SpeakerAliases.key("John F. Smith"));
    assertEquals("john smith", SpeakerAliases.key("John F Smith"));
    assertEquals("john smith", SpeakerAliases.key("  JOHN   smith "));
    assertEquals("volodymyr zelenskyy", SpeakerAliases.key("Volodymyr Zelenskyy"));
    assertEquals("recep tayyip erdogan", SpeakerAliases.key("Recep Tayyip Erdoğan"));
    assertEquals("o neill", SpeakerAliases.key("O’Neill"));
    assertEquals("o neill", SpeakerAliases.key("O'Neill"));
    assertEquals("g7 leaders", SpeakerAliases.key("G7 leaders"));
    assertEquals("1 2", SpeakerAliases.key("1 2"));
    assertEquals("", SpeakerAliases.key("J."));
    assertEquals("", SpeakerAliases.key("J"));
  }
}
