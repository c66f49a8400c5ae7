package io.newsbeam.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.zstandard.ZstdCompressorInputStream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Recognises what a byte stream is from its first bytes: compression, archive, byte-order mark, binary
 * content. Names are only hints; these magic numbers decide.
 */
final class Sniffer {
  private Sniffer() {}

  /** Stream compressions the reader undoes itself; concatenated members/streams/frames are all read. */
  enum Compression {
    NONE,
    GZIP,
    BZIP2,
    ZSTD;

    InputStream wrap(InputStream in) throws IOException {
      return switch (this) {
        case NONE -> in;
        // multi-member gzip / multi-stream bzip2 (e.g. files joined with cat) are read whole
        case GZIP -> new Members(buffered(in), b -> new GzipCompressorInputStream(b, false), 0x1f, 0x8b);
        case BZIP2 -> new Members(buffered(in), b -> new BZip2CompressorInputStream(b, false), 'B', 'Z', 'h');
        case ZSTD -> new SmallReads(new ZstdCompressorInputStream(new ZstdFrameCheck(in))); // reads all frames
      };
    }

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static BufferedInputStream buffered(InputStream in) {
    return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
  }

  /**
   * The most a single read call asks of a decompressor. Decompressors throw away what they decoded in the
   * call that hits the break, so small calls bound that loss: at most this many bytes just before a break
   * are lost (bzip2 loses its whole broken block, which it only decodes as a unit).
   */
  static final int SMALL_READ = 1024;

  /** Caps read calls at {@link #SMALL_READ} bytes. */
  private static final class SmallReads extends java.io.FilterInputStream {
    SmallReads(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, Math.min(len, SMALL_READ));
    }
  }

  /** Opens one gzip member or bzip2 stream on a shared, mark-supporting input. */
  private interface MemberOpener {
    InputStream open(BufferedInputStream in) throws IOException;
  }

  /**
   * Reads concatenated members one decompressor at a time. Commons Compress can do this itself, but it
   * moves on to the next member inside the same read call, so a broken second member throws away the
   * end of the first one; here a read call never crosses a member boundary, and asks for at most
   * {@link #SMALL_READ} bytes. Both decompressors stop reading their input exactly at the end
   * of their member (gzip by mark/reset, bzip2 bit by bit), which makes the next magic visible.
   */
  private static final class Members extends InputStream {
    private final BufferedInputStream in;
    private final MemberOpener opener;
    private final int[] magic;
    private InputStream member;
    private boolean done;

    Members(BufferedInputStream in, MemberOpener opener, int... magic) throws IOException {
      this.in = in;
      this.opener = opener;
      this.magic = magic;
      this.member = opener.open(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (!done) {
        int n = member.read(b, off, Math.min(len, SMALL_READ));
        if (n >= 0) {
          return n;
        }
        byte[] next = peek(in, magic.length);
        if (next.length == 0) {
          done = true;
        } else if (starts(next, magic)) {
          member = opener.open(in);
        } else {
          throw new IOException("unexpected bytes after the end of a compressed member");
        }
      }
      return -1;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  enum Archive {
    ZIP,
    TAR;

    ArchiveInputStream<?> open(InputStream in) {
      return this == ZIP ? new ZipArchiveInputStream(in) : new TarArchiveInputStream(in);
    }
  }

  /** A byte-order mark: the charset it announces and how many bytes it takes. */
  record Bom(Charset charset, int length) {}

  static final int PROBE_BYTES = 8;

  /** Peeks at the first bytes of a mark-supporting stream without consuming them. */
  static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] b = in.readNBytes(n);
    in.reset();
    return b;
  }

  static Compression compression(byte[] b) {
    if (starts(b, 0x1f, 0x8b)) {
      return Compression.GZIP;
    }
    if (starts(b, 'B', 'Z', 'h') && b.length > 3 && b[3] >= '1' && b[3] <= '9') {
      return Compression.BZIP2;
    }
    if (starts(b, 0x28, 0xb5, 0x2f, 0xfd)) {
      return Compression.ZSTD;
    }
    return Compression.NONE;
  }

  static @Nullable Archive archive(byte[] head, int len) {
    if (len >= 4 && starts(head, 'P', 'K') && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6)) {
      return Archive.ZIP;
    }
    // POSIX and GNU tar both put "ustar" at offset 257 of the first header block
    if (len >= 262 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
        && head[261] == 'r') {
      return Archive.TAR;
    }
    return null;
  }

  static @Nullable Bom bom(byte[] b, int len) {
    // UTF-32LE first: its BOM begins with the UTF-16LE one
    if (len >= 4 && starts(b, 0xff, 0xfe, 0x00, 0x00)) {
      return new Bom(Charset.forName("UTF-32LE"), 4);
    }
    if (len >= 4 && starts(b, 0x00, 0x00, 0xfe, 0xff)) {
      return new Bom(Charset.forName("UTF-32BE"), 4);
    }
    if (len >= 3 && starts(b, 0xef, 0xbb, 0xbf)) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (len >= 2 && starts(b, 0xff, 0xfe)) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    if (len >= 2 && starts(b, 0xfe, 0xff)) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    return null;
  }

  /** How much of the head the binary test looks at. */
  static final int BINARY_WINDOW = 1024;
  /**
   * A few stray NULs are damage in a text file (they are stripped later); more than this many in the first
   * KiB means the file is not text. UTF-16 without a BOM has hundreds and is therefore binary too.
   */
  static final int MAX_STRAY_NULS = 4;

  /** Why the head looks binary, or null when it looks like text. */
  static @Nullable String binaryReason(byte[] head, int len, @Nullable Bom bom) {
    String magic = knownBinaryMagic(head, len);
    if (magic != null) {
      return "starts like a " + magic + " file";
    }
    if (bom != null && bom.length() != 3) {
      return null; // UTF-16/32: NULs are part of the encoding
    }
    int n = Math.min(len, BINARY_WINDOW);
    int nuls = 0;
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int c = head[i] & 0xff;
      if (c == 0) {
        nuls++;
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
        controls++;
      }
    }
    if (nuls > MAX_STRAY_NULS) {
      return nuls + " NUL bytes in the first " + n + " bytes";
    }
    // more than 10% control characters: no text format looks like this
    if (controls * 10 > n) {
      return controls + " control bytes in the first " + n + " bytes";
    }
    return null;
  }

  private static @Nullable String knownBinaryMagic(byte[] b, int len) {
    if (len < 4) {
      return null;
    }
    if (starts(b, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (starts(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (starts(b, 0x7f, 'E', 'L', 'F')) {
      return "ELF";
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (starts(b, 0xff, 0xd8, 0xff)) {
      return "JPEG";
    }
    if (starts(b, 0xca, 0xfe, 0xba, 0xbe)) {
      return "Java class";
    }
    if (starts(b, 0xfd, '7', 'z', 'X')) {
      return "xz (not supported)";
    }
    if (starts(b, '7', 'z', 0xbc, 0xaf)) {
      return "7z (not supported)";
    }
    if (starts(b, 'R', 'a', 'r', '!')) {
      return "RAR (not supported)";
    }
    if (starts(b, 'S', 'Q', 'L', 'i')) {
      return "SQLite";
    }
    return null;
  }

  private static boolean starts(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
