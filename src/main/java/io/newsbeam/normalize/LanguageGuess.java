package io.newsbeam.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.TreeMap;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An article's language as an ISO 639-1 code ({@code en}), or, for a language that has none, its
 * ISO 639-3 code (the BCP 47 rule: shortest code wins).
 *
 * <p>The input's language field wins when it names a language: {@code en}, {@code EN-us}, {@code en_GB},
 * {@code eng}, {@code fre}/{@code fra}, {@code English} all give {@code en}/{@code fr}. Otherwise OpenNLP's
 * {@link LanguageDetectorME} with {@code langdetect-183.bin} (classpath root, opennlp-models-langdetect
 * 1.3.0) guesses from the body, but only when the body has at least {@value #MIN_WORDS} words, the best
 * language's confidence is at least {@value #MIN_CONFIDENCE} and at least {@value #MIN_RATIO_TO_RUNNER_UP}
 * times the runner-up's; else null — a wrong language is worse than none. (The model spreads probability
 * over 183 languages: a correct guess on 20–30 words of news scores 0.1–0.5 with the runner-up far below,
 * gibberish or digits score under 0.03 with near-ties.) Only the first {@value #MAX_CHARS} chars are looked
 * at: that is plenty and bounds the cost.
 *
 * <p>The 10 MB model is loaded once per JVM ({@link ModelHolder}, on first use); each instance owns its own
 * {@link LanguageDetectorME} because OpenNLP does not promise the detector is thread-safe.
 */
public final class LanguageGuess {
  static final int MIN_WORDS = 20;
  static final double MIN_CONFIDENCE = 0.10;
  static final double MIN_RATIO_TO_RUNNER_UP = 2.0;
  static final int MAX_CHARS = 10_000;
  static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /** ISO 639-3 / 639-2 (T and B) codes and English names -> ISO 639-1, built from java.util.Locale. */
  private static final Map<String, String> TO_ISO1 = buildIso1Map();

  private final LanguageDetectorME detector;

  public LanguageGuess() {
    this.detector = new LanguageDetectorME(ModelHolder.MODEL);
  }

  /** The field's language if it names one, else a confident guess from {@code body}, else null. */
  public @Nullable String guess(@Nullable String field, String body, int wordCount) {
    String fromField = normalizeCode(field);
    if (fromField != null) {
      return fromField;
    }
    return detect(body, wordCount);
  }

  @Nullable String detect(String body, int wordCount) {
    if (wordCount < MIN_WORDS) {
      return null;
    }
    CharSequence text = body.length() > MAX_CHARS ? body.subSequence(0, MAX_CHARS) : body;
    Language[] ranked = detector.predictLanguages(text);
    if (ranked.length == 0) {
      return null;
    }
    Language best = ranked[0];
    double runnerUp = ranked.length > 1 ? ranked[1].getConfidence() : 0.0;
    if (best.getConfidence() < MIN_CONFIDENCE || best.getConfidence() < MIN_RATIO_TO_RUNNER_UP * runnerUp) {
      return null;
    }
    String iso1 = normalizeCode(best.getLang());
    // The model's codes are valid ISO 639-3; one without a two-letter equivalent (ceb, war) is kept.
    return iso1 != null ? iso1 : best.getLang().toLowerCase(Locale.ROOT);
  }

  /**
   * A language tag, code or English name to ISO 639-1 (lower case); null for blanks, for anything that is
   * not a known language, and for languages without a two-letter code (an input field is not trusted that far).
   */
  public static @Nullable String normalizeCode(@Nullable String value) {
    String v = TextCleaner.cleanOrNull(value);
    if (v == null) {
      return null;
    }
    v = v.toLowerCase(Locale.ROOT);
    String primary = v.split("[-_ ]", 2)[0];
    String hit = TO_ISO1.get(primary);
    if (hit == null) {
      hit = TO_ISO1.get(v); // an English name with spaces, e.g. "scottish gaelic"
    }
    return hit;
  }

  private static Map<String, String> buildIso1Map() {
    Map<String, String> map = new TreeMap<>();
    for (String two : Locale.getISOLanguages()) {
      Locale locale = Locale.forLanguageTag(two);
      String iso1 = locale.getLanguage();
      map.put(two, iso1);
      map.put(iso1, iso1);
      try {
        map.put(locale.getISO3Language(), iso1);
      } catch (MissingResourceException e) {
        // Locale knows no three-letter code for this one; the two-letter code still maps.
      }
      String name = locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !name.equals(two)) {
        map.putIfAbsent(name, iso1);
      }
    }
    // ISO 639-2/B (bibliographic) codes that differ from the 639-2/T codes Locale returns, and the
    // macrolanguage members OpenNLP's model emits (cmn for Chinese, pes for Persian, ...).
    String[][] extra = {
      {"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"}, {"bur", "my"}, {"chi", "zh"}, {"cze", "cs"},
      {"dut", "nl"}, {"fre", "fr"}, {"geo", "ka"}, {"ger", "de"}, {"gre", "el"}, {"ice", "is"},
      {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"}, {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"},
      {"tib", "bo"}, {"wel", "cy"}, {"cmn", "zh"}, {"pes", "fa"}, {"prs", "fa"}, {"zsm", "ms"},
      {"zlm", "ms"}, {"ekk", "et"}, {"lvs", "lv"}, {"swh", "sw"}, {"nob", "nb"}, {"nno", "nn"},
      {"azj", "az"}, {"uzn", "uz"}, {"khk", "mn"}, {"plt", "mg"}, {"ydd", "yi"}, {"arb", "ar"},
      {"als", "sq"}, {"gug", "gn"}, {"quz", "qu"}, {"npi", "ne"}, {"ory", "or"}, {"pbu", "ps"},
      {"iw", "he"}, {"in", "id"}, {"ji", "yi"}
    };
    for (String[] pair : extra) {
      map.put(pair[0], pair[1]);
    }
    return map;
  }

  /** Loads the model on first use, once per JVM (class initialisation is thread-safe and lazy). */
  private static final class ModelHolder {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageGuess.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "missing classpath resource " + MODEL_RESOURCE + " (opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
