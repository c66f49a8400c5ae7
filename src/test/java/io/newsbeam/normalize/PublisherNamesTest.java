package io.newsbeam.normalize;

import static org.junit.Assert.assertEquals;

import io.newsbeam.model.Paragraph;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

@RunWith(Parameterized.class)
public class PublisherNamesTest {
  private static final PublisherNames NAMES = new PublisherNames();
  private static final String BODY = "Peskov said the meeting must be carefully prepared.";

  @Parameters(name = "{0}")
  public static Collection<Object[]> cases() {
    return Arrays.asList(new Object[][] {
      // case, publisher field, last paragraph (or null), url, expected
      {"field wins", "  Kyiv  Post ", "Support Ukrainska Pravda on Patreon!", "https://www.reuters.com/x", "Kyiv Post"},
      {"field that is a bare domain is mapped", "reuters.com", null, null, "Reuters"},
      {"field that is a URL-ish domain is mapped", "https://www.BBC.co.uk/", null, null, "BBC"},
      {"field that is an unknown domain stays it", "example.net", null, null, "example.net"},
      {"blank field falls through to trailer", " ", "Support Ukrainska Pravda on Patreon!", null,
          "Ukrainska Pravda"},
      {"trailer beats URL", null, "Support Ukrainska Pravda on Patreon!", "https://www.reuters.com/x",
          "Ukrainska Pravda"},
      {"trailer with typographic apostrophe keeps it", null, "Support Kyiv\u2019s Voice on Ko-fi", null,
          "Kyiv\u2019s Voice"},
      {"copyright trailer", null, "\u00A9 2025 The Kyiv Independent. All rights reserved.", null,
          "The Kyiv Independent"},
      {"copyright trailer naming a domain", null, "Copyright 2024 apnews.com. All rights reserved", null,
          "Associated Press"},
      {"'us' is not a name: URL used", null, "Support us on Patreon!", "https://m.pravda.com.ua/news/1",
          "Ukrainska Pravda"},
      {"no trailer: URL host mapped", null, null, "https://www.theguardian.com/world/2025/may/16/x",
          "The Guardian"},
      {"subdomain matches parent", null, null, "https://news.bbc.co.uk/2/hi/europe/1.stm", "BBC"},
      {"own row beats parent", null, null, "https://en.wikinews.org/wiki/X", "Wikinews"},
      {"amp. prefix stripped", null, null, "https://amp.tass.com/politics/1", "TASS"},
      {"unknown host stays the domain", null, null, "http://WWW.Example.COM/a", "example.com"},
      {"non-http URL ignored", null, null, "ftp://reuters.com/x", null},
      {"garbage URL ignored", null, null, "not a url", null},
      {"nothing known", null, null, null, null},
    });
  }

  @Parameter(0) public String name;
  @Parameter(1) public String field;
  @Parameter(2) public String lastParagraph;
  @Parameter(3) public String url;
  @Parameter(4) public String expected;

  @Test
  public void decides() {
    List<Paragraph> paragraphs = lastParagraph == null
        ? List.of(Paragraph.plain(BODY))
        : List.of(Paragraph.plain(BODY), Paragraph.plain(lastParagraph));
    assertEquals(expected, NAMES.publisher(field, paragraphs, url));
  }
}
