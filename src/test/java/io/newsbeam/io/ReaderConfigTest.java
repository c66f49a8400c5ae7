package io.newsbeam.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

@RunWith(JUnit4.class)
public class ReaderConfigTest {
  @Test
  public void parsesFieldMaps() {
    assertEquals(Map.of("headline", "title", "body", "text"), ReaderConfig.parseFieldMap(" headline = title ,body=text"));
    assertEquals(Map.of(), ReaderConfig.parseFieldMap(""));
    assertEquals(Map.of(), ReaderConfig.parseFieldMap(null));
  }

  @Test
  public void rejectsJunk() {
    for (String junk : new String[] {"headline", "headline=", "=title", "a=title,,b=text", "a=b=c", "x=body",
        "a=title,a=text", "a=Title"}) {
      try {
        ReaderConfig.parseFieldMap(junk);
        fail("accepted " + junk);
      } catch (IllegalArgumentException expected) {
        // expected
      }
    }
    try {
      ReaderConfig.of(InputFormat.AUTO, Map.of(), 0);
      fail("accepted a zero limit");
    } catch (IllegalArgumentException expected) {
      // expected
    }
  }

  @Test
  public void isSerializable() throws Exception {
    ReaderConfig c = ReaderConfig.of(InputFormat.JSONL, Map.of("body", "text"), 1234);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(c, in.readObject());
    }
    assertEquals(10L << 20, ReaderConfig.defaults().maxArticleBytes());
  }
}
