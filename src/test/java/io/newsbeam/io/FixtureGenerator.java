package io.newsbeam.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Date;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorOutputStream;

/**
 * Writes the reader fixtures under testdata/corpus and testdata/bad (except the two seeds). The compressed
 * ones are committed as binaries; this class is how they were made, and {@code FixturesTest} checks that
 * running it again gives the same bytes. Run: {@code java ... FixtureGenerator testdata}.
 */
public final class FixtureGenerator {
  private FixtureGenerator() {}

  public static void main(String[] args) throws IOException {
    generate(Paths.get(args.length > 0 ? args[0] : "testdata"));
  }

  static void generate(Path testdata) throws IOException {
    corpus(testdata.resolve("corpus"));
    bad(testdata.resolve("bad"));
  }

  // ------------------------------------------------------------------------------------------- corpus

  private static void corpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("stories.jsonl"), utf8(String.join("\n",
        // news-please names
        """
        {"title": "Harbor City council approves flood barrier budget", "maintext": "Harbor City council voted 9 to 2 on Monday to spend 48 million dollars on a movable flood barrier at the river mouth.\\nConstruction is due to start next spring and take three years.\\nOpponents said the money should go to raising the sea wall instead.", "date_publish": "2024-03-12 09:30:00", "url": "https://harborcitytimes.example/news/flood-barrier-budget", "source_domain": "harborcitytimes.example", "authors": ["Maria Lopez"], "language": "en", "description": "The council backs a 48 million dollar barrier."}""",
        // newspaper4k names plus a news-please title: one record mixing families
        """
        {"title": "Port workers in Eastbridge begin 48-hour strike", "text": "Dock workers at the port of Eastbridge walked out at midnight in a dispute over night-shift pay.\\n\\nThe union says about 1,200 members joined the strike and that container traffic has stopped.\\nThe port authority called the action unnecessary and said talks would resume on Thursday.", "publish_date": "2024-05-02T06:15:00+01:00", "canonical_link": "https://eastbridgepost.example/2024/05/02/port-strike", "meta_site_name": "Eastbridge Post", "meta_lang": "en", "authors": "Kevin Osei, Hanna Berg"}""",
        // trafilatura names
        """
        {"title": "Researchers find bacteria that digest nylon waste", "raw_text": "A team at the University of Lindmark has identified soil bacteria that break down nylon fibres within weeks.\\nThe enzymes involved could one day help recycle old fishing nets, the researchers wrote in their paper.", "date": "2024-02-20", "hostname": "sciencedaily-digest.example", "author": "Ann Lee; Tom Brandt", "source": "https://sciencedaily-digest.example/nylon-bacteria"}""")
        + "\n"));
    write(dir.resolve("stories.jsonl.gz"), gzip(utf8(jsonl(
        rec("Regional rail line reopens after bridge repair", "Trains on the Valley Line are running again after engineers finished repairing the Mill Creek bridge.\\nThe line had been closed for six weeks after flood damage.", "2024-04-08", "https://valleyherald.example/rail-reopens", "valleyherald.example"),
        rec("Library extends weekend hours after petition", "The Oakdale central library will open on Sundays from next month.\\nMore than 3,000 residents signed a petition asking for longer hours.", "2024-01-15", "https://oakdalegazette.example/library-hours", "oakdalegazette.example")))));
    write(dir.resolve("stories.jsonl.bz2"), bzip2(utf8(jsonl(
        rec("Farmers report early cherry harvest", "Cherry growers in the Brenner valley began picking two weeks earlier than usual after a warm spring.\\nPrices at the wholesale market fell by a fifth.", "2024-06-03", "https://agrarnews.example/early-cherries", "agrarnews.example"),
        rec("Northfield school district hires 40 new teachers", "The Northfield school district has filled 40 vacant teaching posts before the new school year.\\nMost of the new staff will teach maths and science.", "2024-08-19", "https://northfieldledger.example/new-teachers", "northfieldledger.example")))));
    write(dir.resolve("stories.jsonl.zst"), zstd(utf8(jsonl(
        rec("Wind farm approved off the southern coast", "Regulators approved a 60-turbine wind farm twelve miles off the southern coast on Wednesday.\\nThe developer expects the first power in 2027.", "2024-07-10", "https://coastalrecord.example/wind-farm", "coastalrecord.example"),
        rec("City museum returns stolen bronze statue", "The city museum has handed back a bronze statue that was stolen from a temple in 1978.\\nCurators traced the object through old auction catalogues.", "2024-09-05", "https://metroarts.example/statue-returned", "metroarts.example")))));
    write(dir.resolve("storm-power-cut.json"), utf8("""
        {
          "authors": ["Jonas Weber"],
          "date_download": "2024-11-03 08:00:00",
          "date_publish": "2024-11-02 21:40:00",
          "description": "High winds brought down power lines across the county.",
          "language": "en",
          "maintext": "A storm with gusts of up to 110 km/h knocked out power to about 20,000 homes in Kessel County on Saturday evening.\\nThe utility said most customers should be reconnected by Sunday night.",
          "source_domain": "kesselcourier.example",
          "title": "Storm knocks out power to 20,000 homes",
          "url": "https://kesselcourier.example/storm-power-cut"
        }
        """));
    write(dir.resolve("array.json"), utf8("""
        [
          {"title": "Local bakery wins national bread award", "maintext": "The Sunrise Bakery on Elm Street has won the national sourdough prize.\\nThe owners started the bakery in a garage eight years ago.", "date_publish": "2024-10-01", "url": "https://elmtownnews.example/bread-award", "source_domain": "elmtownnews.example"},
          {"title": "Transit agency tests hydrogen buses", "maintext": "The regional transit agency has begun a six-month trial of three hydrogen buses on its airport route.\\nDrivers will report on range and refuelling times.", "date_publish": "2024-10-14", "url": "https://transitwatch.example/hydrogen-buses", "source_domain": "transitwatch.example"}
        ]
        """));
    String csv = "title,text,date,url,publisher,authors\r\n"
        + "Water utility raises rates by 4 percent,\"The Harbor City water utility will raise rates by 4 percent from June, its board decided on Tuesday.\r\n\r\n"
        + "Officials said the extra money will replace lead pipes in older neighbourhoods.\",2024-04-02,https://harborcitytimes.example/water-rates,Harbor City Times,\"Priya Shah; Luis Moreno\"\r\n"
        + "Marathon draws record 12000 runners,\"A record 12,000 runners started the Riverside marathon on Sunday.\nThe winner finished in 2 hours 9 minutes, a course record.\",2024-04-21,https://riversidesport.example/marathon-record,Riverside Sport,Elena Rossi\r\n";
    write(dir.resolve("stories.csv"), utf8(csv));
    write(dir.resolve("stories.csv.gz"), gzip(utf8("title,text,date,url,publisher\n"
        + "Volcano observatory lowers alert level,\"The volcano observatory lowered the alert level for Mount Tarsk to yellow after a week of calm.\nHiking trails near the crater remain closed.\",2024-05-28,https://islandtimes.example/volcano-alert,Island Times\n"
        + "Startup opens battery recycling plant,\"A startup opened a plant in Brookfield that recovers lithium and nickel from used car batteries.\nIt will employ 150 people.\",2024-06-11,https://brookfieldbusiness.example/battery-plant,Brookfield Business\n")));
    write(dir.resolve("two-articles.zip"), zip(
        "bridge-toll.txt", utf8("Bridge toll to rise in July\nThe toll on the Harbor Bridge will rise from 3 to 4 dollars on 1 July.\nSource: Harbor Bridge Authority\nDetails: Commuters with a monthly pass will pay 10 percent more.\n"),
        "maternity-wing.txt", utf8("Hospital opens new maternity wing\nSt. Anne's Hospital opened a maternity wing with 30 beds on Friday.\nThe wing cost 22 million dollars and took two years to build.\n")));
    write(dir.resolve("two-articles.tar.gz"), gzip(tar(
        "comet.txt", utf8("Astronomers spot comet visible to the naked eye\nAmateur astronomers have spotted a comet that should be visible without a telescope in late October.\nBackground:\n- The comet was first recorded by a survey telescope in Chile.\n- It last passed the Sun about 80,000 years ago.\n"),
        "fishing-quota.txt", utf8(" date 2024-12-10 Talks on next year's fishing quotas stalled in Brussels on Tuesday.\n\nCoastal states could not agree on the cod catch in the northern sea.\n"))));
    write(dir.resolve("russian-cp1251.txt"), ("Городской совет Самары утвердил новый бюджет\n"
        + "Депутаты городского совета Самары в четверг утвердили бюджет на следующий год.\n"
        + "Больше всего денег получат школы, больницы и ремонт дорог.\n"
        + "Source: пресс-служба городского совета\n")
        .getBytes(Charset.forName("windows-1251")));
    write(dir.resolve("utf16be-bom.txt"), concat(new byte[] {(byte) 0xfe, (byte) 0xff},
        ("Mountain village gets high-speed internet\n"
        + "The village of Saint-Rémy-sur-Dore now has fibre broadband, after a decade of waiting.\n"
        + "The mayor said the café on the square was the first customer.\n").getBytes(StandardCharsets.UTF_16BE)));
    // plain JSON Lines behind a misleading .gz: magic bytes decide, the name is only a hint
    write(dir.resolve("not-really-compressed.jsonl.gz"), utf8(jsonl(
        rec("Airport adds direct flights to Lisbon", "The regional airport will offer three direct flights a week to Lisbon from April.\\nThe route is the airport's first to Portugal.", "2024-02-01", "https://airportnews.example/lisbon", "airportnews.example"))));
  }

  // ------------------------------------------------------------------------------------------- bad

  private static void bad(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("malformed-line.jsonl"), utf8(jsonl(
        good("Ferry timetable changes for winter", "The island ferry will sail four times a day instead of six from November."),
        "{\"title\": \"Broken record\", \"text\": \"the closing brace is missing\"",
        good("Town hall clock repaired", "The town hall clock is working again after a local watchmaker replaced its gears."))));
    write(dir.resolve("not-an-object.jsonl"), utf8(jsonl(
        good("New cycle lane opens on Main Street", "A protected cycle lane now runs the full length of Main Street."),
        "[\"an array\", \"is not an article\"]",
        good("Food bank reports record demand", "The county food bank served 4,000 families last month, a record."))));
    write(dir.resolve("deep-nesting.jsonl"), utf8(jsonl(
        good("Park renovation finished ahead of schedule", "The renovated Lakeside Park reopened two weeks early."),
        "{\"title\": \"Deep\", \"text\": \"nested\", \"extra\": " + "[".repeat(300) + "]".repeat(300) + "}")));
    write(dir.resolve("huge-number.jsonl"), utf8(jsonl(
        good("Chess club wins regional title", "The Westfield chess club won the regional league without losing a match."),
        "{\"title\": \"Huge\", \"text\": \"number\", \"date\": " + "9".repeat(1500) + "}")));
    String[] trunc = {
        good("Snow closes mountain pass", "The northern mountain pass was closed on Monday after heavy snow."),
        good("Old cinema to become a theatre", "The disused Roxy cinema will be turned into a theatre by a local trust."),
        good("Cut off record", "This record is inside the part of the stream that breaks off.")};
    write(dir.resolve("truncated.jsonl.gz"), concat(gzip(utf8(jsonl(trunc[0], trunc[1]))), half(gzip(utf8(jsonl(trunc[2]))))));
    String[] truncB = {
        good("River cleanup collects two tonnes of rubbish", "Volunteers pulled two tonnes of rubbish from the Ashby river on Saturday."),
        good("Bakery chain recalls bread rolls", "A bakery chain recalled bread rolls that may contain pieces of plastic."),
        good("Cut off record two", "This record is inside the broken second bzip2 stream.")};
    write(dir.resolve("truncated.jsonl.bz2"), concat(bzip2(utf8(jsonl(truncB[0], truncB[1]))), half(bzip2(utf8(jsonl(truncB[2]))))));
    String[] truncZ = {
        good("Zoo welcomes twin red pandas", "Two red panda cubs were born at the city zoo last month."),
        good("Stadium roof passes safety check", "Inspectors cleared the stadium roof after checking all its bolts."),
        good("Cut off record three", "This record is inside the broken second zstd frame.")};
    write(dir.resolve("truncated.jsonl.zst"), concat(zstd(utf8(jsonl(truncZ[0], truncZ[1]))), half(zstd(utf8(jsonl(truncZ[2]))))));
    write(dir.resolve("multi-member.jsonl.gz"), concat(
        gzip(utf8(jsonl(good("Farmers market moves indoors", "The Saturday farmers market has moved into the old railway hall for the winter.")))),
        gzip(utf8(jsonl(good("Police launch bicycle theft campaign", "Police will engrave frame numbers on bicycles for free this month."))))));
    write(dir.resolve("crlf.txt"), utf8("Harbor festival draws 50,000 visitors\r\nThe three-day harbor festival ended on Sunday with fireworks.\r\n\r\nOrganisers counted 50,000 visitors, more than ever before.\r\n"));
    write(dir.resolve("nul-and-control-bytes.jsonl"), utf8(jsonl(
        "{\"title\": \"Council publishes \u0000meeting minutes\", \"text\": \"The council now publishes its minutes online\u0007 within a week.\\nOlder minutes\u001b will follow.\"}",
        good("Gallery shows local photographers", "The town gallery is showing work by twelve local photographers until March."))));
    write(dir.resolve("invalid-utf8.txt"), concat(utf8("Café owners protest new parking rules\nThe owners of six cafés say the new rules "),
        new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3}, utf8(" keep customers away.\n")));
    write(dir.resolve("invalid-utf8-line.jsonl"), concat(
        utf8(good("Théâtre season opens with a comedy", "The municipal théâtre opened its season with a French comedy.") + "\n"),
        utf8("{\"title\": \"Bad bytes\", \"text\": \"caf"), new byte[] {(byte) 0xe9, (byte) 0x20, (byte) 0xff}, utf8("\"}\n"),
        utf8(good("Swimming pool reopens", "The public swimming pool reopened after new filters were fitted.") + "\n")));
    write(dir.resolve("utf16le-bom.jsonl"), concat(new byte[] {(byte) 0xff, (byte) 0xfe}, jsonl(
        good("Choir wins international prize", "The Lindale youth choir won first prize at a festival in Graz."),
        good("Bus drivers get new uniforms", "Bus drivers will wear new uniforms designed by design students from the city college."))
        .getBytes(StandardCharsets.UTF_16LE)));
    write(dir.resolve("empty.txt"), new byte[0]);
    write(dir.resolve("whitespace-only.jsonl"), utf8("\n   \n\t\n"));
    write(dir.resolve("binary.png"), concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13,
        'I', 'H', 'D', 'R'}, utf8("junk that is not an article"), new byte[] {0, 1, 2, 3, (byte) 0xff}));
    write(dir.resolve("csv-missing-columns.csv"), utf8("title,text,date\n"
        + "Allotment waiting list shrinks,The waiting list for allotment gardens fell below 100 for the first time.,2024-03-03\n"
        + "Short row,only two columns\n"
        + "Night buses return,Night buses will run again on weekends from May.,2024-04-04\n"));
    write(dir.resolve("csv-unclosed-quote.csv"), utf8("title,text,date\n"
        + "Skate park plans approved,The planning committee approved a skate park next to the leisure centre.,2024-05-05\n"
        + "Unclosed,\"this quote never closes,2024-05-06\n"
        + "Another row,that is swallowed by the open quote,2024-05-07\n"));
    write(dir.resolve("name with spaces ünïcödé.jsonl"), utf8(jsonl(
        good("Village pub saved by residents", "Residents of Little Hampden bought their village pub to keep it open."))));
    write(dir.resolve("glob[1]*?.jsonl"), utf8(jsonl(
        good("Street lights switch to LED", "All 8,000 street lights in the borough now use LED lamps."))));
    write(dir.resolve("no-body.jsonl"), utf8(jsonl(
        "{\"title\": \"Headline without a story\", \"date_publish\": \"2024-06-06\", \"url\": \"https://example.org/no-body\"}")));
    write(dir.resolve("odd-dates.jsonl"), utf8(jsonl(
        "{\"title\": \"Calendar error at the archive\", \"text\": \"The city archive found a register dated in year one.\", \"date\": \"0001-01-01\"}",
        "{\"title\": \"Impossible date in a press release\", \"text\": \"A press release carried a month and day that do not exist.\", \"date\": \"2050-13-45\"}",
        "{\"title\": \"Path in a date field\", \"text\": \"A scraper wrote a file path where the date should be.\", \"date\": \"../../x\"}")));
    write(dir.resolve("array-with-scalar.json"), utf8("""
        [
          {"title": "Harbour crane replaced", "maintext": "A new crane at the harbour can lift twice the weight of the old one."},
          "a string is not an article",
          {"title": "Beach wins blue flag", "maintext": "South Beach received a blue flag for clean water for the fifth year."}
        ]
        """));
  }

  // ------------------------------------------------------------------------------------------- helpers

  private static String rec(String title, String text, String date, String url, String domain) {
    return "{\"title\": \"" + title + "\", \"maintext\": \"" + text + "\", \"date_publish\": \"" + date
        + "\", \"url\": \"" + url + "\", \"source_domain\": \"" + domain + "\", \"language\": \"en\"}";
  }

  private static String good(String title, String text) {
    return "{\"title\": \"" + title + "\", \"text\": \"" + text + "\"}";
  }

  private static String jsonl(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] half(byte[] b) {
    return Arrays.copyOf(b, b.length / 2);
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) { // Java writes mtime 0: reproducible bytes
      z.write(b);
    }
    return out.toByteArray();
  }

  static byte[] bzip2(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new BZip2CompressorOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  static byte[] zstd(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new ZstdCompressorOutputStream(out, 3)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  private static final Date FIXED_TIME = new Date(1_700_000_000_000L);

  static byte[] zip(Object... nameAndBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(out)) {
      for (int i = 0; i < nameAndBytes.length; i += 2) {
        byte[] data = (byte[]) nameAndBytes[i + 1];
        ZipArchiveEntry e = new ZipArchiveEntry((String) nameAndBytes[i]);
        e.setTime(FIXED_TIME.getTime());
        z.putArchiveEntry(e);
        z.write(data);
        z.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] tar(Object... nameAndBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream t = new TarArchiveOutputStream(out)) {
      for (int i = 0; i < nameAndBytes.length; i += 2) {
        byte[] data = (byte[]) nameAndBytes[i + 1];
        TarArchiveEntry e = new TarArchiveEntry((String) nameAndBytes[i]);
        e.setSize(data.length);
        e.setModTime(FIXED_TIME);
        t.putArchiveEntry(e);
        t.write(data);
        t.closeArchiveEntry();
      }
    }
    return out.toByteArray();
  }

  private static void write(Path p, byte[] b) throws IOException {
    Files.write(p, b);
  }
}
