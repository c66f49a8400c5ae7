package io.newsbeam.beam;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;

/**
 * Global combines and side-input views whose underlying collection is never empty.
 *
 * <p>Why: Beam 2.62's DirectRunner marks an empty view ready only from a watermark callback, and that callback
 * does not wake its executor. A ParDo whose main input arrived before the view was ready, and was pushed back,
 * can then wait forever while the driver spins (3 of 48 runs of the near-duplicate stage on two articles hung
 * this way). A view written with at least one element wakes the executor as it is written. {@code
 * Combine.globally} with its default value has the same hazard inside it: it inserts the default through a view
 * of its own output, which is empty exactly when the input is. So every global combine and view here sees at
 * least one element: a filler that changes nothing.
 */
public final class NonEmptyViews {
  /** The filler key of {@link #asMap}: article ids and other keys are never a lone NUL character. */
  public static final String FILLER_KEY = "\u0000";

  private NonEmptyViews() {}

  /**
   * {@code fn} over every element of {@code input}, as exactly one element (the value of {@code fn} over no
   * input when {@code input} is empty), without the default-value view of {@code Combine.globally}: the elements
   * are combined into one accumulator (none when empty), a filler empty accumulator joins it, and a second global
   * combine merges the one or two accumulators.
   */
  public static <T, A, O> PCollection<O> combineGlobally(String name, PCollection<T> input,
      Combine.CombineFn<T, A, O> fn) {
    Coder<A> accumulatorCoder;
    try {
      accumulatorCoder = fn.getAccumulatorCoder(input.getPipeline().getCoderRegistry(), input.getCoder());
    } catch (CannotProvideCoderException e) {
      throw new IllegalArgumentException(name + ": no coder for the accumulator of " + fn, e);
    }
    PCollection<A> accumulated = input
        .apply(name + "Accumulate", Combine.globally(new AccumulateFn<>(fn, accumulatorCoder)).withoutDefaults())
        .setCoder(accumulatorCoder);
    PCollection<A> filler = input.getPipeline()
        .apply(name + "Filler", Create.of(Collections.singletonList(fn.createAccumulator()))
            .withCoder(accumulatorCoder));
    return PCollectionList.of(accumulated).and(filler)
        .apply(name + "Accumulators", Flatten.pCollections())
        .apply(name, Combine.globally(new MergeFn<>(fn, accumulatorCoder, input.getCoder())).withoutDefaults());
  }

  /** {@link #combineGlobally} as a singleton view. */
  public static <T, A, O> PCollectionView<O> asSingleton(String name, PCollection<T> input,
      Combine.CombineFn<T, A, O> fn) {
    return combineGlobally(name, input, fn).apply(name + "View", View.asSingleton());
  }

  /**
   * A map view of {@code entries} plus one {@link #FILLER_KEY} entry: readers may look keys up but must not
   * iterate or count the map.
   */
  public static <V> PCollectionView<Map<String, V>> asMap(String name, PCollection<KV<String, V>> entries,
      V fillerValue) {
    @SuppressWarnings("unchecked")
    KvCoder<String, V> coder = (KvCoder<String, V>) entries.getCoder();
    PCollection<KV<String, V>> filler = entries.getPipeline()
        .apply(name + "Filler", Create.of(Collections.singletonList(KV.of(FILLER_KEY, fillerValue)))
            .withCoder(coder));
    return PCollectionList.of(entries).and(filler)
        .apply(name + "WithFiller", Flatten.pCollections())
        .apply(name, View.asMap());
  }

  /** How often each value occurs in {@code values}, as one map (empty when there are none). */
  public static PCollectionView<Map<String, Long>> countPerValue(String name, PCollection<String> values) {
    return asSingleton(name, values, new TallyFn());
  }

  /** Counts per value into one map; for few distinct values (reasons, kinds), not for ids. */
  static final class TallyFn extends Combine.CombineFn<String, Map<String, Long>, Map<String, Long>> {
    @Override
    public Map<String, Long> createAccumulator() {
      return new TreeMap<>();
    }

    @Override
    public Map<String, Long> addInput(Map<String, Long> tally, String value) {
      tally.merge(value, 1L, Long::sum);
      return tally;
    }

    @Override
    public Map<String, Long> mergeAccumulators(Iterable<Map<String, Long>> tallies) {
      Map<String, Long> all = new TreeMap<>();
      for (Map<String, Long> tally : tallies) {
        tally.forEach((value, count) -> all.merge(value, count, Long::sum));
      }
      return all;
    }

    @Override
    public Map<String, Long> extractOutput(Map<String, Long> tally) {
      return tally;
    }

    @Override
    public Coder<Map<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<String> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }

    @Override
    public Coder<Map<String, Long>> getDefaultOutputCoder(CoderRegistry registry, Coder<String> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }
  }

  /** {@code fn} up to its accumulator, which is the output. */
  static final class AccumulateFn<T, A> extends Combine.CombineFn<T, A, A> {
    private final Combine.CombineFn<T, A, ?> fn;
    private final Coder<A> accumulatorCoder;

    AccumulateFn(Combine.CombineFn<T, A, ?> fn, Coder<A> accumulatorCoder) {
      this.fn = fn;
      this.accumulatorCoder = accumulatorCoder;
    }

    @Override
    public A createAccumulator() {
      return fn.createAccumulator();
    }

    @Override
    public A addInput(A accumulator, T input) {
      return fn.addInput(accumulator, input);
    }

    @Override
    public A mergeAccumulators(Iterable<A> accumulators) {
      return fn.mergeAccumulators(accumulators);
    }

    @Override
    public A extractOutput(A accumulator) {
      return accumulator;
    }

    @Override
    public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<T> inputCoder) {
      return accumulatorCoder;
    }

    @Override
    public Coder<A> getDefaultOutputCoder(CoderRegistry registry, Coder<T> inputCoder) {
      return accumulatorCoder;
    }
  }

  /** Merges accumulators of {@code fn} (ours first, so only ours is mutated) and extracts {@code fn}'s output. */
  static final class MergeFn<T, A, O> extends Combine.CombineFn<A, A, O> {
    private final Combine.CombineFn<T, A, O> fn;
    private final Coder<A> accumulatorCoder;
    private final Coder<T> inputCoder;

    MergeFn(Combine.CombineFn<T, A, O> fn, Coder<A> accumulatorCoder, Coder<T> inputCoder) {
      this.fn = fn;
      this.accumulatorCoder = accumulatorCoder;
      this.inputCoder = inputCoder;
    }

    @Override
    public A createAccumulator() {
      return fn.createAccumulator();
    }

    @Override
    public A addInput(A accumulator, A input) {
      return fn.mergeAccumulators(List.of(accumulator, input));
    }

    @Override
    public A mergeAccumulators(Iterable<A> accumulators) {
      return fn.mergeAccumulators(accumulators);
    }

    @Override
    public O extractOutput(A accumulator) {
      return fn.extractOutput(accumulator);
    }

    @Override
    public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<A> ignored) {
      return accumulatorCoder;
    }

    @Override
    public Coder<O> getDefaultOutputCoder(CoderRegistry registry, Coder<A> ignored)
        throws CannotProvideCoderException {
      return fn.getDefaultOutputCoder(registry, inputCoder);
    }
  }
}
