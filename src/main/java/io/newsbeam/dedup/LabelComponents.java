package io.newsbeam.dedup;

import io.newsbeam.dedup.Coders.LabelMsg;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Connected components of an undirected graph, in Beam, without a loop and without collecting the edges on
 * one worker. In: edges {@code KV<a, b>} between node ids. Out: {@link #LABELS}, {@code KV<node, label>} for
 * every node of an edge, where label is the smallest node id of its component; {@link #STATS_SUM} and
 * {@link #STATS_MAX}, named counters for run_summary.json.
 *
 * <p>Min-label propagation with pointer jumping, unrolled {@code rounds} times: every node takes the
 * smallest label among its own and its neighbours' (one join with the adjacency lists), then the label of
 * its label (one group by label). Pointer jumping halves path lengths, so a component of diameter d settles
 * in about log2(d) + 1 rounds. After the last round one more propagation finds the edges whose ends still
 * disagree; the distinct label pairs of those edges (few: one per unsettled label, not per node) are joined
 * by union-find in one group, and the nodes still unsettled take their final label by a group on their
 * current label. The result is exact whatever the number of rounds; rounds only decide how much is left
 * for the finishing step.
 */
final class LabelComponents extends PTransform<PCollection<KV<String, String>>, PCollectionTuple> {
  static final TupleTag<KV<String, String>> LABELS = new TupleTag<>() {};
  static final TupleTag<KV<String, Long>> STATS_SUM = new TupleTag<>() {};
  static final TupleTag<KV<String, Long>> STATS_MAX = new TupleTag<>() {};

  static final String ROUNDS_USED = "cc_rounds_with_changes";
  static final String CHANGED_LAST_ROUND = "cc_nodes_changed_in_last_round";
  static final String FINISHED_BY_GROUPING = "cc_nodes_finished_by_grouping";
  static final String RESIDUAL_LABEL_PAIRS = "cc_residual_label_pairs";

  private static final TupleTag<List<String>> ADJ = new TupleTag<>() {};
  private static final TupleTag<LabelMsg> LBL = new TupleTag<>() {};
  private static final TupleTag<String> NODE = new TupleTag<>() {};
  private static final TupleTag<String> ROOT = new TupleTag<>() {};

  private static final KvCoder<String, LabelMsg> MSG_CODER =
      KvCoder.of(StringUtf8Coder.of(), Coders.LabelMsgCoder.INSTANCE);
  private static final KvCoder<String, String> PAIR_CODER = KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of());
  private static final KvCoder<String, Long> STAT_CODER = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());

  private final int rounds;

  LabelComponents(int rounds) {
    this.rounds = rounds;
  }

  @Override
  public PCollectionTuple expand(PCollection<KV<String, String>> edges) {
    PCollection<KV<String, String>> reversed = edges
        .apply("ReverseEdges", ParDo.of(new ReverseFn())).setCoder(PAIR_CODER);
    PCollection<KV<String, List<String>>> nodeToNeighbours = PCollectionList.of(edges).and(reversed)
        .apply("BothDirections", Flatten.pCollections())
        .apply("GroupNeighbours", GroupByKey.create())
        .apply("SortNeighbours", ParDo.of(new SortNeighboursFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ListCoder.of(StringUtf8Coder.of())));

    PCollection<KV<String, LabelMsg>> labels = nodeToNeighbours
        .apply("InitialLabels", ParDo.of(new InitialLabelFn())).setCoder(MSG_CODER);
    List<PCollection<KV<String, Long>>> maxStats = new ArrayList<>();
    PCollection<KV<String, Long>> changedLast = null;
    for (int round = 1; round <= rounds; round++) {
      String r = "Round" + round;
      PCollection<KV<String, LabelMsg>> offered = KeyedPCollectionTuple.of(ADJ, nodeToNeighbours).and(LBL, labels)
          .apply(r + "JoinNeighbours", CoGroupByKey.create())
          .apply(r + "OfferLabels", ParDo.of(new OfferLabelsFn())).setCoder(MSG_CODER)
          .apply(r + "GroupOffers", GroupByKey.create())
          .apply(r + "TakeSmallest", ParDo.of(new TakeSmallestFn())).setCoder(MSG_CODER);
      labels = offered
          .apply(r + "PointToLabel", ParDo.of(new PointToLabelFn())).setCoder(MSG_CODER)
          .apply(r + "GroupByLabel", GroupByKey.create())
          .apply(r + "JumpPointers", ParDo.of(new JumpPointersFn())).setCoder(MSG_CODER);
      final long roundNo = round;
      PCollection<KV<String, Long>> changed = labels
          .apply(r + "Changed", ParDo.of(new ChangedFn(roundNo))).setCoder(STAT_CODER);
      maxStats.add(changed);
      changedLast = changed;
    }

    PCollection<KV<String, String>> residual = KeyedPCollectionTuple.of(ADJ, nodeToNeighbours).and(LBL, labels)
        .apply("CheckJoinNeighbours", CoGroupByKey.create())
        .apply("CheckOfferLabels", ParDo.of(new OfferLabelsFn())).setCoder(MSG_CODER)
        .apply("CheckGroupOffers", GroupByKey.create())
        .apply("ResidualLabelPairs", ParDo.of(new ResidualFn())).setCoder(PAIR_CODER)
        .apply("DistinctResidual", Distinct.create());
    PCollection<KV<String, String>> labelToRoot = residual
        .apply("CollectResidual", WithKeys.of(""))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), PAIR_CODER))
        .apply("GroupResidual", GroupByKey.create())
        .apply("UnionResidual", ParDo.of(new UnionFn())).setCoder(PAIR_CODER);

    PCollection<KV<String, String>> labelToNode = labels
        .apply("KeyByLabel", ParDo.of(new KeyByLabelFn())).setCoder(PAIR_CODER);
    PCollectionTuple finished = KeyedPCollectionTuple.of(NODE, labelToNode).and(ROOT, labelToRoot)
        .apply("JoinRoots", CoGroupByKey.create())
        .apply("FinishLabels", ParDo.of(new FinishFn())
            .withOutputTags(LABELS, TupleTagList.of(STATS_SUM)));
    finished.get(LABELS).setCoder(PAIR_CODER);
    finished.get(STATS_SUM).setCoder(STAT_CODER);

    PCollection<KV<String, Long>> sums = PCollectionList.of(finished.get(STATS_SUM))
        .and(changedLast.apply("ChangedInLastRound", ParDo.of(new RenameFn(CHANGED_LAST_ROUND))).setCoder(STAT_CODER))
        .and(residual.apply("CountResidual", ParDo.of(new ConstantStatFn(RESIDUAL_LABEL_PAIRS))).setCoder(STAT_CODER))
        .apply("SumStats", Flatten.pCollections());
    PCollection<KV<String, Long>> maxes = PCollectionList.of(maxStats).apply("MaxStats", Flatten.pCollections());
    return PCollectionTuple.of(LABELS, finished.get(LABELS)).and(STATS_SUM, sums).and(STATS_MAX, maxes);
  }

  static final class ReverseFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> e, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(e.getValue(), e.getKey()));
    }
  }

  static final class SortNeighboursFn extends DoFn<KV<String, Iterable<String>>, KV<String, List<String>>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> e, OutputReceiver<KV<String, List<String>>> out) {
      List<String> n = new ArrayList<>();
      e.getValue().forEach(n::add);
      n.sort(null);
      out.output(KV.of(e.getKey(), n));
    }
  }

  static final class InitialLabelFn extends DoFn<KV<String, List<String>>, KV<String, LabelMsg>> {
    @ProcessElement
    public void process(@Element KV<String, List<String>> e, OutputReceiver<KV<String, LabelMsg>> out) {
      out.output(KV.of(e.getKey(), new LabelMsg(LabelMsg.OWN, false, e.getKey())));
    }
  }

  /** Sends a node's label to itself (OWN) and to each neighbour (NEIGHBOUR). */
  static final class OfferLabelsFn extends DoFn<KV<String, CoGbkResult>, KV<String, LabelMsg>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, OutputReceiver<KV<String, LabelMsg>> out) {
      LabelMsg own = e.getValue().getOnly(LBL);
      List<String> neighbours = e.getValue().getOnly(ADJ);
      out.output(KV.of(e.getKey(), own));
      LabelMsg offer = new LabelMsg(LabelMsg.NEIGHBOUR, false, own.label);
      for (String n : neighbours) {
        out.output(KV.of(n, offer));
      }
    }
  }

  static final class TakeSmallestFn extends DoFn<KV<String, Iterable<LabelMsg>>, KV<String, LabelMsg>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<LabelMsg>> e, OutputReceiver<KV<String, LabelMsg>> out) {
      String own = null;
      String min = null;
      for (LabelMsg m : e.getValue()) {
        if (m.kind == LabelMsg.OWN) {
          own = m.label;
        }
        if (min == null || m.label.compareTo(min) < 0) {
          min = m.label;
        }
      }
      if (own == null) {
        throw new IllegalStateException("node without a label: " + e.getKey());
      }
      out.output(KV.of(e.getKey(), new LabelMsg(LabelMsg.OWN, !min.equals(own), min)));
    }
  }

  static final class PointToLabelFn extends DoFn<KV<String, LabelMsg>, KV<String, LabelMsg>> {
    @ProcessElement
    public void process(@Element KV<String, LabelMsg> e, OutputReceiver<KV<String, LabelMsg>> out) {
      out.output(e);
      out.output(KV.of(e.getValue().label, new LabelMsg(LabelMsg.POINTER, e.getValue().changed, e.getKey())));
    }
  }

  /**
   * For label node k: every node pointing at k takes k's own label (the label of its label). Reads its
   * group once (a runner may hand out a group that can be iterated only once, as Flink's batch runner
   * does): the pointers are kept until k's own label has been seen, wherever it is in the group.
   */
  static final class JumpPointersFn extends DoFn<KV<String, Iterable<LabelMsg>>, KV<String, LabelMsg>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<LabelMsg>> e, OutputReceiver<KV<String, LabelMsg>> out) {
      String labelOfLabel = null;
      List<LabelMsg> pointers = new ArrayList<>();
      for (LabelMsg m : e.getValue()) {
        if (m.kind == LabelMsg.OWN) {
          if (labelOfLabel != null) {
            throw new IllegalStateException("node with two labels: " + e.getKey());
          }
          labelOfLabel = m.label;
        } else if (m.kind == LabelMsg.POINTER) {
          pointers.add(m);
        }
      }
      if (labelOfLabel == null) {
        throw new IllegalStateException("label that is not a node: " + e.getKey());
      }
      boolean jumped = !labelOfLabel.equals(e.getKey());
      for (LabelMsg m : pointers) {
        out.output(KV.of(m.label, new LabelMsg(LabelMsg.OWN, m.changed || jumped, labelOfLabel)));
      }
    }
  }

  static final class ChangedFn extends DoFn<KV<String, LabelMsg>, KV<String, Long>> {
    private final long round;

    ChangedFn(long round) {
      this.round = round;
    }

    @ProcessElement
    public void process(@Element KV<String, LabelMsg> e, OutputReceiver<KV<String, Long>> out) {
      if (e.getValue().changed) {
        out.output(KV.of(ROUNDS_USED, round));
      }
    }
  }

  static final class RenameFn extends DoFn<KV<String, Long>, KV<String, Long>> {
    private final String name;

    RenameFn(String name) {
      this.name = name;
    }

    @ProcessElement
    public void process(@Element KV<String, Long> e, OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of(name, 1L));
    }
  }

  static final class ConstantStatFn extends DoFn<KV<String, String>, KV<String, Long>> {
    private final String name;

    ConstantStatFn(String name) {
      this.name = name;
    }

    @ProcessElement
    public void process(OutputReceiver<KV<String, Long>> out) {
      out.output(KV.of(name, 1L));
    }
  }

  /**
   * After the rounds: a pair (smaller, larger) of labels for every edge whose two ends still disagree. Reads
   * its group once, like {@link JumpPointersFn}.
   */
  static final class ResidualFn extends DoFn<KV<String, Iterable<LabelMsg>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<LabelMsg>> e, OutputReceiver<KV<String, String>> out) {
      String own = null;
      TreeSet<String> offered = new TreeSet<>();
      for (LabelMsg m : e.getValue()) {
        if (m.kind == LabelMsg.OWN) {
          own = m.label;
        } else if (m.kind == LabelMsg.NEIGHBOUR) {
          offered.add(m.label);
        }
      }
      if (own == null) {
        throw new IllegalStateException("node without a label: " + e.getKey());
      }
      offered.remove(own);
      for (String label : offered) {
        out.output(label.compareTo(own) < 0 ? KV.of(label, own) : KV.of(own, label));
      }
    }
  }

  /** Union-find over the residual label pairs; every label maps to the smallest label of its set. */
  static final class UnionFn extends DoFn<KV<String, Iterable<KV<String, String>>>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> e,
        OutputReceiver<KV<String, String>> out) {
      TreeMap<String, String> parent = new TreeMap<>();
      for (KV<String, String> p : e.getValue()) {
        String a = find(parent, p.getKey());
        String b = find(parent, p.getValue());
        if (!a.equals(b)) {
          if (a.compareTo(b) < 0) {
            parent.put(b, a);
          } else {
            parent.put(a, b);
          }
        }
      }
      for (String label : new ArrayList<>(parent.keySet())) {
        String root = find(parent, label);
        if (!root.equals(label)) {
          out.output(KV.of(label, root));
        }
      }
    }

    private static String find(TreeMap<String, String> parent, String x) {
      String root = x;
      while (true) {
        String p = parent.putIfAbsent(root, root);
        if (p == null || p.equals(root)) {
          break;
        }
        root = p;
      }
      String y = x;
      while (!y.equals(root)) {
        String next = parent.get(y);
        parent.put(y, root);
        y = next;
      }
      return root;
    }
  }

  static final class KeyByLabelFn extends DoFn<KV<String, LabelMsg>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, LabelMsg> e, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(e.getValue().label, e.getKey()));
    }
  }

  static final class FinishFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> e, MultiOutputReceiver out) {
      String root = e.getValue().getOnly(ROOT, null);
      String label = root == null ? e.getKey() : root;
      long moved = 0;
      for (String node : e.getValue().getAll(NODE)) {
        out.get(LABELS).output(KV.of(node, label));
        moved += root == null ? 0 : 1;
      }
      if (moved > 0) {
        out.get(STATS_SUM).output(KV.of(FINISHED_BY_GROUPING, moved));
      }
    }
  }
}
