package dev.pac.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.pac.model.Finding;
import dev.pac.model.Key;
import dev.pac.model.Messages;
import dev.pac.model.Plan;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import dev.pac.workspace.LoadedPlan;
import dev.pac.workspace.PlanLoader;
import dev.pac.yaml.RecordShape;
import dev.pac.yaml.YamlNode;
import dev.pac.yaml.YamlReader;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code pac schema} and {@code pac validate} judge every plan of the validate golden cases the
 * same way, where a JSON Schema can express the rule:
 *
 * <ul>
 *   <li>a plan without syntax or schema error is accepted by the schema;
 *   <li>a plan whose errors are all ones a schema expresses (an unknown key, a missing required key
 *       or empty required list, a wrong type, a value outside an enum, a bound or pattern of the
 *       model, a malformed date) is rejected by the schema.
 * </ul>
 *
 * Plans with other errors (references, cross-field and SMART rules, YAML-level rules) are left out
 * of the second check. Runs over however many golden cases exist, none included.
 */
class GoldenPlansAgreementTest {
  static final Path CASES = Path.of("src/test/resources/cases/validate");

  @TestFactory
  Stream<DynamicTest> goldenPlans() throws IOException {
    if (!Files.isDirectory(CASES)) {
      return Stream.empty();
    }
    List<Path> plans = new ArrayList<>();
    try (Stream<Path> cases = Files.list(CASES)) {
      for (Path c : cases.sorted().toList()) {
        Path dir = c.resolve("workspace/plans");
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.list(dir)) {
            files
                .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                .sorted()
                .forEach(plans::add);
          }
        }
      }
    }
    JsonSchema schema = Schemas.plan();
    return plans.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    CASES.relativize(p).toString(), p.toUri(), () -> agree(schema, p)));
  }

  static void agree(JsonSchema schema, Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    var doc = new YamlReader().parse(bytes, file.toString());
    if (doc.root() == null) {
      return; // not YAML: nothing for a schema to judge
    }
    LoadedPlan loaded = new PlanLoader().check(file, doc, null, LocalDate.of(2027, 3, 15));
    List<Finding> errors =
        loaded.findings().stream()
            .filter(
                f ->
                    f.severity() == Severity.ERROR
                        && (f.rule() == Rule.SYNTAX || f.rule().id().startsWith("schema.")))
            .toList();
    Set<ValidationMessage> verdict = schema.validate(YamlJson.of(doc.root()));
    if (errors.isEmpty()) {
      assertEquals(
          Set.of(),
          verdict,
          file + ": pac validate finds no schema error, so the schema must accept it");
    } else if (errors.stream().allMatch(f -> expressible(f, doc.root()))) {
      assertFalse(
          verdict.isEmpty(),
          file + ": the schema must reject what pac validate rejects: " + errors);
    }
  }

  /** Whether a JSON Schema derived from the model can see the problem this finding reports. */
  static boolean expressible(Finding f, YamlNode root) {
    String m = f.message();
    switch (f.rule().id()) {
      case "schema.unknown-key":
      case "schema.enum":
        return true;
      case "schema.type":
        // a key that is not text has no JSON form; 1.0 is an integer to JSON Schema
        return !m.startsWith("a key must be") && !m.contains("must be an integer, got the number");
      case "schema.required":
        {
          if (Model.SIZE_MESSAGES.stream().anyMatch(x -> fieldRule(m, x))) {
            return true;
          }
          Matcher k = Pattern.compile("^missing required key '([^']+)'").matcher(m);
          return k.find() && Model.REQUIRED_KEYS.contains(k.group(1));
        }
      case "schema.range":
        {
          YamlNode at = nodeAt(root, f.line(), f.column());
          boolean text = at instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING;
          if (m.contains("not a date")) {
            return text;
          }
          if (Model.PATTERN_MESSAGES.stream().anyMatch(x -> fieldRule(m, x))) {
            return text;
          }
          return Model.BOUND_MESSAGES.stream().anyMatch(x -> fieldRule(m, x));
        }
      default:
        return false;
    }
  }

  /**
   * Whether a message is the field rule of a model constraint: {@code 'KEY' MESSAGE} or {@code
   * 'KEY' MESSAGE, got VALUE}, as FieldRules words it (other rules may share words with it).
   */
  static boolean fieldRule(String message, String constraintMessage) {
    return message.matches("'[^']+' " + Pattern.quote(constraintMessage) + "(, got .*)?");
  }

  /** The value node starting at a line and column, or null. */
  static YamlNode nodeAt(YamlNode node, int line, int column) {
    if (node.at().line() == line
        && node.at().column() == column
        && node instanceof YamlNode.Scalar) {
      return node;
    }
    List<YamlNode> children = new ArrayList<>();
    if (node instanceof YamlNode.Mapping m) {
      m.entries().forEach(e -> children.add(e.value()));
    } else if (node instanceof YamlNode.Sequence s) {
      children.addAll(s.items());
    }
    for (YamlNode c : children) {
      YamlNode hit = nodeAt(c, line, column);
      if (hit != null) {
        return hit;
      }
    }
    return node.at().line() == line && node.at().column() == column ? node : null;
  }

  /**
   * What the model's constraints say, read by reflection like the schema: the rules a schema can
   * hold.
   */
  static final class Model {
    static final Set<String> REQUIRED_KEYS = new HashSet<>();
    static final Set<String> SIZE_MESSAGES = new HashSet<>();
    static final Set<String> PATTERN_MESSAGES = new HashSet<>();
    static final Set<String> BOUND_MESSAGES = new HashSet<>();

    static {
      walk(Plan.class, new HashSet<>());
    }

    private static void walk(Class<?> record, Set<Class<?>> seen) {
      if (!seen.add(record)) {
        return;
      }
      for (RecordComponent c : record.getRecordComponents()) {
        Key k = c.getAnnotation(Key.class);
        if (k != null) {
          if (k.required()) {
            REQUIRED_KEYS.add(RecordShape.key(c.getName()));
          }
          if (k.minItems() > 0) {
            SIZE_MESSAGES.add(Messages.NOT_EMPTY);
          }
          if (k.slug() || k.itemSlugs()) {
            PATTERN_MESSAGES.add(Messages.SLUG);
          }
          if (!k.pattern().isEmpty()) {
            PATTERN_MESSAGES.add(k.message());
          }
          if (!k.min().isEmpty() || !k.max().isEmpty()) {
            BOUND_MESSAGES.add(k.message());
          }
        }
        for (Class<?> inner : records(c.getGenericType())) {
          walk(inner, seen);
        }
      }
    }

    private static List<Class<?>> records(Type t) {
      List<Class<?>> out = new ArrayList<>();
      if (t instanceof Class<?> c && c.isRecord()) {
        out.add(c);
      } else if (t instanceof ParameterizedType p) {
        for (Type a : p.getActualTypeArguments()) {
          out.addAll(records(a));
        }
      }
      return out;
    }
  }
}
