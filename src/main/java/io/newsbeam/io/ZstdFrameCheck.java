package io.newsbeam.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes compressed zstd bytes through unchanged while walking the frame structure (RFC 8878: frame
 * header, block headers, optional checksum; skippable frames), and throws when the input ends inside a
 * frame. Needed because zstd-jni 1.5.6 reports a truncated last frame as a normal end of stream, which
 * would silently lose the records in it.
 */
final class ZstdFrameCheck extends FilterInputStream {
  private enum State { MAGIC, SKIP_SIZE, SKIP_FRAME, DESCRIPTOR, HEADER_REST, BLOCK_HEADER, BLOCK_BODY, CHECKSUM }

  private State state = State.MAGIC;
  private long acc;
  private int accBytes;
  private long skip;
  private boolean checksum;
  private boolean lastBlock;
  private long headerRest;

  ZstdFrameCheck(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n < 0) {
      if (state != State.MAGIC || accBytes != 0) {
        throw new IOException("zstd frame breaks off");
      }
      return n;
    }
    for (int i = off; i < off + n; ) {
      if (skip > 0) {
        long take = Math.min(skip, off + n - i);
        skip -= take;
        i += (int) take;
        if (skip == 0) {
          afterSkip();
        }
        continue;
      }
      consume(b[i] & 0xff);
      i++;
    }
    return n;
  }

  @Override
  public boolean markSupported() {
    return false; // a reset would replay bytes through the state machine
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
    long done = 0;
    while (done < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  private boolean gather(int value, int bytes) {
    acc |= (long) value << (8 * accBytes);
    accBytes++;
    return accBytes == bytes;
  }

  private void consume(int v) throws IOException {
    switch (state) {
      case MAGIC -> {
        if (gather(v, 4)) {
          long magic = acc;
          clearAcc();
          if (magic == 0xFD2FB528L) {
            state = State.DESCRIPTOR;
          } else if ((magic & 0xFFFFFFF0L) == 0x184D2A50L) {
            state = State.SKIP_SIZE;
          } else {
            throw new IOException("bytes after a zstd frame are not another frame");
          }
        }
      }
      case SKIP_SIZE -> {
        if (gather(v, 4)) {
          skip = acc;
          clearAcc();
          state = State.SKIP_FRAME;
          if (skip == 0) {
            afterSkip();
          }
        }
      }
      case DESCRIPTOR -> {
        boolean singleSegment = (v & 0x20) != 0;
        checksum = (v & 0x04) != 0;
        int dictId = new int[] {0, 1, 2, 4}[v & 0x03];
        int fcsFlag = v >>> 6;
        int fcs = fcsFlag == 0 ? (singleSegment ? 1 : 0) : new int[] {0, 2, 4, 8}[fcsFlag];
        headerRest = (singleSegment ? 0 : 1) + dictId + fcs;
        state = headerRest == 0 ? State.BLOCK_HEADER : State.HEADER_REST;
      }
      case HEADER_REST -> {
        if (--headerRest == 0) {
          state = State.BLOCK_HEADER;
        }
      }
      case BLOCK_HEADER -> {
        if (gather(v, 3)) {
          long h = acc;
          clearAcc();
          lastBlock = (h & 1) != 0;
          int type = (int) ((h >>> 1) & 3);
          long size = h >>> 3;
          if (type == 3) {
            throw new IOException("zstd block of reserved type");
          }
          skip = type == 1 ? 1 : size;
          state = State.BLOCK_BODY;
          if (skip == 0) {
            afterSkip();
          }
        }
      }
      case CHECKSUM -> {
        if (gather(v, 4)) {
          clearAcc();
          state = State.MAGIC;
        }
      }
      default -> throw new IllegalStateException(state.name());
    }
  }

  /** A block's (or skippable frame's) content has passed. */
  private void afterSkip() {
    if (state == State.BLOCK_BODY && !lastBlock) {
      state = State.BLOCK_HEADER;
    } else if (state == State.BLOCK_BODY && checksum) {
      state = State.CHECKSUM;
    } else {
      state = State.MAGIC;
    }
  }

  private void clearAcc() {
    acc = 0;
    accBytes = 0;
  }
}
