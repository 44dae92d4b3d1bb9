package dev.pac.render;

import dev.pac.model.Rule;

/** How to fix what each rule reports, for SARIF help texts and similar. */
final class RuleHelp {
  private RuleHelp() {}

  static String text(Rule r) {
    return switch (r) {
      case SYNTAX -> "Fix the YAML at the position shown: indentation with spaces, closed quotes, one document a file, UTF-8 text, at most 1 MiB and 64 levels of nesting.";
      case SCHEMA_UNKNOWN_KEY -> "Remove the key or correct its spelling; the message suggests the nearest key the plan format defines.";
      case SCHEMA_REQUIRED -> "Add the missing key; the plan format lists the required keys of each item.";
      case SCHEMA_TYPE -> "Give a value of the expected type: numbers unquoted, text for names, dates as YYYY-MM-DD, lists and mappings where the format has them. Nothing is coerced.";
      case SCHEMA_ENUM -> "Use one of the values the message lists.";
      case SCHEMA_RANGE -> "Bring the value within its bounds: ids are lower-case slugs, ratios are fractions between 0 and 1, amounts are 0 or more, dates are real dates.";
      case SCHEMA_DUPLICATE_KEY -> "Keep one of the two keys: YAML readers disagree on which one wins.";
      case SCHEMA_ALIAS -> "Write the value out instead of using an anchor (&), an alias (*) or a merge key (<<).";
      case REF_DUPLICATE_ID -> "Give each item of the list its own id.";
      case REF_UNKNOWN -> "Refer to an id that exists in the plan; the message suggests the nearest.";
      case SMART_SPECIFIC -> "Write an objective title that states the change, in 4 words or more.";
      case SMART_MEASURABLE -> "Set a target that differs from the baseline, in the KPI's better direction.";
      case SMART_ACHIEVABLE -> "Serve every objective with at least one action, keep the actions' budgets within the plan budget, and give each action a budget or effort_days.";
      case SMART_REALISTIC -> "Lower the target, or write a rationale that explains why this change is realistic.";
      case SMART_TIME_BOUND -> "Keep deadlines inside the plan period and after their start, milestones between start and deadline, and actions due by their objectives' deadlines.";
      case ACTION_STALE -> "Mark the action done or stopped, or move its due date.";
      case ACTION_LEARNINGS -> "Write what was learned in the action's learnings.";
    };
  }

  static String defaultLevel(Rule r) {
    return switch (r) {
      case SMART_SPECIFIC, SMART_REALISTIC, ACTION_STALE, ACTION_LEARNINGS -> "warning";
      default -> "error";
    };
  }
}
