package io.newsbeam.pipeline;

import io.newsbeam.dedup.NearDupConfig;
import io.newsbeam.io.InputFormat;
import io.newsbeam.io.ReaderConfig;
import io.newsbeam.normalize.DateOrder;
import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The command line of newsbeam; Beam's own options ({@code --runner}, Flink's) come on top. */
public interface NewsbeamOptions extends PipelineOptions {
  @Description("Input file glob. Repeat the flag for more globs (Beam also splits one value on commas).")
  @Validation.Required
  List<String> getInput();

  void setInput(List<String> value);

  @Description("Output directory; gets articles/, duplicates/, rejected/ and run_summary.json.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Replace the tables of an earlier run in --output (otherwise a non-empty --output is refused).")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description("AUTO (by name, then by content), TXT, JSONL, JSON or CSV.")
  @Default.Enum("AUTO")
  InputFormat getInputFormat();

  void setInputFormat(InputFormat value);

  @Description("Extra field names, as name=canonical pairs joined by ',' "
      + "(canonical: title, text, date, url, publisher, authors, language, description), e.g. headline=title,body=text")
  String getFieldMap();

  void setFieldMap(String value);

  @Description("Largest record (line, row, file or archive entry) in bytes; larger ones are rejected as too_large.")
  @Default.Long(ReaderConfig.DEFAULT_MAX_ARTICLE_BYTES)
  long getMaxArticleBytes();

  void setMaxArticleBytes(long value);

  @Description("How to read slash dates such as 05/06/2025: DMY or MDY. Unset: slash dates are not parsed.")
  DateOrder getDateOrder();

  void setDateOrder(DateOrder value);

  @Description("File with extra boilerplate patterns (one Java regex per line, # comments) to remove.")
  String getBoilerplateFile();

  void setBoilerplateFile(String value);

  @Description("Near duplicates: words per shingle.")
  @Default.Integer(NearDupConfig.DEFAULT_SHINGLE_SIZE)
  int getShingleSize();

  void setShingleSize(int value);

  @Description("Near duplicates: MinHash permutations per signature.")
  @Default.Integer(NearDupConfig.DEFAULT_PERMUTATIONS)
  int getMinhashPermutations();

  void setMinhashPermutations(int value);

  @Description("Near duplicates: LSH bands (bands x rows <= permutations).")
  @Default.Integer(NearDupConfig.DEFAULT_BANDS)
  int getLshBands();

  void setLshBands(int value);

  @Description("Near duplicates: signature rows per LSH band.")
  @Default.Integer(NearDupConfig.DEFAULT_ROWS)
  int getLshRows();

  void setLshRows(int value);

  @Description("Near duplicates: a pair merges at this Jaccard similarity of the shingle sets or above.")
  @Default.Double(NearDupConfig.DEFAULT_JACCARD)
  double getNearJaccard();

  void setNearJaccard(double value);

  @Description("Near duplicates: ... or at this containment |A∩B|/min(|A|,|B|) or above.")
  @Default.Double(NearDupConfig.DEFAULT_CONTAINMENT)
  double getNearContainment();

  void setNearContainment(double value);

  @Description("Near duplicates: LSH buckets with more articles are split into slices of this size.")
  @Default.Integer(NearDupConfig.DEFAULT_BUCKET_CAP)
  int getLshBucketCap();

  void setLshBucketCap(int value);

  @Description("Near duplicates: components with more articles are flagged and not merged.")
  @Default.Integer(NearDupConfig.DEFAULT_COMPONENT_CAP)
  int getComponentCap();

  void setComponentCap(int value);

  @Description("Near duplicates: connected-components rounds unrolled before the finishing step.")
  @Default.Integer(NearDupConfig.DEFAULT_CC_ROUNDS)
  int getCcRounds();

  void setCcRounds(int value);

  @Description("Also merge near duplicates (MinHash LSH + connected components; see README 'Near duplicates'). "
      + "On by default; --nearDuplicates=false keeps exact dedup only.")
  @Default.Boolean(true)
  boolean getNearDuplicates();

  void setNearDuplicates(boolean value);

  @Description("Extra outlet aliases: CSV alias,canonical,domains,type,country (adds to or overrides the built-in table).")
  String getSourceAliases();

  void setSourceAliases(String value);

  @Description("Extra speaker aliases: CSV alias,canonical,type,qid (type person|organisation, qid optional, e.g. "
      + "Q7747); merged over the built-in src/main/resources/quotes/speaker_aliases.csv, the user's rows win.")
  String getSpeakerAliases();

  void setSpeakerAliases(String value);

  @Description("Priors for source_reliability: CSV domain,rating[,weight]; rating in [0,1], weight in pseudo-citations"
      + " (default 10).")
  String getRatings();

  void setRatings(String value);
}
