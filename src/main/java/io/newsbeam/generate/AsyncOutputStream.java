package io.newsbeam.generate;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands 1 MiB chunks to one background thread that writes them, in order, to the wrapped stream (a gzip
 * stream here), so compressing overlaps with generating. One writer thread and FIFO order keep the bytes
 * identical to a synchronous write; the bounded queue keeps memory at a few MiB.
 */
final class AsyncOutputStream extends OutputStream {
  private static final int CHUNK = 1 << 20;
  private static final byte[] END = new byte[0];

  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(4);
  private final Thread worker;
  private volatile IOException failure;
  private byte[] buf = new byte[CHUNK];
  private int len;
  private boolean closed;

  AsyncOutputStream(OutputStream target, String name) {
    worker = new Thread(() -> {
      try (OutputStream out = target) {
        for (byte[] chunk = queue.take(); chunk != END; chunk = queue.take()) {
          out.write(chunk);
        }
      } catch (IOException e) {
        failure = e;
        queue.clear();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name);
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void write(int b) throws IOException {
    if (len == buf.length) {
      handOff();
    }
    buf[len++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int n) throws IOException {
    while (n > 0) {
      if (len == buf.length) {
        handOff();
      }
      int k = Math.min(n, buf.length - len);
      System.arraycopy(b, off, buf, len, k);
      len += k;
      off += k;
      n -= k;
    }
  }

  private void handOff() throws IOException {
    check();
    byte[] chunk = len == buf.length ? buf : java.util.Arrays.copyOf(buf, len);
    put(chunk);
    buf = new byte[CHUNK];
    len = 0;
  }

  private void put(byte[] chunk) throws IOException {
    try {
      while (!queue.offer(chunk, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        check();
        if (!worker.isAlive()) {
          throw new IOException("writer thread " + worker.getName() + " died");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
  }

  private void check() throws IOException {
    if (failure != null) {
      throw new IOException("background write failed", failure);
    }
  }

  /** Flushing only matters at close; partial chunks are handed off there. */
  @Override
  public void flush() throws IOException {
    check();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    if (len > 0) {
      handOff();
    }
    put(END);
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException();
    }
    check();
  }
}
