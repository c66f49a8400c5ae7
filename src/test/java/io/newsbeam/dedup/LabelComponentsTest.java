package io.newsbeam.dedup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.newsbeam.dedup.Coders.LabelMsg;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn.OutputReceiver;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.joda.time.Instant;
import org.junit.Rule;
import org.junit.Test;

public class LabelComponentsTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  private static final KvCoder<String, String> PAIRS = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());

  /** A path of 8 nodes does not settle in one round: the finishing step must complete it. */
  @Test
  public void longPathIsFinishedByGroupingAndSeparateComponentsStaySeparate() {
    List<KV<String, String>> edges = List.of(
        KV.of("h", "g"), KV.of("g", "f"), KV.of("f", "e"), KV.of("e", "d"), KV.of("d", "c"), KV.of("c", "b"),
        KV.of("b", "a"), KV.of("x", "z"), KV.of("y", "z"));
    PCollection<KV<String, String>> in = p.apply(Create.of(edges).withCoder(PAIRS));
    PCollectionTuple out = in.apply(new LabelComponents(1));
    PAssert.that(out.get(LabelComponents.LABELS)).containsInAnyOrder(
        KV.of("a", "a"), KV.of("b", "a"), KV.of("c", "a"), KV.of("d", "a"), KV.of("e", "a"), KV.of("f", "a"),
        KV.of("g", "a"), KV.of("h", "a"), KV.of("x", "x"), KV.of("y", "x"), KV.of("z", "x"));
    p.run().waitUntilFinish();
  }

  @Test
  public void enoughRoundsNeedNoFinishing() {
    List<KV<String, String>> edges = List.of(KV.of("a", "b"), KV.of("b", "c"), KV.of("c", "d"));
    PCollectionTuple out = p.apply(Create.of(edges).withCoder(PAIRS)).apply(new LabelComponents(4));
    PAssert.that(out.get(LabelComponents.LABELS)).containsInAnyOrder(
        KV.of("a", "a"), KV.of("b", "a"), KV.of("c", "a"), KV.of("d", "a"));
    p.run().waitUntilFinish();
  }

  /**
   * The shape of the 20,000-record crash: a hub whose own label arrives after the pointers of the nodes that
   * point at it, and chains hanging off a star so that labels jump in every round. The same test passes on
   * Flink ({@code -DbeamTestPipelineOptions='["--runner=FlinkRunner","--flinkMaster=[local]"]'}), whose
   * groups can be read only once.
   */
  @Test
  public void starWithChainsSettlesWhateverTheRounds() {
    List<KV<String, String>> edges = new ArrayList<>();
    List<KV<String, String>> expected = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      edges.add(KV.of("m", "s" + i)); // star around m; m is not the smallest id of its component
      edges.add(KV.of("s" + i, "t" + i));
      expected.add(KV.of("s" + i, "b"));
      expected.add(KV.of("t" + i, "b"));
    }
    edges.add(KV.of("t6", "c"));
    edges.add(KV.of("c", "b"));
    expected.addAll(List.of(KV.of("m", "b"), KV.of("c", "b"), KV.of("b", "b")));
    for (int i = 0; i < 5; i++) { // a second component: a path written backwards
      edges.add(KV.of("p" + (i + 1), "p" + i));
      expected.add(KV.of("p" + i, "p0"));
    }
    expected.add(KV.of("p5", "p0"));
    PCollection<KV<String, String>> in = p.apply(Create.of(edges).withCoder(PAIRS));
    for (int rounds = 1; rounds <= 4; rounds++) {
      PCollectionTuple out = in.apply("Rounds" + rounds, new LabelComponents(rounds));
      PAssert.that("rounds " + rounds, out.get(LabelComponents.LABELS)).containsInAnyOrder(expected);
    }
    p.run().waitUntilFinish();
  }

  /** A group handed out as Flink's batch runner does: iterable once, the node's own label last. */
  @Test
  public void jumpPointersReadsItsGroupOnce() {
    List<LabelMsg> group = List.of(
        new LabelMsg(LabelMsg.POINTER, false, "x"), new LabelMsg(LabelMsg.POINTER, true, "y"),
        new LabelMsg(LabelMsg.POINTER, false, "k"), new LabelMsg(LabelMsg.OWN, false, "a"));
    List<KV<String, LabelMsg>> out = new ArrayList<>();
    new LabelComponents.JumpPointersFn().process(KV.of("k", once(group)), collect(out));
    assertEquals(3, out.size());
    for (KV<String, LabelMsg> e : out) {
      assertEquals("a", e.getValue().label);
      assertEquals(LabelMsg.OWN, e.getValue().kind);
      assertEquals(true, e.getValue().changed); // k's label was a, so everyone jumped
    }
    assertEquals(List.of("x", "y", "k"), out.stream().map(KV::getKey).toList());
  }

  @Test
  public void residualReadsItsGroupOnce() {
    List<LabelMsg> group = List.of(
        new LabelMsg(LabelMsg.NEIGHBOUR, false, "c"), new LabelMsg(LabelMsg.NEIGHBOUR, false, "a"),
        new LabelMsg(LabelMsg.NEIGHBOUR, false, "c"), new LabelMsg(LabelMsg.OWN, false, "b"),
        new LabelMsg(LabelMsg.NEIGHBOUR, false, "b"));
    List<KV<String, String>> out = new ArrayList<>();
    new LabelComponents.ResidualFn().process(KV.of("n", once(group)), collect(out));
    assertEquals(List.of(KV.of("a", "b"), KV.of("b", "c")), out);
  }

  @Test
  public void aLabelWithoutItsNodeIsABug() {
    List<LabelMsg> group = List.of(new LabelMsg(LabelMsg.POINTER, false, "x"));
    assertThrows(IllegalStateException.class, () ->
        new LabelComponents.JumpPointersFn().process(KV.of("k", once(group)), collect(new ArrayList<>())));
  }

  private static <T> Iterable<T> once(List<T> values) {
    AtomicBoolean used = new AtomicBoolean();
    return () -> {
      if (used.getAndSet(true)) {
        throw new IllegalStateException("iterated twice");
      }
      Iterator<T> it = values.iterator();
      return it;
    };
  }

  private static <T> OutputReceiver<T> collect(List<T> sink) {
    return new OutputReceiver<T>() {
      @Override
      public void output(T value) {
        sink.add(value);
      }

      @Override
      public void outputWithTimestamp(T value, Instant timestamp) {
        sink.add(value);
      }
    };
  }
}
