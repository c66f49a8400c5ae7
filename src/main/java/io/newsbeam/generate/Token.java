package io.newsbeam.generate;

/**
 * A whitespace token split into leading punctuation, a lower-case ASCII word and trailing punctuation.
 * {@link #of} returns null for anything else (capitalised words, numbers, hyphenated words), which keeps
 * names, places and figures out of reach of word edits.
 */
final class Token {
  final String prefix;
  final String core;
  final String suffix;

  private Token(String prefix, String core, String suffix) {
    this.prefix = prefix;
    this.core = core;
    this.suffix = suffix;
  }

  static Token of(String token) {
    int a = 0;
    int b = token.length();
    while (a < b && isPunct(token.charAt(a))) {
      a++;
    }
    while (b > a && isPunct(token.charAt(b - 1))) {
      b--;
    }
    if (b - a < 3) {
      return null;
    }
    for (int i = a; i < b; i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z') {
        return null;
      }
    }
    return new Token(token.substring(0, a), token.substring(a, b), token.substring(b));
  }

  private static boolean isPunct(char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == ')';
  }

  String with(String newCore) {
    return prefix + newCore + suffix;
  }
}
