package io.newsbeam.io;

import java.io.IOException;

/**
 * Opens a fresh stream over the same bytes each time it is called. The reader may call it more than once:
 * a line-oriented file larger than the in-memory head is read a second time from the start.
 */
@FunctionalInterface
public interface IoSupplier<T> {
  T get() throws IOException;
}
