package io.newsbeam.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A person or organisation of one article: its canonical name (the full name as first introduced, or the alias
 * list's canonical form), role, gender guess and where it is mentioned. Mutable while the article is read.
 */
final class Entity {
  static final String PERSON = "person";
  static final String ORGANISATION = "organisation";

  final String canonical;
  /** {@link SpeakerAliases#key} of the canonical name, computed once: articles compare it per mention. */
  final String key;
  final String type;
  final List<String> nameTokens;
  final @Nullable String qid;
  final String firstSurface;
  final int firstStart;
  final int firstEnd;
  @Nullable String role;
  char gender;
  final List<String> evidence = new ArrayList<>();
  int mentionCount;

  Entity(String canonical, String type, List<String> nameTokens, @Nullable String qid, String firstSurface,
      int firstStart, int firstEnd) {
    this.canonical = canonical;
    this.key = SpeakerAliases.key(canonical);
    this.type = type;
    this.nameTokens = List.copyOf(nameTokens);
    this.qid = qid;
    this.firstSurface = firstSurface;
    this.firstStart = firstStart;
    this.firstEnd = firstEnd;
    this.gender = '?';
  }

  boolean isPerson() {
    return PERSON.equals(type);
  }

  /** True when {@code word} is one of the name's words (a short form such as a surname), ignoring case. */
  boolean hasNameToken(String word) {
    for (String t : nameTokens) {
      if (t.equalsIgnoreCase(word)) {
        return true;
      }
    }
    // 'Erdogan' is a name token of 'Recep Tayyip Erdoğan'
    String w = Entities.fold(word);
    for (String t : nameTokens) {
      if (Entities.fold(t).equals(w)) {
        return true;
      }
    }
    return false;
  }

  boolean roleHas(String lowerWord) {
    return role != null && (" " + role.toLowerCase(Locale.ROOT) + " ").contains(" " + lowerWord + " ");
  }

  void addEvidence(String e) {
    if (!evidence.contains(e)) {
      evidence.add(e);
    }
  }

  @Override
  public String toString() {
    return type + ":" + canonical + (role == null ? "" : " (" + role + ")");
  }
}
