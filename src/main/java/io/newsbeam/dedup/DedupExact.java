package io.newsbeam.dedup;

import io.newsbeam.model.Article;
import io.newsbeam.model.Duplicate;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Merges articles whose canonical content is identical. In: one {@link Article} per input record, whose
 * {@code articleId} already is the hash of its canonical content (layout, labels, bullets, trailers, date
 * prefixes and headline removed by normalization). Out: {@link #ARTICLES}, one merged article per id
 * ({@link CopyMerger}), and {@link #DUPLICATES}, one row per merged-away record (method {@code exact},
 * similarity 1.0). Rejects nothing.
 */
public final class DedupExact extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Duplicate> DUPLICATES = new TupleTag<>() {};

  public static DedupExact create() {
    return new DedupExact();
  }

  private DedupExact() {}

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    SchemaRegistry schemas = articles.getPipeline().getSchemaRegistry();
    PCollectionTuple merged = articles
        .apply("KeyByContent", WithKeys.of((Article a) -> a.articleId).withKeyType(TypeDescriptors.strings()))
        .apply("GroupCopies", GroupByKey.create())
        .apply("MergeCopies", ParDo.of(new MergeCopiesFn())
            .withOutputTags(ARTICLES, TupleTagList.of(DUPLICATES)));
    try {
      merged.get(ARTICLES).setCoder(schemas.getSchemaCoder(Article.class));
      merged.get(DUPLICATES).setCoder(schemas.getSchemaCoder(Duplicate.class));
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(e);
    }
    return merged;
  }

  static final class MergeCopiesFn extends DoFn<KV<String, Iterable<Article>>, Article> {
    private final Counter merged = Metrics.counter("dedup", "exact_duplicates");

    @ProcessElement
    public void process(@Element KV<String, Iterable<Article>> group, MultiOutputReceiver out) {
      List<Article> copies = new ArrayList<>();
      group.getValue().forEach(copies::add);
      CopyMerger.Merged m = CopyMerger.mergeExact(copies);
      out.get(ARTICLES).output(m.article);
      for (Duplicate d : m.duplicates) {
        out.get(DUPLICATES).output(d);
      }
      merged.inc(m.duplicates.size());
    }
  }
}
