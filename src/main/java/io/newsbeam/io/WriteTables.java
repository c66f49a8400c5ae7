package io.newsbeam.io;

import io.newsbeam.beam.NonEmptyViews;
import io.newsbeam.model.Article;
import io.newsbeam.model.Duplicate;
import io.newsbeam.model.Rejected;
import io.newsbeam.schema.ArticleRecords;
import io.newsbeam.schema.DuplicateRecords;
import io.newsbeam.schema.OutputTable;
import io.newsbeam.schema.RejectedRecords;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import java.io.IOException;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes the output tables as Parquet under {@code <output>/<table>/}. In: a tuple with {@link #ARTICLES},
 * {@link #DUPLICATES} and {@link #REJECTED}. Out: the names of all files written, a signal for steps that
 * must run after the tables are complete ({@code Wait.on}).
 *
 * <p>Articles are Hive-partitioned by publish month ({@code publish_month=2025-05/}, {@code
 * publish_month=unknown/}); the partition value comes only from the parsed date. Every table gets at least
 * one (possibly empty) file so it exists after every run. Files are ZSTD-compressed with the standard
 * 3-level LIST layout, which DuckDB, Spark, pandas/pyarrow and R's arrow read as plain lists.
 */
public final class WriteTables extends PTransform<PCollectionTuple, PCollection<String>> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<Duplicate> DUPLICATES = new TupleTag<>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<>() {};

  /** Hadoop/Parquet settings: new-style lists, so list columns are not wrapped in an extra struct. */
  private static final Map<String, String> PARQUET_CONF =
      Map.of("parquet.avro.write-old-list-structure", "false");

  private final String output;
  private final String tempDirectory;

  private WriteTables(String output, String tempDirectory) {
    this.output = output;
    this.tempDirectory = tempDirectory;
  }

  /** @param tempDirectory where FileIO stages files before renaming them into place */
  public static WriteTables to(String output, String tempDirectory) {
    return new WriteTables(output, tempDirectory);
  }

  @Override
  public PCollection<String> expand(PCollectionTuple tables) {
    PCollection<KV<String, String>> articleFiles = tables.get(ARTICLES)
        .apply("WriteArticles", FileIO.<String, Article>writeDynamic()
            .by((Article a) -> ArticleRecords.publishMonth(a.publishDate))
            .withDestinationCoder(StringUtf8Coder.of())
            .via(Contextful.fn(ArticleRecords::toRecord), sink(OutputTable.ARTICLES))
            .to(tableDir(OutputTable.ARTICLES))
            .withTempDirectory(tempDirectory)
            .withNaming(month -> FileIO.Write.defaultNaming("publish_month=" + month + "/part", ".parquet")))
        .getPerDestinationOutputFilenames();

    PCollection<String> duplicateFiles = writeFlat(tables.get(DUPLICATES), "WriteDuplicates",
        OutputTable.DUPLICATES, DuplicateRecords::toRecord);
    PCollection<String> rejectedFiles = writeFlat(tables.get(REJECTED), "WriteRejected",
        OutputTable.REJECTED, RejectedRecords::toRecord);

    return PCollectionList
        .of(ensureExists(articleFiles.apply("ArticleFileNames", Values.create()), OutputTable.ARTICLES,
            tableDir(OutputTable.ARTICLES) + "/publish_month=" + ArticleRecords.UNKNOWN_MONTH + "/part-empty.parquet"))
        .and(duplicateFiles)
        .and(rejectedFiles)
        .apply("AllWrittenFiles", Flatten.pCollections());
  }

  /**
   * FileIO writes no file for an empty collection, but users expect every table to exist (a query over a
   * missing folder fails): when a table got no file, write one empty Parquet file with its schema.
   */
  private static PCollection<String> ensureExists(PCollection<String> files, OutputTable table, String emptyPath) {
    String label = "Ensure" + table.dirName().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + table.dirName().substring(1) + "Exist";
    PCollection<String> emptyFile = NonEmptyViews.combineGlobally(label + "Count", files, Count.combineFn())
        .apply(label, ParDo.of(new WriteEmptyTableFn(table, emptyPath)))
        .setCoder(StringUtf8Coder.of());
    return PCollectionList.of(files).and(emptyFile).apply(label + "Files", Flatten.pCollections());
  }

  static final class WriteEmptyTableFn extends DoFn<Long, String> {
    private final OutputTable table;
    private final String path;

    WriteEmptyTableFn(OutputTable table, String path) {
      this.table = table;
      this.path = path;
    }

    @ProcessElement
    public void process(@Element Long fileCount, OutputReceiver<String> out) throws IOException {
      if (fileCount > 0) {
        return;
      }
      ParquetIO.Sink sink = sink(table);
      sink.open(FileSystems.create(FileSystems.matchNewResource(path, false), MimeTypes.BINARY));
      sink.flush();
      out.output(path);
    }
  }

  private <T> PCollection<String> writeFlat(PCollection<T> rows, String label, OutputTable table,
      SerializableFunction<T, GenericRecord> toRecord) {
    return writeTable(rows, label, table, toRecord, output, tempDirectory);
  }

  /**
   * Writes one unpartitioned table {@code <output>/<table>/part-*.parquet} (an empty file when there are no
   * rows) and returns the written file names as a signal. Later stages' tables (quotes, citations,
   * aggregates) are written with this too.
   */
  public static <T> PCollection<String> writeTable(PCollection<T> rows, String label, OutputTable table,
      SerializableFunction<T, GenericRecord> toRecord, String output, String tempDirectory) {
    String dir = OutputDirectory.resolve(output, table.dirName());
    PCollection<String> files = rows
        .apply(label, FileIO.<T>write()
            .via(Contextful.fn(toRecord), sink(table))
            .to(dir)
            .withTempDirectory(tempDirectory)
            .withNaming(FileIO.Write.defaultNaming("part", ".parquet")))
        .getPerDestinationOutputFilenames()
        .apply(label + "FileNames", Values.create());
    return ensureExists(files, table, dir + "/part-empty.parquet");
  }

  private String tableDir(OutputTable table) {
    return OutputDirectory.resolve(output, table.dirName());
  }

  private static ParquetIO.Sink sink(OutputTable table) {
    return ParquetIO.sink(table.schema())
        .withCompressionCodec(CompressionCodecName.ZSTD)
        .withConfiguration(PARQUET_CONF);
  }
}
