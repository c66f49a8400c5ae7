package io.newsbeam.normalize;

import io.newsbeam.model.Paragraph;
import io.newsbeam.model.Provenance;
import io.newsbeam.model.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The two seed files (testdata/corpus/000_*.txt and 001_*.txt) as a reader is expected to yield them, built
 * by hand so these tests do not depend on the reader. SeedArticlesTest checks them against the files.
 */
final class SeedArticles {
  private SeedArticles() {}

  static final String FILE_000 = "testdata/corpus/000_44610d290e9c4598.txt";
  static final String FILE_001 = "testdata/corpus/001_1f2eece8fa9ed85a.txt";

  static final String TITLE =
      "Kremlin says Trump-Putin meeting is \"important\" for settling \"crisis around Ukraine\"";
  static final String LEAD = "Dmitry Peskov, spokesman for Kremlin leader Vladimir Putin, has said that a meeting "
      + "between Putin and US President Donald Trump is \"necessary\" to discuss the international situation and "
      + "Russia\u2019s war of aggression in Ukraine.";
  static final String SOURCE = "Kremlin-aligned news agencies RIA Novosti; TASS; Telegram channel Vy slushali "
      + "maiak (You Listened to the Lighthouse), publishing video comments by Peskov";
  static final String DETAILS_1 =
      "At the same time, Peskov noted that such a meeting should be carefully prepared and effective.";
  static final String QUOTE_1 = "\"The meeting at the highest level should be carefully prepared and effective "
      + "because it is always preceded by expert negotiations, consultations and long, intense preparations.";
  static final String DETAILS_2 = "The Kremlin spokesman added that the meeting is needed to address bilateral "
      + "relations between Russia and the United States and to hold a \"serious conversation\" about Ukraine.";
  static final String QUOTE_2 = "\"This is how we view the situation. Such a meeting is certainly necessary \u2013 "
      + "both for Russian-American bilateral relations and for a serious conversation at the highest level on "
      + "international and regional issues, including the crisis around Ukraine.\"";
  static final String DETAILS_3 = "Peskov also stressed that the Kremlin believes discussions on strategic "
      + "stability in Europe should begin as soon as possible. However, he noted that restoring partnership "
      + "with NATO is challenging: \"It is difficult to talk about restoring partnership with NATO at a time "
      + "when the Alliance is effectively at war with Russia,\" he said.";
  static final List<String> BACKGROUND = List.of(
      "On Friday, a meeting of representatives from T\u00FCrkiye, the United States and Ukraine began in "
          + "Istanbul. A meeting with the representatives of Ukraine and the Russian Federation also began.",
      "On Thursday 15 May, US President Donald Trump stated that a peaceful settlement of Russia\u2019s war "
          + "against Ukraine cannot happen without his meeting with the Kremlin leader Vladimir Putin.",
      "US Secretary of State Marco Rubio said he does not believe that the negotiations between the Ukrainian "
          + "and Russian delegations in Istanbul will lead to any breakthrough.",
      "US President Donald Trump said on 16 May that he would meet with Russian ruler Vladimir Putin as soon "
          + "as it was possible to organise a meeting");
  static final String TRAILER = "Support Ukrainska Pravda on Patreon!";

  /** Lead, then the labelled paragraphs, as both seeds have them. */
  static List<Paragraph> labelledPart() {
    return List.of(
        Paragraph.plain(LEAD),
        new Paragraph("Source", false, SOURCE),
        new Paragraph("Details", false, DETAILS_1),
        new Paragraph("Quote", false, QUOTE_1),
        new Paragraph("Details", false, DETAILS_2),
        new Paragraph("Quote", false, QUOTE_2),
        new Paragraph("Details", false, DETAILS_3));
  }

  /** Seed 000: title line, label-only "Background" + bullets, donation trailer. */
  static RawArticle seed000() {
    List<Paragraph> ps = new ArrayList<>(labelledPart());
    ps.add(new Paragraph("Background", false, ""));
    for (String b : BACKGROUND) {
      ps.add(new Paragraph("Background", true, b));
    }
    ps.add(Paragraph.plain(TRAILER));
    return raw(FILE_000, TITLE, null, ps);
  }

  /** Seed 001: no title, " date 2025-05-16 " prefix split off by the reader, background as plain paragraphs. */
  static RawArticle seed001() {
    List<Paragraph> ps = new ArrayList<>(labelledPart());
    for (String b : BACKGROUND) {
      ps.add(Paragraph.plain(b));
    }
    return raw(FILE_001, null, "2025-05-16", ps);
  }

  static RawArticle raw(String file, String title, String dateRaw, List<Paragraph> paragraphs) {
    return new RawArticle(new Provenance(file, 0, 0), "txt", "UTF-8", title, null, paragraphs, dateRaw, null,
        null, List.of(), null, ("raw of " + file).getBytes(StandardCharsets.UTF_8));
  }
}
