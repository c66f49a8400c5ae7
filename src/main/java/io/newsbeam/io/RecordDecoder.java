package io.newsbeam.io;

import io.newsbeam.model.Provenance;
import io.newsbeam.model.RawArticle;
import io.newsbeam.model.RejectReason;
import io.newsbeam.model.Rejected;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Decodes one file's bytes into records, with no Beam in sight. Every record ends as exactly one
 * {@link RawArticle} or one {@link Rejected} (stage {@code read}); a file that yields no record at all
 * (empty, binary, unreadable, only a CSV header, ...) is reported as one rejected row.
 *
 * <p><b>Records and provenance.</b> A record is a JSON Lines line, a CSV row, a text file, a JSON object
 * (a whole {@code .json} file, or each element of a top-level array), or, recursively, a file inside an
 * archive ({@code archive!entry}). {@code line} is 1-based: the line of a JSONL record, the physical line
 * where a CSV row starts, the line where a JSON array element starts; it is 0 for whole-file records.
 * {@code byteOffset} counts bytes of the decompressed stream (BOM included) up to the record's first byte.
 *
 * <p><b>Layers</b>, decided by content, names being only hints: compression by magic bytes (gzip,
 * multi-member included; bzip2; zstd), then archives (zip, tar; an archive inside an archive is refused as
 * {@code unreadable}), then binary content, then charset ({@link Encodings}), then the format
 * ({@link InputFormat}).
 *
 * <p><b>Memory.</b> The decoder reads at most {@code maxArticleBytes + 1} decompressed bytes into memory
 * (the "head"). Text and JSON files are records and must fit in it, else {@code too_large} without reading
 * on, which also stops decompression bombs. JSON Lines and CSV files larger than the head are read a
 * second time ({@link IoSupplier} called again) as a stream, line by line, each line bounded.
 *
 * <p><b>Encodings.</b> The charset is decided once per file from the head. Text and JSON files with bytes
 * that fit no accepted charset give one {@code bad_encoding} row; JSON Lines and CSV files are decoded per
 * record, so only the lines (rows) with bad bytes are rejected.
 *
 * <p><b>Breaks.</b> An I/O error while reading (a truncated gzip/bzip2/zstd stream or archive) keeps every
 * record finished before the break and adds one {@code truncated_input} row for the unfinished one. An
 * error opening the file, or an uncompressed file failing before its first byte, is {@code unreadable}.
 */
public final class RecordDecoder {
  static final String STAGE = "read";
  private static final int MAX_RAW = Rejected.MAX_RAW_BYTES;

  private final ReaderConfig config;
  private final int limit;
  private final Fields fields;
  private final JsonRecords json;

  public RecordDecoder(ReaderConfig config) {
    this.config = config;
    this.limit = (int) config.maxArticleBytes();
    this.fields = new Fields(config.fieldMap());
    this.json = new JsonRecords(config.maxArticleBytes());
  }

  /**
   * Decodes one file.
   *
   * @param fileName what provenance calls the file (a path or URI)
   * @param open opens the raw (possibly compressed) bytes; may be called twice
   */
  public void decode(String fileName, IoSupplier<InputStream> open, Consumer<RawArticle> articles,
      Consumer<Rejected> rejects) {
    decodeFile(fileName, open, 0, new Out(articles, rejects, null));
  }

  /** Emits records and counts them per file, so a file that produced nothing can be reported once. */
  private static final class Out {
    private final Consumer<RawArticle> articles;
    private final Consumer<Rejected> rejects;
    private final @Nullable Out parent;
    private long count;

    Out(Consumer<RawArticle> articles, Consumer<Rejected> rejects, @Nullable Out parent) {
      this.articles = articles;
      this.rejects = rejects;
      this.parent = parent;
    }

    Out child() {
      return new Out(articles, rejects, this);
    }

    void article(RawArticle a) {
      counted();
      articles.accept(a);
    }

    void reject(RejectReason reason, String message, Provenance source, byte[] raw) {
      counted();
      rejects.accept(Rejected.of(STAGE, reason, message, source, raw));
    }

    private void counted() {
      for (Out o = this; o != null; o = o.parent) {
        o.count++;
      }
    }
  }

  private void decodeFile(String name, IoSupplier<InputStream> open, int depth, Out parent) {
    Out out = parent.child();
    decodeStream(name, open, depth, out);
    if (out.count == 0) {
      out.reject(RejectReason.EMPTY_FILE, "file holds no records", new Provenance(name, 0, 0), new byte[0]);
    }
  }

  private void decodeStream(String name, IoSupplier<InputStream> open, int depth, Out out) {
    Provenance whole = new Provenance(name, 0, 0);
    Sniffer.Compression compression;
    Head head;
    try (InputStream raw = open.get()) {
      BufferedInputStream in = new BufferedInputStream(raw);
      compression = Sniffer.compression(Sniffer.peek(in, Sniffer.PROBE_BYTES));
      head = Head.read(compression, in, limit + 1);
    } catch (IOException e) {
      out.reject(RejectReason.UNREADABLE, "file cannot be read: " + kindOf(e), whole,
          new byte[0]);
      return;
    }
    if (head.len == 0) {
      if (head.error == null) {
        out.reject(RejectReason.EMPTY_FILE, "file is empty", whole, new byte[0]);
      } else if (compression == Sniffer.Compression.NONE) {
        out.reject(RejectReason.UNREADABLE, "file cannot be read: " + describe(head.error), whole, new byte[0]);
      } else {
        out.reject(RejectReason.TRUNCATED_INPUT, compression.label() + " stream breaks off before any data: "
            + describe(head.error), whole, new byte[0]);
      }
      return;
    }
    Sniffer.Archive archive = Sniffer.archive(head.bytes, head.len);
    if (archive != null) {
      if (depth > 0) {
        out.reject(RejectReason.UNREADABLE, "archive (" + archive.name().toLowerCase(Locale.ROOT)
            + ") inside an archive is not read", whole, head.prefix(0, MAX_RAW));
      } else {
        decodeArchive(name, open, compression, archive, depth, out);
      }
      return;
    }
    Sniffer.Bom bom = Sniffer.bom(head.bytes, head.len);
    String binary = Sniffer.binaryReason(head.bytes, head.len, bom);
    if (binary != null) {
      out.reject(RejectReason.BINARY_FILE, "not text: " + binary, whole, head.prefix(0, MAX_RAW));
      return;
    }
    InputFormat format = chooseFormat(name, head, bom);
    switch (format) {
      case TXT, JSON -> decodeWhole(name, format, head, bom, compression, out);
      case JSONL, CSV -> decodeLines(name, format, head, bom, compression, open, out);
      default -> throw new IllegalStateException("format " + format);
    }
  }

  // ---------------------------------------------------------------- whole-file formats: txt, json

  private void decodeWhole(String name, InputFormat format, Head head, Sniffer.@Nullable Bom bom,
      Sniffer.Compression compression, Out out) {
    Provenance whole = new Provenance(name, 0, 0);
    byte[] raw = head.prefix(0, MAX_RAW);
    if (head.full) {
      out.reject(RejectReason.TOO_LARGE, "file is larger than the limit of " + limit + " bytes", whole, raw);
      return;
    }
    if (head.error != null) {
      out.reject(RejectReason.TRUNCATED_INPUT, "input breaks off after " + head.len + " bytes"
          + via(compression) + ": " + describe(head.error), whole, raw);
      return;
    }
    int from = bom == null ? 0 : bom.length();
    Charset cs;
    String text;
    try {
      cs = bom != null ? bom.charset() : wholeFileCharset(head);
      text = Encodings.decodeStrict(head.bytes, from, head.len, cs);
    } catch (BadEncoding e) {
      out.reject(RejectReason.BAD_ENCODING, e.getMessage(), whole, raw);
      return;
    } catch (CharacterCodingException e) {
      out.reject(RejectReason.BAD_ENCODING, "bytes are not valid " + (bom != null ? bom.charset().name()
          + " although the file starts with its byte-order mark" : "in the detected charset"), whole, raw);
      return;
    }
    if (text.isBlank()) {
      out.reject(RejectReason.EMPTY_FILE, "file holds only whitespace", whole, raw);
      return;
    }
    if (format == InputFormat.TXT) {
      TextLayout.Parsed p = TextLayout.parse(TextCleanup.clean(text));
      out.article(new RawArticle(whole, format.code(), cs.name(), p.title(), null, p.paragraphs(), p.dateRaw(),
          null, null, List.of(), null, raw));
      return;
    }
    List<JsonRecords.DocItem> items = json.parseDocument(text);
    ByteOffsets offsets = new ByteOffsets(text, cs, from);
    boolean single = items.size() == 1;
    for (JsonRecords.DocItem item : items) {
      long start = offsets.at(item.startChar());
      long end = offsets.at(item.endChar());
      Provenance src = single ? whole : new Provenance(name, item.line(), start);
      byte[] itemRaw = Arrays.copyOfRange(head.bytes, (int) start, (int) Math.min(end, start + MAX_RAW));
      if (item.fields() != null) {
        out.article(article(src, format, cs, item.fields(), itemRaw));
      } else {
        String msg = item.failure().message() + (item.rest() && !single ? "; the rest of the file is not read" : "");
        out.reject(item.failure().reason(), msg, src, itemRaw);
      }
    }
  }

  /** Not a bug: bytes that fit no charset we accept. */
  private static final class BadEncoding extends Exception {
    private static final long serialVersionUID = 1L;

    BadEncoding(String message) {
      super(message, null, false, false);
    }
  }

  private static Charset wholeFileCharset(Head head) throws BadEncoding {
    Encodings.Utf8Scan scan = Encodings.scanUtf8(head.bytes, 0, head.len, false);
    if (scan.valid()) {
      return StandardCharsets.UTF_8;
    }
    String where = String.format(Locale.ROOT, "byte 0x%02X at offset %d is not UTF-8", head.bytes[scan.firstInvalidAt()],
        scan.firstInvalidAt());
    if (scan.validMultibyte() > 0) {
      throw new BadEncoding(where + ", yet the file also holds valid UTF-8 text: damaged UTF-8, no charset guessed");
    }
    Encodings.Detection d = Encodings.detectLegacy(head.bytes, 0, head.len);
    if (d == null || d.accepted() == null) {
      throw new BadEncoding(where + ", and no accepted charset was detected"
          + (d == null ? "" : " (best guess " + d.name() + ", confidence " + d.confidence() + ")"));
    }
    return d.accepted();
  }

  /** Maps char offsets in decoded text (increasing) to byte offsets in the original bytes. */
  private static final class ByteOffsets {
    private final String text;
    private final Charset cs;
    private long chars;
    private long bytes;

    ByteOffsets(String text, Charset cs, int bomLength) {
      this.text = text;
      this.cs = cs;
      this.bytes = bomLength;
    }

    long at(long charOffset) {
      long c = Math.min(charOffset, text.length());
      if (c > chars) {
        bytes += text.substring((int) chars, (int) c).getBytes(cs).length;
        chars = c;
      }
      return bytes;
    }
  }

  // ---------------------------------------------------------------- line formats: jsonl, csv

  private void decodeLines(String name, InputFormat format, Head head, Sniffer.@Nullable Bom bom,
      Sniffer.Compression compression, IoSupplier<InputStream> open, Out out) {
    Charset cs = bom != null ? bom.charset() : lineFileCharset(head);
    int skip = bom == null ? 0 : bom.length();
    LineReader lines = null;
    try (InputStream src = head.full ? reopen(open, compression, skip) : head.replay(skip)) {
      lines = new LineReader(src, cs, skip, limit);
      if (format == InputFormat.JSONL) {
        readJsonLines(name, lines, cs, out);
      } else {
        readCsv(name, lines, cs, out);
      }
    } catch (IOException e) {
      long line = lines == null ? 1 : lines.lineNumber();
      long start = lines == null ? skip : lines.lineStart();
      byte[] partial = lines == null ? new byte[0] : lines.bytes();
      out.reject(RejectReason.TRUNCATED_INPUT, "line " + line + ": input breaks off" + via(compression) + ": "
          + describe(e), new Provenance(name, line, start),
          partial);
    }
  }

  /**
   * Damaged UTF-8 (some valid multi-byte sequences) and undetectable bytes both stay UTF-8: decoded per
   * record, only the records with bad bytes are rejected.
   */
  private static Charset lineFileCharset(Head head) {
    Encodings.Utf8Scan scan = Encodings.scanUtf8(head.bytes, 0, head.len, head.full);
    if (scan.valid() || scan.validMultibyte() > 0) {
      return StandardCharsets.UTF_8;
    }
    Encodings.Detection d = Encodings.detectLegacy(head.bytes, 0, head.len);
    return d != null && d.accepted() != null ? d.accepted() : StandardCharsets.UTF_8;
  }

  private static InputStream reopen(IoSupplier<InputStream> open, Sniffer.Compression compression, int skip)
      throws IOException {
    InputStream raw = open.get();
    try {
      InputStream in = compression.wrap(new BufferedInputStream(raw));
      in.skipNBytes(skip);
      return in;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  private void readJsonLines(String name, LineReader lines, Charset cs, Out out) throws IOException {
    while (lines.next()) {
      long n = lines.lineNumber();
      Provenance src = new Provenance(name, n, lines.lineStart());
      byte[] bytes = lines.bytes();
      if (lines.tooLong()) {
        out.reject(RejectReason.TOO_LARGE, "line " + n + ": record is " + lines.length()
            + " bytes, more than the limit of " + limit, src, bytes);
        continue;
      }
      String text;
      try {
        text = Encodings.decodeStrict(bytes, 0, bytes.length, cs);
      } catch (CharacterCodingException e) {
        out.reject(RejectReason.BAD_ENCODING, "line " + n + ": " + badBytes(bytes, cs), src, bytes);
        continue;
      }
      if (text.isBlank()) {
        continue;
      }
      JsonRecords.LineResult r = json.parseLine(text, n);
      if (r.fields() != null) {
        out.article(article(src, InputFormat.JSONL, cs, r.fields(), bytes));
      } else {
        out.reject(r.failure().reason(), r.failure().message(), src, bytes);
      }
    }
  }

  /**
   * CSV rows are cut at byte level (a row goes on while it holds an odd number of quotes, which is how
   * RFC 4180 quoting nests newlines), then each row is split by {@link CsvRow} on its own. So a bad row costs
   * only itself, offsets are exact, and memory is bounded per row. A quote left open at the end of the file
   * makes the rest of the file, from that row, one {@code malformed_csv} row.
   */
  private void readCsv(String name, LineReader lines, Charset cs, Out out) throws IOException {
    List<String> header = null;
    byte[] newline = lines.newline();
    while (lines.next()) {
      long n = lines.lineNumber();
      Provenance src = new Provenance(name, n, lines.lineStart());
      Bounded row = new Bounded(limit);
      row.add(lines.bytes(), lines.length());
      long quotes = lines.quotes();
      while (quotes % 2 == 1) {
        if (!lines.next()) {
          out.reject(RejectReason.MALFORMED_CSV, "line " + n + ": quoted field is never closed; the rest of the"
              + " file (from this row) is not read", src, row.bytes());
          return;
        }
        row.add(newline, newline.length);
        row.add(lines.bytes(), lines.length());
        quotes += lines.quotes();
      }
      if (row.length > limit) {
        if (header == null) {
          out.reject(RejectReason.MALFORMED_CSV, "line " + n + ": header row is larger than the limit of " + limit
              + " bytes; the file is not read", src, row.bytes());
          return;
        }
        out.reject(RejectReason.TOO_LARGE, "line " + n + ": row is " + row.length + " bytes, more than the limit of "
            + limit, src, row.bytes());
        continue;
      }
      byte[] bytes = row.bytes();
      String text;
      try {
        text = Encodings.decodeStrict(bytes, 0, bytes.length, cs);
      } catch (CharacterCodingException e) {
        out.reject(RejectReason.BAD_ENCODING, "line " + n + ": " + badBytes(bytes, cs)
            + (header == null ? "; without a header the file is not read" : ""), src, bytes);
        if (header == null) {
          return;
        }
        continue;
      }
      if (text.isBlank()) {
        continue;
      }
      List<String> values;
      try {
        values = CsvRow.split(text);
      } catch (CsvRow.MalformedRow e) {
        out.reject(RejectReason.MALFORMED_CSV, "line " + n + ": " + e.getMessage()
            + (header == null ? "; without a header the file is not read" : ""), src, bytes);
        if (header == null) {
          return;
        }
        continue;
      }
      if (header == null) {
        header = new ArrayList<>();
        for (String h : values) {
          header.add(h.strip());
        }
        continue;
      }
      if (values.size() != header.size()) {
        out.reject(RejectReason.CSV_MISSING_COLUMNS, "line " + n + ": " + values.size()
            + " columns where the header has " + header.size(), src, bytes);
        continue;
      }
      Map<String, Object> record = new HashMap<>(); // looked up by name only
      for (int i = 0; i < values.size(); i++) {
        record.putIfAbsent(header.get(i), values.get(i));
      }
      out.article(article(src, InputFormat.CSV, cs, record, bytes));
    }
  }

  /** Keeps the first {@code max} bytes of a row and the full length. */
  private static final class Bounded {
    private final int max;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long length;

    Bounded(int max) {
      this.max = max;
    }

    void add(byte[] b, long fullLength) {
      length += fullLength;
      int room = max - kept.size();
      if (room > 0) {
        kept.write(b, 0, Math.min(room, b.length));
      }
    }

    byte[] bytes() {
      return kept.toByteArray();
    }
  }

  // ---------------------------------------------------------------- archives

  private void decodeArchive(String name, IoSupplier<InputStream> open, Sniffer.Compression compression,
      Sniffer.Archive archive, int depth, Out out) {
    String last = null;
    try (InputStream raw = open.get();
        InputStream in = compression.wrap(new BufferedInputStream(raw));
        ArchiveInputStream<?> entries = archive.open(in)) {
      ArchiveEntry entry;
      while ((entry = entries.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        String entryName = name + "!" + entry.getName();
        if (!entries.canReadEntryData(entry)) {
          out.reject(RejectReason.UNREADABLE, "archive entry uses an unsupported method or encryption",
              new Provenance(entryName, 0, 0), new byte[0]);
          continue;
        }
        Head body = Head.read(Sniffer.Compression.NONE, entries, limit + 1);
        if (body.full) {
          out.reject(RejectReason.TOO_LARGE, "archive entry is larger than the limit of " + limit + " bytes",
              new Provenance(entryName, 0, 0), body.prefix(0, MAX_RAW));
          continue;
        }
        // the entry's bytes (and, if the archive broke inside it, the break) are replayed as its own file
        decodeFile(entryName, () -> body.replay(0), depth + 1, out);
        if (body.error != null) {
          return;
        }
        last = entry.getName();
      }
    } catch (IOException e) {
      out.reject(RejectReason.TRUNCATED_INPUT, "archive breaks off" + (last == null ? "" : " after entry " + last)
          + via(compression) + ": " + describe(e), new Provenance(name, 0, 0), new byte[0]);
    }
  }

  // ---------------------------------------------------------------- shared

  private InputFormat chooseFormat(String name, Head head, Sniffer.@Nullable Bom bom) {
    if (config.format() != InputFormat.AUTO) {
      return config.format();
    }
    String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('!')) + 1).toLowerCase(Locale.ROOT);
    String stripped;
    do {
      stripped = base;
      for (String suffix : List.of(".gz", ".gzip", ".bz2", ".zst", ".zstd")) {
        if (base.endsWith(suffix)) {
          base = base.substring(0, base.length() - suffix.length());
        }
      }
    } while (!stripped.equals(base));
    if (base.endsWith(".jsonl") || base.endsWith(".ndjson")) {
      return InputFormat.JSONL;
    }
    if (base.endsWith(".json")) {
      return InputFormat.JSON;
    }
    if (base.endsWith(".csv")) {
      return InputFormat.CSV;
    }
    if (base.endsWith(".txt")) {
      return InputFormat.TXT;
    }
    int from = bom == null ? 0 : bom.length();
    Charset cs = bom == null ? StandardCharsets.UTF_8 : bom.charset();
    String start = new String(head.bytes, from, Math.min(head.len - from, 4096), cs).stripLeading();
    if (start.startsWith("[")) {
      return InputFormat.JSON;
    }
    if (start.startsWith("{")) {
      int nl = start.indexOf('\n');
      // one object per line, or a pretty-printed object spanning lines
      return nl > 0 && start.substring(0, nl).strip().endsWith("}") ? InputFormat.JSONL : InputFormat.JSON;
    }
    return InputFormat.TXT;
  }

  private RawArticle article(Provenance src, InputFormat format, Charset cs, Map<String, Object> record,
      byte[] raw) {
    Fields.Values v = fields.extract(record);
    return new RawArticle(src, format.code(), cs.name(), v.title(), v.description(),
        TextCleanup.plainParagraphs(v.text()), v.date(), v.url(), v.publisher(), v.authors(), v.language(), raw);
  }

  private static String badBytes(byte[] bytes, Charset cs) {
    if (Encodings.isUtf8(cs)) {
      Encodings.Utf8Scan scan = Encodings.scanUtf8(bytes, 0, bytes.length, false);
      if (scan.firstInvalidAt() >= 0) {
        return String.format(Locale.ROOT, "byte 0x%02X at column %d is not valid UTF-8",
            bytes[scan.firstInvalidAt()], scan.firstInvalidAt() + 1);
      }
    }
    return "bytes are not valid " + cs.name();
  }

  private static String via(Sniffer.Compression c) {
    return c == Sniffer.Compression.NONE ? "" : " (" + c.label() + ")";
  }

  /** One line about an I/O error; decompressor messages carry no paths. */
  private static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? kindOf(e) : JsonRecords.oneLine(m);
  }

  /**
   * Words for a person instead of an exception class name; the exception's own message is not used
   * because file-system errors put (temporary) paths into it.
   */
  private static String kindOf(Throwable e) {
    if (e instanceof java.io.EOFException) {
      return "unexpected end of data";
    }
    if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.io.FileNotFoundException) {
      return "the file is gone";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return "read error";
  }

  /**
   * The first {@code max} decompressed bytes of a stream, whether there were more, and the error that
   * stopped reading, if any.
   */
  private static final class Head {
    final byte[] bytes;
    final int len;
    final boolean full;
    final @Nullable IOException error;

    private Head(byte[] bytes, int len, boolean full, @Nullable IOException error) {
      this.bytes = bytes;
      this.len = len;
      this.full = full;
      this.error = error;
    }

    static Head read(Sniffer.Compression compression, InputStream raw, int max) {
      byte[] buf = new byte[Math.min(max, 64 * 1024)];
      int len = 0;
      try {
        InputStream in = compression.wrap(raw);
        while (len < max) {
          if (len == buf.length) {
            buf = Arrays.copyOf(buf, (int) Math.min(max, (long) buf.length * 2));
          }
          int n = in.read(buf, len, buf.length - len);
          if (n < 0) {
            return new Head(buf, len, false, null);
          }
          len += n;
        }
        return new Head(buf, len, true, null);
      } catch (IOException e) {
        return new Head(buf, len, false, e);
      }
    }

    byte[] prefix(int from, int n) {
      return Arrays.copyOfRange(bytes, from, Math.min(len, from + n));
    }

    /** The bytes from {@code from}, then the recorded error, as a stream. */
    InputStream replay(int from) {
      return new InputStream() {
        private int pos = from;

        @Override
        public int read(byte[] b, int off, int n) throws IOException {
          if (n == 0) {
            return 0;
          }
          if (pos >= len) {
            return end();
          }
          int r = Math.min(n, len - pos);
          System.arraycopy(bytes, pos, b, off, r);
          pos += r;
          return r;
        }

        @Override
        public int read() throws IOException {
          return pos < len ? bytes[pos++] & 0xff : end();
        }

        private int end() throws IOException {
          if (error != null) {
            throw error;
          }
          return -1;
        }
      };
    }
  }
}
