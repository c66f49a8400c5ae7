package io.newsbeam.normalize;

import io.newsbeam.model.Paragraph;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The stable {@code article_id}: the first 16 bytes of SHA-256, as 32 lower-case hex chars, over the
 * article's canonical content.
 *
 * <p>Canonical content is the kept (boilerplate-free) paragraphs' texts, each NFC, white space collapsed and
 * typography folded ({@link TextCleaner#canonical}), empty ones left out, joined by {@code \n}. Labels,
 * bullet markers, label-only paragraphs, the title and any date prefix are not part of it (readers already
 * separate them), and neither is the file name: the same story laid out differently in two files gets the
 * same id, which is what exact deduplication keys on.
 */
public final class ContentKey {
  private ContentKey() {}

  public static String of(List<Paragraph> keptParagraphs) {
    return hash(canonicalText(keptParagraphs));
  }

  /** The exact text that is hashed; exposed for tests and for explaining an id. */
  public static String canonicalText(List<Paragraph> keptParagraphs) {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : keptParagraphs) {
      String text = TextCleaner.canonical(p.text);
      if (text.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(text);
    }
    return sb.toString();
  }

  static String hash(String canonical) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
