package io.newsbeam.io;

import io.newsbeam.model.RawArticle;
import io.newsbeam.model.Rejected;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/** Thin adapter: one matched file in, its records out on {@link ReadCorpus#ARTICLES} / {@link ReadCorpus#REJECTED}. */
final class DecodeFileFn extends DoFn<FileIO.ReadableFile, RawArticle> {
  private static final long serialVersionUID = 1L;

  private final ReaderConfig config;
  // built in @Setup: it holds a JsonFactory, which we do not want to serialize with the DoFn
  private transient RecordDecoder decoder;

  DecodeFileFn(ReaderConfig config) {
    this.config = config;
  }

  @Setup
  public void setup() {
    decoder = new RecordDecoder(config);
  }

  @ProcessElement
  public void processElement(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
    String name = file.getMetadata().resourceId().toString();
    decoder.decode(name, () -> Channels.newInputStream(file.open()),
        article -> {
          Metrics.counter(RecordDecoder.STAGE, "records").inc();
          out.get(ReadCorpus.ARTICLES).output(article);
        },
        rejected -> {
          Metrics.counter(RecordDecoder.STAGE, "records").inc();
          Metrics.counter(RecordDecoder.STAGE, rejected.reason).inc();
          out.get(ReadCorpus.REJECTED).output(rejected);
        });
  }
}
