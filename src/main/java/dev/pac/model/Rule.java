package dev.pac.model;

/** The rules of {@code pac validate}, with their exact ids. */
public enum Rule {
  SYNTAX("syntax", "The file is well-formed YAML holding one document."),
  SCHEMA_UNKNOWN_KEY("schema.unknown-key", "Every key is one the plan format defines."),
  SCHEMA_REQUIRED("schema.required", "Every required key is present."),
  SCHEMA_TYPE("schema.type", "Every value has the type its key expects, without coercion."),
  SCHEMA_ENUM("schema.enum", "Every value of a fixed list is one of its allowed values."),
  SCHEMA_RANGE("schema.range", "Numbers and dates are within their bounds; ids and dates are well formed."),
  SCHEMA_DUPLICATE_KEY("schema.duplicate-key", "No key appears twice in one mapping."),
  SCHEMA_ALIAS("schema.alias", "No YAML anchors, aliases or merge keys."),
  REF_DUPLICATE_ID("ref.duplicate-id", "Ids are unique within their list."),
  REF_UNKNOWN("ref.unknown", "Every reference names an id that exists."),
  SMART_SPECIFIC("smart.specific", "Objective titles state the change (4 words or more)."),
  SMART_MEASURABLE("smart.measurable", "Targets differ from the baseline and move the KPI in its better direction."),
  SMART_ACHIEVABLE("smart.achievable", "Every objective is served by an action and the actions fit the budget."),
  SMART_REALISTIC("smart.realistic", "Ambitious targets carry a rationale."),
  SMART_TIME_BOUND("smart.time-bound", "Deadlines and action dates fit the plan period and each other."),
  ACTION_STALE("action.stale", "Actions past their due date are done or stopped."),
  ACTION_LEARNINGS("action.learnings", "Finished actions record what was learned.");

  private final String id;
  private final String summary;

  Rule(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  public String id() {
    return id;
  }

  public String summary() {
    return summary;
  }
}
