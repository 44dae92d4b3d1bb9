package dev.pac.workspace;

import dev.pac.model.Finding;
import dev.pac.yaml.LocationIndex;
import dev.pac.yaml.RecordBinder;
import dev.pac.yaml.SectionCache;
import dev.pac.yaml.ValueRules;
import dev.pac.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A YAML file as every loader reads it (plans, {@code pac.yaml}, import mappings): the reader's
 * findings (syntax, structure), then the document bound onto a record type ({@link RecordBinder}:
 * keys and types), the field rules ({@link FieldRules}) checked as each value is bound, and where
 * each key and value is. The loaders add their own rules on top; the findings are in no particular
 * order.
 *
 * @param value the bound record, null when the document has no root or its root is not a mapping
 * @param index where each path is, the keys read under another name placed where they are written;
 *     null when the file was bound by {@link #unchecked} (no rules, no index)
 * @param failed the paths whose value is written but did not bind (each reported among the
 *     findings): a path not among them whose value is null is not written
 */
public record BoundFile<T>(
    T value, List<Finding> findings, LocationIndex index, Set<String> failed) {
  public BoundFile {
    findings = List.copyOf(findings);
    failed = Set.copyOf(failed);
  }

  /** {@code doc} bound onto {@code type}, every field rule checked. */
  public static <T> BoundFile<T> checked(YamlDocument doc, Class<T> type) {
    return bind(doc, type, FieldRules.RULES, null);
  }

  /**
   * {@code doc} bound onto {@code type} with its index, the field rules not checked: the same value
   * as {@link #checked} (the rules only add findings), without waiting for the validator.
   */
  public static <T> BoundFile<T> located(YamlDocument doc, Class<T> type) {
    return bind(doc, type, ValueRules.NONE, null, true);
  }

  /**
   * {@code doc} bound onto {@code type} without its field rules and with no index: what reading
   * many past versions of a plan needs (whether it loads, what it says), at a fraction of the cost.
   */
  public static <T> BoundFile<T> unchecked(YamlDocument doc, Class<T> type) {
    return bind(doc, type, ValueRules.NONE, null);
  }

  /** The same, top-level values bound before taken from {@code memo} ({@link SectionCache}). */
  public static <T> BoundFile<T> unchecked(
      YamlDocument doc, Class<T> type, RecordBinder.Memo memo) {
    return bind(doc, type, ValueRules.NONE, memo);
  }

  private static <T> BoundFile<T> bind(
      YamlDocument doc, Class<T> type, ValueRules rules, RecordBinder.Memo memo) {
    return bind(doc, type, rules, memo, rules != ValueRules.NONE);
  }

  private static <T> BoundFile<T> bind(
      YamlDocument doc, Class<T> type, ValueRules rules, RecordBinder.Memo memo, boolean located) {
    List<Finding> findings = new ArrayList<>(doc.findings());
    LocationIndex index = located ? new LocationIndex(doc.root()) : null;
    if (doc.root() == null) {
      return new BoundFile<>(null, findings, index, Set.of());
    }
    RecordBinder.Result<T> bound = RecordBinder.bind(doc.root(), type, doc.file(), rules, memo);
    findings.addAll(bound.findings());
    if (index != null) {
      bound.aliases().forEach(index::alias);
    }
    return new BoundFile<>(bound.value(), findings, index, bound.failedPaths());
  }
}
