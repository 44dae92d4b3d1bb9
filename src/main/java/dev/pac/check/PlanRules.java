package dev.pac.check;

import dev.pac.io.yaml.LocationIndex;
import dev.pac.model.Finding;
import dev.pac.model.Plan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that look across fields: references and duplicate ids, the SMART rules and the action
 * rules of the checks table. They read {@code raw} (lists keep the items that did not bind as null, so
 * list indices match the file) and {@code effective} (defaults applied).
 */
public final class PlanRules {
  private PlanRules() {}

  public static List<Finding> check(Plan raw, Plan effective, String file, LocationIndex index, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    return out;
  }
}
