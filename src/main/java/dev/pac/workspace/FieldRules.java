package dev.pac.workspace;

import dev.pac.model.ImportMapping;
import dev.pac.model.Key;
import dev.pac.model.Plan;
import dev.pac.model.WorkspaceSettings;
import dev.pac.yaml.RecordShape;
import dev.pac.yaml.ValueRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The field rules of the plan format, declared with {@link Key} on the model records, evaluated by
 * Hibernate Validator: {@link FieldConstraints} declares them to it as constraints on the records'
 * fields, and the binder asks about each value as it binds it ({@link ValueRules}), through {@link
 * Validator#validateValue}. Nothing is validated after binding, so no path of the validator's is
 * translated back into the file's keys.
 */
public final class FieldRules implements ValueRules {
  /** The rules of every record pac reads (the roots and the records they hold). */
  public static final FieldRules RULES = new FieldRules();

  /** The records pac reads from files; every record they hold is read too. */
  private static final List<Class<?>> ROOTS =
      List.of(Plan.class, WorkspaceSettings.class, ImportMapping.class);

  private FieldRules() {}

  /** One validator per process, built on first use, by the JVM's lazy class initialisation. */
  private static final class Built {
    static final Validator VALIDATOR = build();
  }

  private static Validator build() {
    // Predefined scope: only the built-in constraints the rules use are set up, and the constraint
    // metadata of every record pac reads is built once, here; no XML configuration is looked for.
    PredefinedScopeHibernateValidatorConfiguration config =
        Validation.byProvider(PredefinedScopeHibernateValidator.class).configure();
    ConstraintMapping mapping = config.createConstraintMapping();
    Set<Class<?>> records = new LinkedHashSet<>();
    for (Class<?> root : ROOTS) {
      FieldConstraints.declare(mapping, RecordShape.of(root), records);
    }
    return config
        .builtinConstraints(
            Set.of(
                NotNull.class.getName(),
                Size.class.getName(),
                Pattern.class.getName(),
                Min.class.getName(),
                Max.class.getName(),
                DecimalMin.class.getName(),
                DecimalMax.class.getName()))
        .initializeBeanMetaData(records)
        .addMapping(mapping)
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Builds the validator on another thread, so that on a machine with a free core it is ready, or
   * nearly, when the first value is bound (the command line starts it before it parses the
   * arguments of a command that reads plans; docs/performance.md has the figures with and without
   * it).
   */
  public static void warmUp() {
    Thread t = new Thread(() -> Built.VALIDATOR.hashCode(), "pac-validator-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /**
   * What is wrong with the {@link Key} of a field, or null: rules that cannot apply, or no message.
   */
  static String misdeclared(RecordShape.Field field) {
    return FieldConstraints.misdeclared(field);
  }

  /**
   * The fields of each record type that have a rule besides required, as the validator's metadata
   * says: a present value of any other field breaks nothing, and is not asked about.
   */
  private static final ClassValue<Set<String>> VALUE_RULES =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          Set<String> out = new HashSet<>();
          for (PropertyDescriptor p :
              Built.VALIDATOR.getConstraintsForClass(type).getConstrainedProperties()) {
            if (!p.getConstrainedContainerElementTypes().isEmpty()
                || p.getConstraintDescriptors().stream()
                    .anyMatch(c -> !(c.getAnnotation() instanceof NotNull))) {
              out.add(p.getPropertyName());
            }
          }
          return Set.copyOf(out);
        }
      };

  @Override
  public List<Breach> check(RecordShape shape, RecordShape.Field field, Object value) {
    if (value != null && !VALUE_RULES.get(shape.type()).contains(field.name())) {
      return List.of();
    }
    Set<? extends ConstraintViolation<?>> violations =
        Built.VALIDATOR.validateValue(shape.type(), field.name(), value);
    if (violations.isEmpty()) {
      return List.of();
    }
    List<Breach> out = new ArrayList<>(violations.size());
    for (ConstraintViolation<?> v : violations) {
      Annotation a = v.getConstraintDescriptor().getAnnotation();
      Kind kind =
          a instanceof NotNull ? Kind.MISSING : a instanceof Size ? Kind.TOO_FEW : Kind.INVALID;
      out.add(new Breach(kind, item(v.getPropertyPath()), v.getMessage(), v.getInvalidValue()));
    }
    return out;
  }

  /** The item of a list a violation is about (its path ends at a list element), else -1. */
  private static int item(Path path) {
    Path.Node last = null;
    for (Path.Node n : path) {
      last = n;
    }
    return last != null
            && last.getKind() == ElementKind.CONTAINER_ELEMENT
            && last.getIndex() != null
        ? last.getIndex()
        : -1;
  }

  static boolean isInteger(Class<?> type) {
    return type == Integer.class || type == Long.class;
  }

  static boolean isNumber(Class<?> type) {
    return isInteger(type) || type == Double.class || type == BigDecimal.class;
  }
}
