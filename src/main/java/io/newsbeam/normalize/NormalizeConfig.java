package io.newsbeam.normalize;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Normalization settings, a plain serializable value: how to read slash dates ({@code null}: not at all,
 * they are ambiguous) and an optional file of extra boilerplate patterns (same format as the built-in
 * {@code normalize/boilerplate.txt}: one regex per line, {@code #} comments).
 *
 * <p>The file is read with java.nio on the machine that builds the pipeline ({@link #resolved()}, called by
 * {@link NormalizeArticles#of}); its patterns then travel inside the serialized config, so workers never
 * open it and a missing file fails at construction, not at run time.
 */
public final class NormalizeConfig implements Serializable {
  private static final long serialVersionUID = 1L;

  private final @Nullable DateOrder slashDateOrder;
  private final @Nullable String boilerplateFile;
  /** The file's patterns once read; null until {@link #resolved()}. */
  private final @Nullable List<String> extraBoilerplatePatterns;

  private NormalizeConfig(
      @Nullable DateOrder slashDateOrder,
      @Nullable String boilerplateFile,
      @Nullable List<String> extraBoilerplatePatterns) {
    this.slashDateOrder = slashDateOrder;
    this.boilerplateFile = boilerplateFile;
    this.extraBoilerplatePatterns = extraBoilerplatePatterns == null ? null : List.copyOf(extraBoilerplatePatterns);
  }

  /** No slash dates, built-in boilerplate patterns only. */
  public static NormalizeConfig defaults() {
    return of(null, null);
  }

  /** {@code boilerplateFile}: a local path with extra patterns, one per line; null or blank for none. */
  public static NormalizeConfig of(@Nullable DateOrder slashDateOrder, @Nullable String boilerplateFile) {
    String file = boilerplateFile == null || boilerplateFile.isBlank() ? null : boilerplateFile.strip();
    return new NormalizeConfig(slashDateOrder, file, file == null ? List.of() : null);
  }

  public @Nullable DateOrder slashDateOrder() {
    return slashDateOrder;
  }

  public @Nullable String boilerplateFile() {
    return boilerplateFile;
  }

  /**
   * This config with the boilerplate file's patterns read in (itself when already read). Throws
   * IllegalArgumentException when the file is missing, unreadable or holds a bad regex.
   */
  public NormalizeConfig resolved() {
    if (extraBoilerplatePatterns != null) {
      return this;
    }
    return new NormalizeConfig(
        slashDateOrder, boilerplateFile, Boilerplate.readPatternFile(Objects.requireNonNull(boilerplateFile)));
  }

  /** The extra patterns; reads the file if this config was not resolved yet. */
  public List<String> extraBoilerplatePatterns() {
    return Objects.requireNonNull(resolved().extraBoilerplatePatterns);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NormalizeConfig c && slashDateOrder == c.slashDateOrder
        && Objects.equals(boilerplateFile, c.boilerplateFile)
        && Objects.equals(extraBoilerplatePatterns, c.extraBoilerplatePatterns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(slashDateOrder, boilerplateFile);
  }

  @Override
  public String toString() {
    return "NormalizeConfig{slashDateOrder=" + slashDateOrder + ", boilerplateFile=" + boilerplateFile + "}";
  }
}
