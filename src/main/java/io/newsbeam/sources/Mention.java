package io.newsbeam.sources;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A candidate citation inside one paragraph, before canonicalization: char offsets local to the paragraph
 * text, the rule that found it and what the rule saw around the name.
 */
record Mention(int start, int end, String rule, String kind, List<String> qualifiers, List<String> aliases,
    @Nullable String note, @Nullable String typeHint, boolean person, int priority) {
  Mention {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span [" + start + ", " + end + ")");
    }
    qualifiers = List.copyOf(qualifiers);
    aliases = List.copyOf(aliases);
  }

  boolean overlaps(Mention o) {
    return start < o.end && o.start < end;
  }

  Mention withShared(List<String> sharedQualifiers, @Nullable String sharedType) {
    return new Mention(start, end, rule, kind, sharedQualifiers, aliases, note,
        typeHint == null ? sharedType : typeHint, person, priority);
  }
}
