package io.newsbeam.pipeline;

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
}
