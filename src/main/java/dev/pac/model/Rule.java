package dev.pac.model;

/**
 * The rules of {@code pac validate}, one list: each with its exact id, the level a finding takes unless
 * the rule says otherwise for one case ({@code smart.achievable} warns of an action without resources),
 * what it checks, and how to fix what it reports. SARIF, the help and docs/checks.md (a test keeps them
 * in step) read this list.
 */
public enum Rule {
  SYNTAX("syntax", Severity.ERROR,
      "The file is well-formed YAML holding one document.",
      "Fix the YAML at the position shown: indentation with spaces, closed quotes, one document a file, UTF-8 text, at most 1 MiB and 64 levels of nesting."),
  SCHEMA_UNKNOWN_KEY("schema.unknown-key", Severity.ERROR,
      "Every key is one the plan format defines.",
      "Remove the key or correct its spelling; the message suggests the nearest key the plan format defines."),
  SCHEMA_REQUIRED("schema.required", Severity.ERROR,
      "Every required key is present.",
      "Add the missing key; the plan format lists the required keys of each item."),
  SCHEMA_TYPE("schema.type", Severity.ERROR,
      "Every value has the type its key expects, without coercion.",
      "Give a value of the expected type: numbers unquoted, text for names, dates as YYYY-MM-DD, lists and mappings where the format has them. Nothing is coerced."),
  SCHEMA_ENUM("schema.enum", Severity.ERROR,
      "Every value of a fixed list is one of its allowed values.",
      "Use one of the values the message lists."),
  SCHEMA_RANGE("schema.range", Severity.ERROR,
      "Numbers and dates are within their bounds; ids and dates are well formed.",
      "Bring the value within its bounds: ids are lower-case slugs, ratios are fractions between 0 and 1, amounts are 0 or more, dates are real dates."),
  SCHEMA_DUPLICATE_KEY("schema.duplicate-key", Severity.ERROR,
      "No key appears twice in one mapping.",
      "Keep one of the two keys: YAML readers disagree on which one wins."),
  SCHEMA_ALIAS("schema.alias", Severity.ERROR,
      "No YAML anchors, aliases or merge keys.",
      "Write the value out instead of using an anchor (&), an alias (*) or a merge key (<<)."),
  REF_DUPLICATE_ID("ref.duplicate-id", Severity.ERROR,
      "Ids are unique within their list.",
      "Give each item of the list its own id."),
  REF_UNKNOWN("ref.unknown", Severity.ERROR,
      "Every reference names an id that exists.",
      "Refer to an id that exists in the plan; the message suggests the nearest."),
  SMART_SPECIFIC("smart.specific", Severity.WARNING,
      "Objective titles state the change (4 words or more).",
      "Write an objective title that states the change, in 4 words or more."),
  SMART_MEASURABLE("smart.measurable", Severity.ERROR,
      "Targets differ from the baseline and move the KPI in its better direction.",
      "Set a target that differs from the baseline, in the KPI's better direction."),
  SMART_ACHIEVABLE("smart.achievable", Severity.ERROR,
      "Every objective is served by an action and the actions fit the budget.",
      "Serve every objective with at least one action, keep the actions' budgets within the plan budget, and give each action a budget or effort_days."),
  SMART_REALISTIC("smart.realistic", Severity.WARNING,
      "Ambitious targets carry a rationale.",
      "Lower the target, or write a rationale that explains why this change is realistic."),
  SMART_TIME_BOUND("smart.time-bound", Severity.ERROR,
      "Deadlines and action dates fit the plan period and each other.",
      "Keep deadlines inside the plan period and after their start, milestones between start and deadline, and actions due by their objectives' deadlines."),
  ACTION_STALE("action.stale", Severity.WARNING,
      "Actions past their due date are done or stopped.",
      "Mark the action done or stopped, or move its due date."),
  ACTION_LEARNINGS("action.learnings", Severity.WARNING,
      "Finished actions record what was learned.",
      "Write what was learned in the action's learnings.");

  private final String id;
  private final Severity level;
  private final String summary;
  private final String help;

  Rule(String id, Severity level, String summary, String help) {
    this.id = id;
    this.level = level;
    this.summary = summary;
    this.help = help;
  }

  public String id() {
    return id;
  }

  /** The level of its findings, unless the rule says otherwise for one case. */
  public Severity level() {
    return level;
  }

  public String summary() {
    return summary;
  }

  /** How to fix what the rule reports, in a sentence or two. */
  public String help() {
    return help;
  }
}
