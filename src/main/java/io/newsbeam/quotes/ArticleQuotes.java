package io.newsbeam.quotes;

import io.newsbeam.model.Article;
import io.newsbeam.model.Mention;
import io.newsbeam.model.Quote;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Turns an {@link Article} into its {@link Quote} and {@link Mention} rows. Pure. */
public final class ArticleQuotes {
  private final QuoteExtractor extractor;

  public ArticleQuotes(QuoteExtractor extractor) {
    this.extractor = extractor;
  }

  /** True when the article is English or its language is unknown. */
  public static boolean isEnglish(Article a) {
    return a.language == null || a.language.equals("en");
  }

  public QuoteExtractor.Result extract(Article a) {
    List<String> self = new ArrayList<>(a.authors);
    if (a.publisher != null) {
      self.add(a.publisher);
    }
    return extractor.extract(a.body, a.paragraphs, self);
  }

  public List<Quote> quotes(Article a, QuoteExtractor.Result r) {
    List<Quote> out = new ArrayList<>();
    for (QuoteExtractor.Found f : r.quotes()) {
      out.add(new Quote(id(a.articleId + ":q:" + f.start() + ":" + f.end()), a.articleId, a.publishDate,
          a.publisher, f.speaker(), f.speakerSurface(), f.speakerType(), f.speakerRole(), f.speakerQid(), f.text(),
          f.kind(), f.cueVerb(), f.sentence(), f.start(), f.end(), f.attributedBy(), f.confidence(), f.flags(),
          a.clusterId, a.clusterSize));
    }
    return out;
  }

  public List<Mention> mentions(Article a, QuoteExtractor.Result r) {
    List<Mention> out = new ArrayList<>();
    for (QuoteExtractor.Mentioned m : r.mentions()) {
      out.add(new Mention(id(a.articleId + ":m:" + m.name()), a.articleId, a.publishDate, a.publisher, m.name(),
          m.surface(), m.role(), m.qid(), m.evidence(), m.start(), m.end(), m.count(), a.clusterId, a.clusterSize));
    }
    return out;
  }

  static String id(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
