package dev.pac.diff;

import dev.pac.model.Keyword;
import dev.pac.yaml.RecordShape;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan's values as the fields {@link PlanDiff} compares: every record component of the model is a
 * field ({@link RecordShape}), spelled as in the file ({@code review.min_roi}, {@code
 * scoring.segments.sam}), so a field added to the model is compared without touching this class.
 */
final class PlanFields {
  private PlanFields() {}

  /**
   * The leaves of a value of {@code type} under {@code prefix}: records and maps open into their
   * keys ({@code period.start}, {@code scoring.segments.sam}); anything else is one leaf, as a
   * plain value.
   */
  static void flatten(String prefix, Type type, Object value, Map<String, Object> out) {
    Class<?> raw = RecordShape.raw(type);
    if (raw.isRecord()) {
      for (RecordShape.Field f : RecordShape.of(raw).fields()) {
        flatten(child(prefix, f.key()), f.type(), value == null ? null : f.of(value), out);
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      if (value != null) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
          flatten(
              child(prefix, name(e.getKey())), RecordShape.argument(type, 1), e.getValue(), out);
        }
      }
    } else {
      out.put(prefix, plain(value));
    }
  }

  /**
   * Whether two model values are equal as the records' own {@code equals} says (component by
   * component, lists item by item, anything else by its {@code equals}), walked through {@link
   * RecordShape}: a record's derived {@code equals} goes through method handles, several times as
   * slow before it is compiled, and a history compares tens of thousands of items once each
   * (docs/performance.md). It stands for {@code equals} because every record of the model compares
   * by its components (the one that writes its {@code equals} out, {@code Rule}, too); a record
   * whose {@code equals} said more would need a case of its own here. A false "not the same" costs
   * only time: the leaves compared after it find no change.
   */
  static boolean same(Object a, Object b) {
    if (a == b) {
      return true;
    }
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof Record) {
      if (a.getClass() != b.getClass()) {
        return false;
      }
      for (RecordShape.Field f : RecordShape.of(a.getClass()).fields()) {
        if (!same(f.of(a), f.of(b))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> la && b instanceof List<?> lb) {
      int n = la.size();
      if (n != lb.size()) {
        return false;
      }
      for (int i = 0; i < n; i++) {
        if (!same(la.get(i), lb.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /**
   * A model value as plain data: text, numbers, booleans, lists and maps; enums by id, dates as
   * text.
   */
  static Object plain(Object v) {
    if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Keyword k) {
      return k.id();
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object o : l) {
        out.add(plain(o));
      }
      return out;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(name(k), plain(x)));
      return out;
    }
    if (v instanceof Record) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (RecordShape.Field f : RecordShape.of(v.getClass()).fields()) {
        Object x = f.of(v);
        if (x != null) {
          out.put(f.key(), plain(x));
        }
      }
      return out;
    }
    return v.toString();
  }

  private static String name(Object key) {
    return key instanceof Keyword k ? k.id() : String.valueOf(key);
  }

  private static String child(String prefix, String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }
}
