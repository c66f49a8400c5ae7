package io.newsbeam.generate;

/** Word counting shared by the generator and its truth file: a word is a maximal run of chars other than space, tab, CR and LF. */
final class Words {
  private Words() {}

  static int count(CharSequence s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }
}
