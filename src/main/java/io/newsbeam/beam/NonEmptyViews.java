package io.newsbeam.beam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
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
   * input when {@code input} is empty), without the default-value view of {@code Combine.globally}.
   */
  public static <T, A, O> PCollection<O> combineGlobally(String name, PCollection<T> input,
      Combine.CombineFn<T, A, O> fn) {
    ListCoder<T> chunkCoder = ListCoder.of(input.getCoder());
    PCollection<List<T>> singles = input.apply(name + "Singles", ParDo.of(new SingletonListFn<T>()))
        .setCoder(chunkCoder);
    PCollection<List<T>> filler = input.getPipeline()
        .apply(name + "Filler", Create.of(Collections.singletonList(Collections.<T>emptyList()))
            .withCoder(chunkCoder));
    return PCollectionList.of(singles).and(filler)
        .apply(name + "Chunks", Flatten.pCollections())
        .apply(name, Combine.globally(new ChunksFn<>(fn)).withoutDefaults());
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

  static final class SingletonListFn<T> extends DoFn<T, List<T>> {
    @ProcessElement
    public void process(@Element T element, OutputReceiver<List<T>> out) {
      List<T> single = new ArrayList<>(1);
      single.add(element);
      out.output(single);
    }
  }

  /** {@code fn} fed with lists of its inputs, so the empty filler list adds nothing. */
  static final class ChunksFn<T, A, O> extends Combine.CombineFn<List<T>, A, O> {
    private final Combine.CombineFn<T, A, O> fn;

    ChunksFn(Combine.CombineFn<T, A, O> fn) {
      this.fn = fn;
    }

    @Override
    public A createAccumulator() {
      return fn.createAccumulator();
    }

    @Override
    public A addInput(A accumulator, List<T> chunk) {
      for (T input : chunk) {
        accumulator = fn.addInput(accumulator, input);
      }
      return accumulator;
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
    public Coder<A> getAccumulatorCoder(CoderRegistry registry, Coder<List<T>> inputCoder)
        throws CannotProvideCoderException {
      return fn.getAccumulatorCoder(registry, ((ListCoder<T>) inputCoder).getElemCoder());
    }

    @Override
    public Coder<O> getDefaultOutputCoder(CoderRegistry registry, Coder<List<T>> inputCoder)
        throws CannotProvideCoderException {
      return fn.getDefaultOutputCoder(registry, ((ListCoder<T>) inputCoder).getElemCoder());
    }
  }
}
