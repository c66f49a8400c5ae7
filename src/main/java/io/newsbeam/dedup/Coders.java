package io.newsbeam.dedup;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;

/** Compact explicit coders for the near-duplicate step's intermediate values (no Java serialization). */
final class Coders {
  private Coders() {}

  /** Sorted shingle hashes: a varint length, then 8 bytes per hash. */
  static final class LongArrayCoder extends CustomCoder<long[]> {
    static final LongArrayCoder INSTANCE = new LongArrayCoder();

    @Override
    public void encode(long[] value, OutputStream out) throws IOException {
      VarIntCoder.of().encode(value.length, out);
      byte[] buf = new byte[value.length * 8];
      for (int i = 0, o = 0; i < value.length; i++, o += 8) {
        long v = value[i];
        for (int s = 56; s >= 0; s -= 8) {
          buf[o + (56 - s) / 8] = (byte) (v >>> s);
        }
      }
      out.write(buf);
    }

    @Override
    public long[] decode(InputStream in) throws IOException {
      int n = VarIntCoder.of().decode(in);
      byte[] buf = new byte[n * 8];
      new DataInputStream(in).readFully(buf);
      long[] v = new long[n];
      for (int i = 0, o = 0; i < n; i++, o += 8) {
        long x = 0;
        for (int j = 0; j < 8; j++) {
          x = (x << 8) | (buf[o + j] & 0xFF);
        }
        v[i] = x;
      }
      return v;
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** {@link BodyShingles}: the paragraph count, then the whole body's, the lead's and the last paragraph's hashes. */
  static final class BodyShinglesCoder extends CustomCoder<BodyShingles> {
    static final BodyShinglesCoder INSTANCE = new BodyShinglesCoder();

    @Override
    public void encode(BodyShingles value, OutputStream out) throws IOException {
      VarIntCoder.of().encode(value.paragraphs, out);
      LongArrayCoder.INSTANCE.encode(value.all, out);
      // a one-paragraph body's edges are its whole set: not written twice more
      if (value.paragraphs > 1) {
        LongArrayCoder.INSTANCE.encode(value.lead, out);
        LongArrayCoder.INSTANCE.encode(value.last, out);
      }
    }

    @Override
    public BodyShingles decode(InputStream in) throws IOException {
      int paragraphs = VarIntCoder.of().decode(in);
      long[] all = LongArrayCoder.INSTANCE.decode(in);
      if (paragraphs == 0) {
        return new BodyShingles(all, new long[0], new long[0], 0);
      }
      if (paragraphs == 1) {
        return new BodyShingles(all, all, all, 1);
      }
      return new BodyShingles(all, LongArrayCoder.INSTANCE.decode(in), LongArrayCoder.INSTANCE.decode(in), paragraphs);
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** A {@link HalfPair}: the partner id, then its body shingles. */
  static final class HalfPairCoder extends CustomCoder<HalfPair> {
    static final HalfPairCoder INSTANCE = new HalfPairCoder();

    @Override
    public void encode(HalfPair value, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(value.id, out);
      BodyShinglesCoder.INSTANCE.encode(value.shingles, out);
    }

    @Override
    public HalfPair decode(InputStream in) throws IOException {
      return new HalfPair(StringUtf8Coder.of().decode(in), BodyShinglesCoder.INSTANCE.decode(in));
    }
  }

  /** A {@link LabelMsg}: kind byte, changed byte, label string. */
  static final class LabelMsgCoder extends CustomCoder<LabelMsg> {
    static final LabelMsgCoder INSTANCE = new LabelMsgCoder();

    @Override
    public void encode(LabelMsg value, OutputStream out) throws IOException {
      out.write(value.kind);
      out.write(value.changed ? 1 : 0);
      StringUtf8Coder.of().encode(value.label, out);
    }

    @Override
    public LabelMsg decode(InputStream in) throws IOException {
      int kind = in.read();
      int changed = in.read();
      if (kind < 0 || changed < 0) {
        throw new java.io.EOFException();
      }
      return new LabelMsg((byte) kind, changed == 1, StringUtf8Coder.of().decode(in));
    }

    @Override
    public void verifyDeterministic() {}
  }

  /** A {@link Fate}: survivor id, cluster id, merged-away flag. */
  static final class FateCoder extends CustomCoder<Fate> {
    static final FateCoder INSTANCE = new FateCoder();

    @Override
    public void encode(Fate value, OutputStream out) throws IOException {
      StringUtf8Coder.of().encode(value.survivorId, out);
      StringUtf8Coder.of().encode(value.clusterId, out);
      out.write(value.mergedAway ? 1 : 0);
    }

    @Override
    public Fate decode(InputStream in) throws IOException {
      String s = StringUtf8Coder.of().decode(in);
      String c = StringUtf8Coder.of().decode(in);
      int m = in.read();
      if (m < 0) {
        throw new java.io.EOFException();
      }
      return new Fate(s, c, m == 1);
    }
  }

  /** One side of a candidate pair travelling to the other side: its id and shingles. */
  static final class HalfPair {
    final String id;
    final BodyShingles shingles;

    HalfPair(String id, BodyShingles shingles) {
      this.id = id;
      this.shingles = shingles;
    }
  }

  /**
   * A connected-components message for one node: its own current label ({@link #OWN}), a neighbour's
   * label ({@link #NEIGHBOUR}), or a node whose label is the key ({@link #POINTER}, label = that node's id).
   */
  static final class LabelMsg {
    static final byte OWN = 0;
    static final byte NEIGHBOUR = 1;
    static final byte POINTER = 2;

    final byte kind;
    final boolean changed;
    final String label;

    LabelMsg(byte kind, boolean changed, String label) {
      this.kind = kind;
      this.changed = changed;
      this.label = label;
    }
  }

  /** What happened to an exact-deduplicated article in its near-duplicate cluster. */
  static final class Fate {
    final String survivorId;
    final String clusterId;
    final boolean mergedAway;

    Fate(String survivorId, String clusterId, boolean mergedAway) {
      this.survivorId = survivorId;
      this.clusterId = clusterId;
      this.mergedAway = mergedAway;
    }
  }
}
