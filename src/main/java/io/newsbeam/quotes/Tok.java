package io.newsbeam.quotes;

/**
 * A token of an article body: its text and half-open UTF-16 offsets {@code [start, end)} into the body.
 * Words keep inner apostrophes and hyphens ({@code Russia's}, {@code Director-General}); every other
 * non-space character is a token of its own.
 */
record Tok(String text, int start, int end) {
  Tok {
    if (start < 0 || end <= start || end - start != text.length()) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ") for '" + text + "'");
    }
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.codePointAt(0)) || isParticleName();
  }

  boolean isLower() {
    return Character.isLowerCase(text.codePointAt(0)) && !isParticleName();
  }

  /**
   * An Arabic surname with its article ('el-Sisi', 'al-Assad'), or the "son/daughter of" particle inside a name
   * ('Mohammad bin Salman'): part of a capitalised name despite its first letter.
   */
  private boolean isParticleName() {
    if (text.equals("bin") || text.equals("ibn") || text.equals("bint")) {
      return true;
    }
    int dash = text.indexOf('-');
    return (dash == 2 || dash == 3) && dash + 1 < text.length() && Character.isUpperCase(text.charAt(dash + 1))
        && PARTICLES.contains(text.substring(0, dash));
  }

  private static final java.util.Set<String> PARTICLES = java.util.Set.of("al", "el", "ad", "as", "ash", "at", "ar",
      "an", "az", "ibn", "bin", "abu");

  boolean is(String s) {
    return text.equals(s);
  }

  boolean isIgnoreCase(String s) {
    return text.equalsIgnoreCase(s);
  }

  /** The word without a possessive {@code 's} / {@code ’s}. */
  String bare() {
    if (text.length() > 2 && (text.endsWith("'s") || text.endsWith("\u2019s"))) {
      return text.substring(0, text.length() - 2);
    }
    return text;
  }

  boolean isPossessive() {
    return !bare().equals(text);
  }

  String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
