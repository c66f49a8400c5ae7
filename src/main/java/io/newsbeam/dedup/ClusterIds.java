package io.newsbeam.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code cluster_id}: a hash of the smallest member article id, stable whatever order members arrive in. */
public final class ClusterIds {
  private ClusterIds() {}

  public static String of(String smallestMemberId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(("cluster:" + smallestMemberId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
