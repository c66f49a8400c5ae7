package io.newsbeam.dedup;

import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;

public class LabelComponentsTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  /** A path of 8 nodes does not settle in one round: the finishing step must complete it. */
  @Test
  public void longPathIsFinishedByGroupingAndSeparateComponentsStaySeparate() {
    List<KV<String, String>> edges = List.of(
        KV.of("h", "g"), KV.of("g", "f"), KV.of("f", "e"), KV.of("e", "d"), KV.of("d", "c"), KV.of("c", "b"),
        KV.of("b", "a"), KV.of("x", "z"), KV.of("y", "z"));
    PCollection<KV<String, String>> in =
        p.apply(Create.of(edges).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())));
    PCollectionTuple out = in.apply(new LabelComponents(1));
    PAssert.that(out.get(LabelComponents.LABELS)).containsInAnyOrder(
        KV.of("a", "a"), KV.of("b", "a"), KV.of("c", "a"), KV.of("d", "a"), KV.of("e", "a"), KV.of("f", "a"),
        KV.of("g", "a"), KV.of("h", "a"), KV.of("x", "x"), KV.of("y", "x"), KV.of("z", "x"));
    p.run().waitUntilFinish();
  }

  @Test
  public void enoughRoundsNeedNoFinishing() {
    List<KV<String, String>> edges = List.of(KV.of("a", "b"), KV.of("b", "c"), KV.of("c", "d"));
    PCollectionTuple out = p.apply(Create.of(edges).withCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply(new LabelComponents(4));
    PAssert.that(out.get(LabelComponents.LABELS)).containsInAnyOrder(
        KV.of("a", "a"), KV.of("b", "a"), KV.of("c", "a"), KV.of("d", "a"));
    p.run().waitUntilFinish();
  }
}
