package io.newsbeam.beam;

import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.Rule;
import org.junit.Test;

public class NonEmptyViewsTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void globalCombineGivesOneValueForEmptyAndNonEmptyInput() {
    PCollection<String> none = p.apply("None", Create.empty(StringUtf8Coder.of()));
    PCollection<String> three = p.apply("Three", Create.of("a", "b", "a"));
    PAssert.that(NonEmptyViews.combineGlobally("CountNone", none, Count.combineFn())).containsInAnyOrder(0L);
    PAssert.that(NonEmptyViews.combineGlobally("CountThree", three, Count.combineFn())).containsInAnyOrder(3L);
    p.run().waitUntilFinish();
  }

  @Test
  public void viewsOfEmptyCollectionsAreReadable() {
    PCollection<String> none = p.apply("None", Create.empty(StringUtf8Coder.of()));
    PCollectionView<Map<String, Long>> tally = NonEmptyViews.countPerValue("Tally", none);
    PCollectionView<Map<String, Long>> tallyOfThree =
        NonEmptyViews.countPerValue("TallyThree", p.apply("Three", Create.of("a", "b", "a")));
    PCollectionView<Map<String, Boolean>> listed = NonEmptyViews.asMap("Listed",
        p.apply("Ids", Create.of(List.of(KV.of("x", true)))
            .withCoder(KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of()))), Boolean.TRUE);
    PCollectionView<Map<String, Boolean>> noneListed = NonEmptyViews.asMap("NoneListed",
        p.apply("NoIds", Create.empty(KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of()))), Boolean.TRUE);
    PCollection<String> read = p.apply("Probe", Create.of("x", "y"))
        .apply("Read", ParDo.of(new ReadViewsFn(tally, tallyOfThree, listed, noneListed))
            .withSideInputs(tally, tallyOfThree, listed, noneListed));
    PAssert.that(read).containsInAnyOrder(
        "x listed=true noneListed=false tally={} tallyOfThree={a=2, b=1}",
        "y listed=false noneListed=false tally={} tallyOfThree={a=2, b=1}");
    p.run().waitUntilFinish();
  }

  static final class ReadViewsFn extends DoFn<String, String> {
    private final PCollectionView<Map<String, Long>> tally;
    private final PCollectionView<Map<String, Long>> tallyOfThree;
    private final PCollectionView<Map<String, Boolean>> listed;
    private final PCollectionView<Map<String, Boolean>> noneListed;

    ReadViewsFn(PCollectionView<Map<String, Long>> tally, PCollectionView<Map<String, Long>> tallyOfThree,
        PCollectionView<Map<String, Boolean>> listed, PCollectionView<Map<String, Boolean>> noneListed) {
      this.tally = tally;
      this.tallyOfThree = tallyOfThree;
      this.listed = listed;
      this.noneListed = noneListed;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      c.output(c.element() + " listed=" + c.sideInput(listed).containsKey(c.element())
          + " noneListed=" + c.sideInput(noneListed).containsKey(c.element())
          + " tally=" + c.sideInput(tally) + " tallyOfThree=" + new java.util.TreeMap<>(c.sideInput(tallyOfThree)));
    }
  }
}
