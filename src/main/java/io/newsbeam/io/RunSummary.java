package io.newsbeam.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger part of run_summary.json: what was read and where every record went. Every input record is
 * an article, a duplicate or a rejected row, so {@code records_read - (articles + duplicates + rejected)}
 * must be zero; anything else means a record was lost or counted twice.
 */
public final class RunSummary {
  public final long recordsRead;
  public final long articles;
  public final long duplicates;
  public final long rejected;
  public final Map<String, Long> rejectedByReason;
  /** The near-duplicate step's figures (candidate pairs, buckets, CC rounds, components); may be empty. */
  public final Map<String, Long> nearDuplicates;

  public RunSummary(long recordsRead, long articles, long duplicates, long rejected,
      Map<String, Long> rejectedByReason) {
    this(recordsRead, articles, duplicates, rejected, rejectedByReason, Map.of());
  }

  public RunSummary(long recordsRead, long articles, long duplicates, long rejected,
      Map<String, Long> rejectedByReason, Map<String, Long> nearDuplicates) {
    this.nearDuplicates = new TreeMap<>(nearDuplicates);
    this.recordsRead = recordsRead;
    this.articles = articles;
    this.duplicates = duplicates;
    this.rejected = rejected;
    this.rejectedByReason = new TreeMap<>(rejectedByReason);
  }

  public long difference() {
    return recordsRead - (articles + duplicates + rejected);
  }

  public boolean reconciled() {
    return difference() == 0;
  }

  ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("records_read", recordsRead);
    ObjectNode tables = root.putObject("tables");
    tables.put("articles", articles);
    tables.put("duplicates", duplicates);
    tables.put("rejected", rejected);
    ObjectNode rec = root.putObject("reconciliation");
    rec.put("formula", "records_read = articles + duplicates + rejected");
    rec.put("accounted", articles + duplicates + rejected);
    rec.put("difference", difference());
    rec.put("reconciled", reconciled());
    ObjectNode reasons = root.putObject("rejected_by_reason");
    rejectedByReason.forEach(reasons::put);
    ObjectNode near = root.putObject("near_duplicates");
    nearDuplicates.forEach(near::put);
    return root;
  }

  /** Reads the ledger back from a run_summary.json tree (Main checks it after the run). */
  public static RunSummary fromJson(JsonNode root) {
    Map<String, Long> reasons = new TreeMap<>();
    root.path("rejected_by_reason").fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asLong()));
    Map<String, Long> near = new TreeMap<>();
    root.path("near_duplicates").fields().forEachRemaining(e -> near.put(e.getKey(), e.getValue().asLong()));
    JsonNode tables = root.path("tables");
    return new RunSummary(root.path("records_read").asLong(), tables.path("articles").asLong(),
        tables.path("duplicates").asLong(), tables.path("rejected").asLong(), reasons, near);
  }
}
