package io.newsbeam.io;

import io.newsbeam.model.RawArticle;
import io.newsbeam.model.Rejected;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Reads every file matching the globs into records.
 *
 * <p>In: file globs (each must match at least one file). Out: {@link #ARTICLES}, one {@link RawArticle}
 * per decoded record, and {@link #REJECTED}, one {@link Rejected} (stage {@code read}) per record that
 * could not be decoded: malformed or non-object JSON, JSON beyond limits, CSV rows with wrong column
 * counts or broken quoting, records over the size limit, truncated compressed input, bad encodings, and
 * files that are empty, binary or unreadable. {@link RecordDecoder} documents each rule. Files are
 * decompressed by content, not by Beam's extension-based {@link Compression}.
 *
 * <p>Counters: {@code read/records} for every record, {@code read/<reason>} per reject.
 */
public final class ReadCorpus extends PTransform<PBegin, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  public static final TupleTag<RawArticle> ARTICLES = new TupleTag<RawArticle>("articles") {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>("rejected") {};

  private final List<String> globs;
  private final ReaderConfig config;

  private ReadCorpus(List<String> globs, ReaderConfig config) {
    this.globs = List.copyOf(globs);
    this.config = config;
  }

  public static ReadCorpus of(List<String> globs, ReaderConfig config) {
    if (globs.isEmpty()) {
      throw new IllegalArgumentException("ReadCorpus needs at least one glob");
    }
    return new ReadCorpus(globs, config);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    Coder<RawArticle> articleCoder = schemaCoder(input, RawArticle.class);
    Coder<Rejected> rejectedCoder = schemaCoder(input, Rejected.class);

    PCollectionTuple decoded = input
        .apply("ListGlobs", Create.of(globs))
        .apply("MatchFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
        // overlapping globs (--input='a/*' --input='a/*.jsonl') must not read a file twice
        .apply("OncePerFile", Distinct.<MatchResult.Metadata, String>withRepresentativeValueFn(
                m -> m.resourceId().toString())
            .withRepresentativeType(TypeDescriptors.strings()))
        // decompression is decided by magic bytes inside the decoder, so Beam must hand over raw bytes
        .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
        .apply("DecodeFiles", ParDo.of(new DecodeFileFn(config))
            .withOutputTags(ARTICLES, TupleTagList.of(REJECTED)));

    // one file can hold millions of records; spread them before the next steps
    PCollection<RawArticle> articles = decoded.get(ARTICLES).setCoder(articleCoder)
        .apply("SpreadArticles", Reshuffle.viaRandomKey());
    PCollection<Rejected> rejected = decoded.get(REJECTED).setCoder(rejectedCoder)
        .apply("SpreadRejected", Reshuffle.viaRandomKey());
    return PCollectionTuple.of(ARTICLES, articles.setCoder(articleCoder))
        .and(REJECTED, rejected.setCoder(rejectedCoder));
  }

  private static <T> Coder<T> schemaCoder(PBegin input, Class<T> type) {
    try {
      return input.getPipeline().getSchemaRegistry().getSchemaCoder(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no Beam schema", e);
    }
  }
}
