package io.newsbeam.io;

import io.newsbeam.model.RawArticle;
import io.newsbeam.model.Rejected;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/** Test helper: runs a {@link RecordDecoder} on bytes and keeps what came out, in order. */
final class Decoded {
  final List<RawArticle> articles = new ArrayList<>();
  final List<Rejected> rejects = new ArrayList<>();
  /** Both kinds in emission order, summarised. */
  final List<String> summary = new ArrayList<>();

  static Decoded of(String name, byte[] bytes) {
    return of(name, bytes, ReaderConfig.defaults());
  }

  static Decoded of(String name, byte[] bytes, ReaderConfig config) {
    return of(name, () -> new ByteArrayInputStream(bytes), config);
  }

  static Decoded of(String name, IoSupplier<java.io.InputStream> open, ReaderConfig config) {
    Decoded d = new Decoded();
    new RecordDecoder(config).decode(name, open, a -> {
      d.articles.add(a);
      d.summary.add("A " + a.source.label() + "@" + a.source.byteOffset + " " + a.title);
    }, r -> {
      d.rejects.add(r);
      d.summary.add("R " + r.reason + " " + r.source.label() + "@" + r.source.byteOffset);
    });
    return d;
  }

  RawArticle only() {
    if (articles.size() != 1 || !rejects.isEmpty()) {
      throw new AssertionError("expected exactly one article, got " + summary);
    }
    return articles.get(0);
  }

  Rejected onlyReject() {
    if (rejects.size() != 1 || !articles.isEmpty()) {
      throw new AssertionError("expected exactly one reject, got " + summary + " " + rejects);
    }
    return rejects.get(0);
  }
}
