package io.newsbeam.io;

import static io.newsbeam.io.FixtureGenerator.bzip2;
import static io.newsbeam.io.FixtureGenerator.concat;
import static io.newsbeam.io.FixtureGenerator.gzip;
import static io.newsbeam.io.FixtureGenerator.tar;
import static io.newsbeam.io.FixtureGenerator.utf8;
import static io.newsbeam.io.FixtureGenerator.zip;
import static io.newsbeam.io.FixtureGenerator.zstd;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.newsbeam.model.Paragraph;
import io.newsbeam.model.RawArticle;
import io.newsbeam.model.Rejected;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.JUnit4;

/** One case per behaviour; most cases compare the full summary of what a file decodes into. */
@RunWith(JUnit4.class)
public class RecordDecoderTest {
  private static final String A = "{\"title\": \"Alpha\", \"text\": \"First story.\"}";
  private static final String B = "{\"title\": \"Beta\", \"text\": \"Second story.\"}";
  private static final String C = "{\"title\": \"Gamma\", \"text\": \"Third story.\"}";

  private record Case(String what, String name, byte[] bytes, List<String> expected) {}

  private static Case c(String what, String name, byte[] bytes, String... expected) {
    return new Case(what, name, bytes, List.of(expected));
  }

  private static void run(Case... cases) {
    for (Case k : cases) {
      assertEquals(k.what, k.expected, Decoded.of(k.name, k.bytes).summary);
    }
  }

  private static byte[] lines(String... l) {
    return utf8(String.join("\n", l) + "\n");
  }

  private static byte[] half(byte[] b) {
    return Arrays.copyOf(b, b.length / 2);
  }

  // ------------------------------------------------------------------ JSON Lines and JSON

  @Test
  public void jsonLinesRecordsKeepLineAndByteOffset() {
    int bLine = A.length() + 1;
    run(
        c("plain", "f.jsonl", lines(A, B), "A f.jsonl:1@0 Alpha", "A f.jsonl:2@" + bLine + " Beta"),
        c("blank lines are not records but count as lines", "f.jsonl", utf8(A + "\n\n  \n" + B + "\n"),
            "A f.jsonl:1@0 Alpha", "A f.jsonl:4@" + (bLine + 4) + " Beta"),
        c("last line without newline", "f.jsonl", utf8(A + "\n" + B), "A f.jsonl:1@0 Alpha",
            "A f.jsonl:2@" + bLine + " Beta"),
        c("malformed line in the middle", "f.jsonl", lines(A, "{\"title\": ", B), "A f.jsonl:1@0 Alpha",
            "R malformed_json f.jsonl:2@" + bLine, "A f.jsonl:3@" + (bLine + 11) + " Beta"),
        c("trailing junk after the object", "f.jsonl", lines(A + " x", B), "R malformed_json f.jsonl:1@0",
            "A f.jsonl:2@" + (bLine + 2) + " Beta"),
        c("valid JSON but not an object", "f.jsonl", lines("[1, 2]", "\"s\"", "42", A),
            "R not_an_object f.jsonl:1@0", "R not_an_object f.jsonl:2@7", "R not_an_object f.jsonl:3@11",
            "A f.jsonl:4@14 Alpha"),
        c("nesting deeper than 200", "f.jsonl", lines("{\"x\": " + "[".repeat(201) + "]".repeat(201) + "}", A),
            "R json_limits f.jsonl:1@0", "A f.jsonl:2@410 Alpha"),
        c("nesting of 150 is fine", "f.jsonl", lines("{\"title\": \"Deep ok\", \"x\": " + "[".repeat(150)
            + "]".repeat(150) + "}"), "A f.jsonl:1@0 Deep ok"),
        c("number longer than 1000 digits", "f.jsonl", lines("{\"date\": " + "1".repeat(1001) + "}", A),
            "R json_limits f.jsonl:1@0", "A f.jsonl:2@1012 Alpha"),
        c("only blank lines", "f.jsonl", utf8("\n \n"), "R empty_file f.jsonl@0"));
  }

  @Test
  public void jsonMessagesAreOneLineWithoutTheInput() {
    Rejected r = Decoded.of("f.jsonl", lines("{\"title\": \"Broken\", }")).onlyReject();
    assertEquals("line 1, column 22: Unexpected character ('}' (code 125)): was expecting double-quote to start "
        + "field name", r.message);
    assertArrayEquals(utf8("{\"title\": \"Broken\", }"), r.raw);
    Rejected eof = Decoded.of("f.jsonl", lines("{\"title\": \"x\"")).onlyReject();
    assertThat(eof.message, not(containsString("Source")));
    assertEquals("line 1: JSON array where an object was expected",
        Decoded.of("f.jsonl", lines("[]")).onlyReject().message);
  }

  @Test
  public void jsonDocumentsAreOneObjectOrAnArrayOfThem() {
    run(
        c("single pretty object is a whole-file record", "a.json", utf8("{\n  \"title\": \"Alpha\",\n  \"text\": \"x\"\n}\n"),
            "A a.json@0 Alpha"),
        c("array elements keep the line and offset where they start", "a.json",
            utf8("[\n  " + A + ",\n  " + B + "\n]\n"), "A a.json:2@4 Alpha", "A a.json:3@" + (4 + A.length() + 4) + " Beta"),
        c("non-object element", "a.json", utf8("[" + A + ", 7, " + B + "]"), "A a.json:1@1 Alpha",
            "R not_an_object a.json:1@" + (A.length() + 3), "A a.json:1@" + (A.length() + 6) + " Beta"),
        c("broken array keeps earlier elements", "a.json", utf8("[\n" + A + ",\n{\"title\": }\n]"),
            "A a.json:2@2 Alpha", "R malformed_json a.json:3@" + (A.length() + 4)),
        c("broken single object", "a.json", utf8("{\"title\": \"x\""), "R malformed_json a.json@0"),
        c("empty array holds no records", "a.json", utf8("[]"), "R empty_file a.json@0"),
        c("several root objects (JSON Lines named .json)", "a.json", lines(A, B), "A a.json:1@0 Alpha",
            "A a.json:2@" + (A.length() + 1) + " Beta"));
  }

  @Test
  public void jsonArrayRawIsTheElementsBytes() {
    Decoded d = Decoded.of("a.json", utf8("[" + A + ",\n" + B + "]"));
    assertArrayEquals(utf8(B), d.articles.get(1).raw);
    assertEquals("json", d.articles.get(1).format);
  }

  // ------------------------------------------------------------------ field names

  @Test
  public void fieldFamiliesAndPrecedence() {
    RawArticle newsPlease = Decoded.of("f.jsonl", lines("{\"title\": \"T\", \"maintext\": \"Main\\n\\n second \","
        + " \"text\": \"Other\", \"date_publish\": \"2024-01-02 03:04:05\", \"date\": \"1999\", \"url\": \"https://a.example/x\","
        + " \"canonical_link\": \"https://b.example/\", \"source_domain\": \"a.example\", \"hostname\": \"h.example\","
        + " \"authors\": [\"Ann\", \" \", \"Bo\"], \"language\": \"en\", \"description\": \"D\"}")).only();
    assertEquals(List.of(Paragraph.plain("Main"), Paragraph.plain("second")), newsPlease.paragraphs);
    assertEquals("2024-01-02 03:04:05", newsPlease.dateRaw);
    assertEquals("https://a.example/x", newsPlease.url);
    assertEquals("a.example", newsPlease.publisher);
    assertEquals(List.of("Ann", "Bo"), newsPlease.authors);
    assertEquals("en", newsPlease.language);
    assertEquals("D", newsPlease.description);

    RawArticle newspaper4k = Decoded.of("f.jsonl", lines("{\"title\": \"T\", \"text\": \"Body\", \"publish_date\":"
        + " \"2024-05-06\", \"canonical_link\": \"https://c.example/\", \"meta_site_name\": \"Site\", \"source_domain\":"
        + " \"s.example\", \"meta_lang\": \"de\", \"authors\": \"A One, B Two\", \"maintext\": \"  \"}")).only();
    assertEquals(List.of(Paragraph.plain("Body")), newspaper4k.paragraphs); // blank maintext falls through
    assertEquals("2024-05-06", newspaper4k.dateRaw);
    assertEquals("https://c.example/", newspaper4k.url);
    assertEquals("Site", newspaper4k.publisher);
    assertEquals("de", newspaper4k.language);
    assertEquals(List.of("A One", "B Two"), newspaper4k.authors);

    RawArticle trafilatura = Decoded.of("f.jsonl", lines("{\"raw_text\": \"R\", \"date\": 1715850000, \"hostname\":"
        + " \"h.example\", \"author\": \"X, Y; Z\", \"source\": \"https://t.example/a\"}")).only();
    assertEquals("1715850000", trafilatura.dateRaw); // number kept as written
    assertEquals("https://t.example/a", trafilatura.url);
    assertEquals("h.example", trafilatura.publisher);
    assertEquals(List.of("X, Y", "Z"), trafilatura.authors); // ';' wins over ','
    assertNull(trafilatura.title);

    RawArticle sourceNotUrl = Decoded.of("f.jsonl", lines("{\"text\": \"x\", \"source\": \"feed-17\"}")).only();
    assertNull(sourceNotUrl.url);
  }

  @Test
  public void fieldMapNamesComeFirst() {
    ReaderConfig cfg = ReaderConfig.of(InputFormat.AUTO, ReaderConfig.parseFieldMap("headline=title, body=text"),
        ReaderConfig.DEFAULT_MAX_ARTICLE_BYTES);
    RawArticle a = Decoded.of("f.jsonl", lines("{\"headline\": \"H\", \"title\": \"T\", \"body\": \"B\"}"), cfg).only();
    assertEquals("H", a.title);
    assertEquals(List.of(Paragraph.plain("B")), a.paragraphs);
    RawArticle csv = Decoded.of("f.csv", utf8("headline,body\nH2,B2\n"), cfg).only();
    assertEquals("H2", csv.title);
  }

  // ------------------------------------------------------------------ CSV

  @Test
  public void csvRowsAndTheirHazards() {
    String header = "title,text,date\n";
    int h = header.length();
    run(
        c("plain rows", "f.csv", utf8(header + "Alpha,one,2024\nBeta,two,2025\n"), "A f.csv:2@" + h + " Alpha",
            "A f.csv:3@" + (h + 15) + " Beta"),
        c("quoted multi-line field: the row keeps its first line", "f.csv",
            utf8(header + "\"Alpha, a\",\"one\n\ntwo \"\"q\"\"\",2024\nBeta,b,1\n"), "A f.csv:2@" + h + " Alpha, a",
            "A f.csv:5@" + (h + 33) + " Beta"),
        c("missing columns", "f.csv", utf8(header + "Alpha,one\nBeta,two,3\n"), "R csv_missing_columns f.csv:2@" + h,
            "A f.csv:3@" + (h + 10) + " Beta"),
        c("extra columns", "f.csv", utf8(header + "Alpha,one,2,3\n"), "R csv_missing_columns f.csv:2@" + h),
        c("junk after a closing quote costs only that row", "f.csv", utf8(header + "\"Alpha\"x,one,2\nBeta,b,1\n"),
            "R malformed_csv f.csv:2@" + h, "A f.csv:3@" + (h + 15) + " Beta"),
        c("unclosed quote: rows before kept, the rest is one reject", "f.csv",
            utf8(header + "Alpha,one,1\n\"Beta,two,2\nGamma,three,3\n"), "A f.csv:2@" + h + " Alpha",
            "R malformed_csv f.csv:3@" + (h + 12)),
        c("header only", "f.csv", utf8(header), "R empty_file f.csv@0"),
        c("CRLF", "f.csv", utf8("title,text\r\nAlpha,\"a\r\nb\"\r\n"), "A f.csv:2@12 Alpha"));
    RawArticle crlf = Decoded.of("f.csv", utf8("title,text\r\nAlpha\r,\"a\r\nb\"\r\n")).only();
    assertEquals(List.of(Paragraph.plain("a"), Paragraph.plain("b")), crlf.paragraphs);
    assertEquals("Alpha", crlf.title);
    RawArticle multi = Decoded.of("f.csv", utf8(header + "\"A\",\"one\n\ntwo \"\"q\"\"\",2024\n")).only();
    assertEquals(List.of(Paragraph.plain("one"), Paragraph.plain("two \"q\"")), multi.paragraphs);
    assertEquals("csv", multi.format);
  }

  // ------------------------------------------------------------------ text files

  @Test
  public void seedLayouts() throws IOException {
    RawArticle s0 = Decoded.of("s0.txt", Files.readAllBytes(Paths.get("testdata/corpus/000_44610d290e9c4598.txt"))).only();
    assertEquals("Kremlin says Trump-Putin meeting is \"important\" for settling \"crisis around Ukraine\"", s0.title);
    assertNull(s0.dateRaw);
    assertEquals("txt", s0.format);
    List<Paragraph> p = s0.paragraphs;
    assertEquals(13, p.size());
    assertEquals(null, p.get(0).label);
    assertEquals("Source", p.get(1).label);
    assertTrue(p.get(1).text.startsWith("Kremlin-aligned news agencies"));
    assertEquals("Quote", p.get(3).label);
    assertEquals(new Paragraph("Background", false, ""), p.get(7));
    assertEquals(new Paragraph("Background", true, "US Secretary of State Marco Rubio said he does not believe that"
        + " the negotiations between the Ukrainian and Russian delegations in Istanbul will lead to any breakthrough."), p.get(10));
    assertEquals(Paragraph.plain("Support Ukrainska Pravda on Patreon!"), p.get(12));
    assertEquals(List.of(), s0.authors);
    assertNull(s0.url);

    RawArticle s1 = Decoded.of("s1.txt", Files.readAllBytes(Paths.get("testdata/corpus/001_1f2eece8fa9ed85a.txt"))).only();
    assertNull(s1.title);
    assertEquals("2025-05-16", s1.dateRaw);
    assertTrue(s1.paragraphs.get(0).text.startsWith("Dmitry Peskov, spokesman"));
    assertEquals(11, s1.paragraphs.size());
    assertEquals(Paragraph.plain("US President Donald Trump said on 16 May that he would meet with Russian ruler"
        + " Vladimir Putin as soon as it was possible to organise a meeting"), s1.paragraphs.get(10));
  }

  @Test
  public void crlfNulAndControlBytesAreCleaned() {
    RawArticle crlf = Decoded.of("c.txt", utf8("Head line\r\nFirst.\r\n\r\nSecond.\rThird.\r\n")).only();
    assertEquals("Head line", crlf.title);
    assertEquals(List.of(Paragraph.plain("First."), Paragraph.plain("Second."), Paragraph.plain("Third.")), crlf.paragraphs);
    RawArticle nul = Decoded.of("n.jsonl", utf8("{\"title\": \"A\u0000B\u0007\", \"text\": \"x\u001by\\u0000z\"}\n")).only();
    assertEquals("AB", nul.title);
    assertEquals(List.of(Paragraph.plain("xyz")), nul.paragraphs);
    RawArticle nulTxt = Decoded.of("n.txt", utf8("Title\nbody\u0000 text\n")).only();
    assertEquals(List.of(Paragraph.plain("body text")), nulTxt.paragraphs);
  }

  @Test
  public void emptyBinaryAndUnreadable() {
    run(
        c("no bytes", "e.txt", new byte[0], "R empty_file e.txt@0"),
        c("only whitespace", "e.txt", utf8(" \n\t\r\n"), "R empty_file e.txt@0"),
        c("gzip of nothing", "e.txt.gz", gzipUnchecked(new byte[0]), "R empty_file e.txt.gz@0"),
        c("PNG magic", "x.txt", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, utf8("rest")), "R binary_file x.txt@0"),
        c("PDF magic", "x.json", utf8("%PDF-1.4 ..."), "R binary_file x.json@0"),
        c("many NULs", "x.txt", new byte[64], "R binary_file x.txt@0"),
        c("UTF-16 without BOM is binary", "x.txt", "Hello there, world".getBytes(StandardCharsets.UTF_16LE),
            "R binary_file x.txt@0"));
    Rejected r = Decoded.of("gone.txt", () -> {
      throw new java.nio.file.NoSuchFileException("/tmp/secret/gone.txt");
    }, ReaderConfig.defaults()).onlyReject();
    assertEquals("unreadable", r.reason);
    assertEquals("file cannot be read: the file is gone", r.message);
    assertEquals("read", r.stage);
  }

  // ------------------------------------------------------------------ compression and archives

  @Test
  public void compressionIsChosenByMagicBytes() throws IOException {
    byte[] plain = lines(A, B);
    String second = "A f.jsonl.x:2@" + (A.length() + 1) + " Beta";
    for (Object[] k : new Object[][] {
        {"gzip", gzip(plain)}, {"bzip2", bzip2(plain)}, {"zstd", zstd(plain)}, {"plain", plain},
        {"multi-member gzip", concat(gzip(lines(A)), gzip(lines(B)))},
        {"multi-stream bzip2", concat(bzip2(lines(A)), bzip2(lines(B)))},
        {"two zstd frames", concat(zstd(lines(A)), zstd(lines(B)))}}) {
      assertEquals((String) k[0], List.of("A f.jsonl.x:1@0 Alpha", second), Decoded.of("f.jsonl.x", (byte[]) k[1]).summary);
    }
    assertEquals(List.of("A p.jsonl.gz:1@0 Alpha"), Decoded.of("p.jsonl.gz", lines(A)).summary);
    assertEquals(List.of("A p.txt.bz2@0 Head"), Decoded.of("p.txt.bz2", gzip(utf8("Head\nBody.\n"))).summary);
  }

  @Test
  public void truncatedStreamsKeepRecordsBeforeTheBreak() throws IOException {
    byte[] good = lines(A, B);
    int third = good.length;
    for (Object[] k : new Object[][] {
        {"gzip", concat(gzip(good), half(gzip(lines(C))))},
        {"bzip2", concat(bzip2(good), half(bzip2(lines(C))))},
        {"zstd", concat(zstd(good), half(zstd(lines(C))))}}) {
      Decoded d = Decoded.of("t.jsonl", (byte[]) k[1]);
      assertEquals((String) k[0], List.of("A t.jsonl:1@0 Alpha", "A t.jsonl:2@" + (A.length() + 1) + " Beta",
          "R truncated_input t.jsonl:3@" + third), d.summary);
      assertThat(d.rejects.get(0).message, containsString("line 3: input breaks off (" + k[0] + ")"));
    }
    byte[] gz = gzip(utf8("Title\n" + "Body sentence. ".repeat(2000)));
    assertEquals(List.of("R truncated_input t.txt@0"), Decoded.of("t.txt", half(gz)).summary);
    assertEquals(List.of("R truncated_input t.txt@0"), Decoded.of("t.txt", Arrays.copyOf(gz, 12)).summary);
  }

  @Test
  public void archivesDecodeEachEntryAsAFile() throws IOException {
    byte[] zip = zip("a.txt", utf8("Zip one\nBody one.\n"), "dir/b.jsonl", lines(A, B), "empty.txt", new byte[0]);
    assertEquals(List.of("A z.zip!a.txt@0 Zip one", "A z.zip!dir/b.jsonl:1@0 Alpha",
        "A z.zip!dir/b.jsonl:2@" + (A.length() + 1) + " Beta", "R empty_file z.zip!empty.txt@0"),
        Decoded.of("z.zip", zip).summary);
    byte[] tgz = gzip(tar("x.txt", utf8("Tar one\nBody.\n"), "y.jsonl.gz", gzip(lines(C))));
    assertEquals(List.of("A t.tgz!x.txt@0 Tar one", "A t.tgz!y.jsonl.gz:1@0 Gamma"), Decoded.of("t.tgz", tgz).summary);
    byte[] nested = zip("inner.zip", zip("a.txt", utf8("x\ny\n")));
    assertEquals(List.of("R unreadable n.zip!inner.zip@0"), Decoded.of("n.zip", nested).summary);
    StringBuilder noise = new StringBuilder("Tar two\n");
    java.util.Random random = new java.util.Random(1);
    for (int i = 0; i < 20_000; i++) {
      noise.append((char) ('a' + random.nextInt(26)));
    }
    byte[] brokenTgz = half(gzip(tar("x.txt", utf8("Tar one\nBody.\n"), "y.txt", utf8(noise.toString()))));
    Decoded broken = Decoded.of("b.tgz", brokenTgz);
    assertEquals(List.of("A b.tgz!x.txt@0 Tar one", "R truncated_input b.tgz!y.txt@0"), broken.summary);
    assertEquals(List.of("R empty_file e.zip@0"), Decoded.of("e.zip", zip()).summary);
  }

  // ------------------------------------------------------------------ format choice

  @Test
  public void formatByExtensionThenByContent() {
    run(
        c("object per line, no extension", "data", lines(A, B), "A data:1@0 Alpha", "A data:2@" + (A.length() + 1) + " Beta"),
        c("pretty object, no extension", "data", utf8("{\n \"title\": \"P\"\n}"), "A data@0 P"),
        c("array, no extension", "data", utf8("  [" + A + "]"), "A data@0 Alpha"),
        c("text, no extension", "data", utf8("Head\nBody.\n"), "A data@0 Head"),
        c(".ndjson", "x.NDJSON", lines(A), "A x.NDJSON:1@0 Alpha"),
        c(".txt wins over JSON-looking content", "x.txt", lines(A, B), "A x.txt@0 " + A));
    ReaderConfig forced = ReaderConfig.of(InputFormat.CSV, Map.of(), 1000);
    assertEquals(List.of("A x.txt:2@8 Alpha"), Decoded.of("x.txt", utf8("title,x\nAlpha,1\n"), forced).summary);
  }

  // ------------------------------------------------------------------ encodings

  @Test
  public void encodings() throws IOException {
    String ru = "Городской совет утвердил бюджет\nДепутаты городского совета Самары в четверг утвердили бюджет на"
        + " следующий год.\nБольше всего денег получат школы, больницы и ремонт дорог.\n";
    Object[][] cases = {
        // name, bytes, expected charset, expected title
        {"UTF-8 BOM", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8("Tïtle\nBody.\n")), "UTF-8", "Tïtle"},
        {"UTF-16LE BOM", concat(new byte[] {(byte) 0xff, (byte) 0xfe}, "Tïtle\nBody.\n".getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE", "Tïtle"},
        {"UTF-16BE BOM", concat(new byte[] {(byte) 0xfe, (byte) 0xff}, "Tïtle\nBody.\n".getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE", "Tïtle"},
        {"UTF-32LE BOM", concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, "Tïtle\nBody.\n".getBytes(Charset.forName("UTF-32LE"))), "UTF-32LE", "Tïtle"},
        {"UTF-32BE BOM", concat(new byte[] {0, 0, (byte) 0xfe, (byte) 0xff}, "Tïtle\nBody.\n".getBytes(Charset.forName("UTF-32BE"))), "UTF-32BE", "Tïtle"},
        {"windows-1251", ru.getBytes(Charset.forName("windows-1251")), "windows-1251", "Городской совет утвердил бюджет"},
        {"KOI8-R", ru.getBytes(Charset.forName("KOI8-R")), "KOI8-R", "Городской совет утвердил бюджет"},
        {"windows-1252 French", "Le conseil a voté\nLes élus ont approuvé le budget à l'unanimité; ça coûte cher.\n"
            .getBytes(Charset.forName("windows-1252")), "ISO-8859-1", "Le conseil a voté"}};
    for (Object[] k : cases) {
      RawArticle a = Decoded.of("e.txt", (byte[]) k[1]).only();
      assertEquals((String) k[0], k[2], a.sourceCharset);
      assertEquals((String) k[0], k[3], a.title);
    }
    RawArticle cp1251 = Decoded.of("r.txt", Files.readAllBytes(Paths.get("testdata/corpus/russian-cp1251.txt"))).only();
    assertEquals("Городской совет Самары утвердил новый бюджет", cp1251.title);
    assertEquals(new Paragraph("Source", false, "пресс-служба городского совета"), cp1251.paragraphs.get(2));

    byte[] utf16Lines = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, (A + "\r\n" + B + "\n").getBytes(StandardCharsets.UTF_16LE));
    assertEquals(List.of("A u.jsonl:1@2 Alpha", "A u.jsonl:2@" + (2 + 2 * (A.length() + 2)) + " Beta"),
        Decoded.of("u.jsonl", utf16Lines).summary);
  }

  @Test
  public void badEncodingNeverBecomesMojibake() {
    byte[] damaged = concat(utf8("Café title\nThe café "), new byte[] {(byte) 0xff, (byte) 0xc3}, utf8(" rules.\n"));
    Rejected r = Decoded.of("d.txt", damaged).onlyReject();
    assertEquals("bad_encoding", r.reason);
    assertEquals("byte 0xFF at offset 22 is not UTF-8, yet the file also holds valid UTF-8 text: damaged UTF-8,"
        + " no charset guessed", r.message);
    // too little evidence for the detector
    Rejected scrap = Decoded.of("s.txt", "Депутаты.".getBytes(Charset.forName("windows-1251"))).onlyReject();
    assertEquals("bad_encoding", scrap.reason);
    assertThat(scrap.message, containsString("no accepted charset was detected"));
    // JSON Lines: only the damaged line goes
    byte[] jsonl = concat(utf8("{\"title\": \"Théâtre\", \"text\": \"x\"}\n{\"title\": \"caf"), new byte[] {(byte) 0xe9},
        utf8("\"}\n" + B + "\n"));
    Decoded d = Decoded.of("d.jsonl", jsonl);
    assertEquals(List.of("A d.jsonl:1@0 Théâtre", "R bad_encoding d.jsonl:2@36", "A d.jsonl:3@54 Beta"), d.summary);
    assertEquals("line 2: byte 0xE9 at column 15 is not valid UTF-8", d.rejects.get(0).message);
  }

  // ------------------------------------------------------------------ sizes and raw

  @Test
  public void recordsOverTheLimitAreTooLarge() throws IOException {
    ReaderConfig small = ReaderConfig.of(InputFormat.AUTO, Map.of(), 100);
    String big = "{\"title\": \"Big\", \"text\": \"" + "x".repeat(200) + "\"}";
    Decoded d = Decoded.of("f.jsonl", lines(A, big, B), small);
    assertEquals(List.of("A f.jsonl:1@0 Alpha", "R too_large f.jsonl:2@" + (A.length() + 1),
        "A f.jsonl:3@" + (A.length() + big.length() + 2) + " Beta"), d.summary);
    assertEquals("line 2: record is 228 bytes, more than the limit of 100", d.rejects.get(0).message);
    assertEquals(100, d.rejects.get(0).raw.length);
    assertEquals(List.of("R too_large t.txt@0"), Decoded.of("t.txt", utf8("T\n" + "y".repeat(100)), small).summary);
    assertEquals(List.of("A t.txt@0 T"), Decoded.of("t.txt", utf8("T\n" + "y".repeat(98)), small).summary);
    assertEquals(List.of("R too_large c.csv:2@8", "A c.csv:4@213 B"),
        Decoded.of("c.csv", utf8("title,x\n\"" + "a".repeat(100) + "\n" + "b".repeat(99) + "\",1\nB,2\n"), small).summary);
    assertEquals(List.of("R too_large z.zip!a.txt@0", "A z.zip!b.txt@0 B"),
        Decoded.of("z.zip", zip("a.txt", utf8("A\n" + "a".repeat(200)), "b.txt", utf8("B\nb\n")), small).summary);
  }

  @Test
  public void rawKeepsTheFirst2048Bytes() {
    String longText = "{\"title\": \"Long\", \"text\": \"" + "z".repeat(5000) + "\"}";
    RawArticle a = Decoded.of("f.jsonl", lines(longText)).only();
    assertEquals(2048, a.raw.length);
    assertArrayEquals(Arrays.copyOf(utf8(longText), 2048), a.raw);
  }

  /** A 60 MB line, written streaming to a temp file, read with the default limit: rejected, neighbours kept. */
  @Test
  public void sixtyMegabyteLineIsSkippedWithBoundedMemory() throws IOException {
    Path f = Files.createTempFile("huge", ".jsonl");
    try {
      try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
        out.write(lines(A));
        out.write(utf8("{\"title\": \"Huge\", \"text\": \""));
        byte[] chunk = utf8("w".repeat(1 << 16));
        for (int i = 0; i < 60 * 16; i++) {
          out.write(chunk);
        }
        out.write(utf8("\"}\n"));
        out.write(lines(B));
      }
      Decoded d = Decoded.of("huge.jsonl", () -> Files.newInputStream(f), ReaderConfig.defaults());
      long hugeLen = 27 + 60L * (1 << 20) + 2;
      assertEquals(List.of("A huge.jsonl:1@0 Alpha", "R too_large huge.jsonl:2@" + (A.length() + 1),
          "A huge.jsonl:3@" + (A.length() + 1 + hugeLen + 1) + " Beta"), d.summary);
      assertEquals(Rejected.MAX_RAW_BYTES, d.rejects.get(0).raw.length);
    } finally {
      Files.delete(f);
    }
  }

  /** The bounded buffer itself: a line far over the limit never grows the buffer past the limit. */
  @Test
  public void lineReaderBufferStaysWithinTheLimit() throws IOException {
    byte[] data = concat(utf8("short\n"), new byte[5_000_000], utf8("\nlast"));
    Arrays.fill(data, 6, 5_000_006, (byte) 'q');
    LineReader r = new LineReader(new java.io.ByteArrayInputStream(data), StandardCharsets.UTF_8, 0, 1000);
    assertTrue(r.next());
    assertEquals("short", new String(r.bytes(), StandardCharsets.UTF_8));
    assertTrue(r.next());
    assertTrue(r.tooLong());
    assertEquals(5_000_000, r.length());
    assertEquals(6, r.lineStart());
    assertTrue(r.next());
    assertEquals("last", new String(r.bytes(), StandardCharsets.UTF_8));
    assertEquals(3, r.lineNumber());
    assertEquals(5_000_007, r.lineStart());
    assertTrue(!r.next());
    assertTrue("peak " + r.peakBuffered(), r.peakBuffered() <= 1000);
  }

  /** A gzip bomb: 64 MiB of one letter in ~64 KiB; the text reader stops at the limit, JSONL skips the line. */
  @Test
  public void gzipBombStopsAtTheLimit() throws IOException {
    ByteArrayOutputStreamWithBomb bomb = new ByteArrayOutputStreamWithBomb();
    ReaderConfig oneMiB = ReaderConfig.of(InputFormat.AUTO, Map.of(), 1 << 20);
    assertEquals(List.of("R too_large bomb.txt.gz@0"), Decoded.of("bomb.txt.gz", bomb.bytes, oneMiB).summary);
    assertEquals(List.of("R too_large bomb.jsonl.gz:1@0"), Decoded.of("bomb.jsonl.gz", bomb.bytes, oneMiB).summary);
  }

  private static final class ByteArrayOutputStreamWithBomb {
    final byte[] bytes;

    ByteArrayOutputStreamWithBomb() throws IOException {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try (var z = new java.util.zip.GZIPOutputStream(out, 1 << 16)) {
        byte[] chunk = new byte[1 << 16];
        Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 1024; i++) {
          z.write(chunk);
        }
      }
      bytes = out.toByteArray();
    }
  }

  private static byte[] gzipUnchecked(byte[] b) {
    try {
      return gzip(b);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
