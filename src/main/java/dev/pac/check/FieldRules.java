package dev.pac.check;

import dev.pac.io.yaml.Location;
import dev.pac.io.yaml.LocationIndex;
import dev.pac.io.yaml.RecordBinder;
import dev.pac.io.ImportMapping;
import dev.pac.model.Finding;
import dev.pac.model.Key;
import dev.pac.model.Messages;
import dev.pac.model.Plan;
import dev.pac.model.Slug;
import dev.pac.model.WorkspaceSettings;
import dev.pac.model.Rule;
import dev.pac.model.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.context.ContainerElementConstraintMappingContext;
import org.hibernate.validator.cfg.context.PropertyConstraintMappingContext;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;
import org.hibernate.validator.cfg.defs.DecimalMaxDef;
import org.hibernate.validator.cfg.defs.DecimalMinDef;
import org.hibernate.validator.cfg.defs.MaxDef;
import org.hibernate.validator.cfg.defs.MinDef;
import org.hibernate.validator.cfg.defs.NotNullDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The field rules of the plan format, declared with {@link Key} on the model records, given to
 * Hibernate Validator as constraints on the records' fields (its programmatic mapping) and evaluated by
 * it; each violation becomes a located finding: a missing required key or too few items is
 * {@code schema.required}, every other constraint {@code schema.range}.
 */
public final class FieldRules {
  private FieldRules() {}

  /** One factory per process, built on first use only (it costs about 100 ms). */
  private static final class Holder {
    /** Kept referenced so the level set on it stays in force. */
    static final Logger HV_LOG = Logger.getLogger("org.hibernate.validator");
    static final ValidatorFactory FACTORY;

    static {
      HV_LOG.setLevel(Level.WARNING); // no HV000001 version banner on stderr
      // Predefined scope: only the built-in constraints the rules use are set up, and the constraint
      // metadata of every record pac validates is built once, here; no XML configuration is looked for.
      PredefinedScopeHibernateValidatorConfiguration config = Validation.byProvider(PredefinedScopeHibernateValidator.class)
          .configure();
      ConstraintMapping mapping = config.createConstraintMapping();
      Set<Class<?>> records = new LinkedHashSet<>();
      for (Class<?> root : ROOTS) {
        map(mapping, root, records);
      }
      FACTORY = config
          .builtinConstraints(Set.of(NotNull.class.getName(), Size.class.getName(), Pattern.class.getName(),
              Min.class.getName(), Max.class.getName(), DecimalMin.class.getName(), DecimalMax.class.getName()))
          .initializeBeanMetaData(records)
          .addMapping(mapping)
          .ignoreXmlConfiguration()
          .traversableResolver(new TraversableResolver() {
            @Override
            public boolean isReachable(Object o, Path.Node n, Class<?> root, Path path, java.lang.annotation.ElementType t) {
              return true;
            }

            @Override
            public boolean isCascadable(Object o, Path.Node n, Class<?> root, Path path, java.lang.annotation.ElementType t) {
              return true;
            }
          })
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
    }
  }

  /** The records pac validates; every record they hold is validated too. */
  private static final List<Class<?>> ROOTS = List.of(Plan.class, WorkspaceSettings.class, ImportMapping.class);

  /**
   * Declares the {@link Key} rules of {@code record}'s components as constraints of its fields, cascading
   * into components that are records or lists of records, and does the same for those records.
   */
  private static void map(ConstraintMapping mapping, Class<?> record, Set<Class<?>> done) {
    if (!done.add(record)) {
      return;
    }
    TypeConstraintMappingContext<?> type = mapping.type(record);
    for (RecordComponent c : record.getRecordComponents()) {
      Key key = c.getAnnotation(Key.class);
      Class<?> item = listItem(c);
      boolean cascade = c.getType().isRecord();
      boolean cascadeItems = item != null && item.isRecord();
      if (key == null && !cascade && !cascadeItems) {
        continue;
      }
      PropertyConstraintMappingContext field = type.field(c.getName());
      if (key != null) {
        String wrong = misdeclared(c, key);
        if (wrong != null) {
          throw new IllegalStateException("@Key on " + record.getSimpleName() + "." + c.getName() + ": " + wrong);
        }
        constrain(field, key, c.getType());
      }
      if (cascade) {
        field.valid();
        map(mapping, c.getType(), done);
      }
      boolean itemRules = key != null && (key.itemsRequired() || key.itemSlugs());
      if (cascadeItems || itemRules) {
        ContainerElementConstraintMappingContext items = field.containerElementType();
        if (itemRules && key.itemsRequired()) {
          items.constraint(new NotNullDef());
        }
        if (itemRules && key.itemSlugs()) {
          items.constraint(new PatternDef().regexp(Slug.PATTERN).message(Messages.SLUG));
        }
        if (cascadeItems) {
          items.valid();
          map(mapping, item, done);
        }
      }
    }
  }

  /** What is wrong with a {@link Key} on a component, or null: rules that cannot apply, or no message. */
  static String misdeclared(RecordComponent c, Key key) {
    Class<?> type = c.getType();
    boolean integer = type == Integer.class || type == Long.class;
    boolean number = integer || type == Double.class || type == java.math.BigDecimal.class;
    boolean bounded = !key.min().isEmpty() || !key.max().isEmpty();
    if (bounded && !number) {
      return "min and max apply to numbers, not to " + type.getSimpleName();
    }
    for (String bound : new String[] {key.min(), key.max()}) {
      if (!bound.isEmpty() && !(integer ? bound.matches("-?[0-9]+") : bound.matches("-?[0-9]+(\\.[0-9]+)?"))) {
        return "'" + bound + "' is not " + (integer ? "an integer" : "a decimal");
      }
    }
    if ((key.slug() || !key.pattern().isEmpty()) && type != String.class) {
      return "a pattern applies to text, not to " + type.getSimpleName();
    }
    if ((key.minItems() > 0 || key.itemsRequired() || key.itemSlugs()) && type != List.class) {
      return "item rules apply to lists, not to " + type.getSimpleName();
    }
    if ((bounded || !key.pattern().isEmpty()) && key.message().isEmpty()) {
      return "a bound or pattern needs a message";
    }
    return null;
  }

  private static void constrain(PropertyConstraintMappingContext field, Key key, Class<?> type) {
    if (key.required()) {
      field.constraint(new NotNullDef());
    }
    if (key.minItems() > 0) {
      field.constraint(new SizeDef().min(key.minItems()).message(key.minItems() == 1 ? Messages.NOT_EMPTY
          : "must list at least " + key.minItems() + " items"));
    }
    if (key.slug()) {
      field.constraint(new PatternDef().regexp(Slug.PATTERN).message(Messages.SLUG));
    }
    if (!key.pattern().isEmpty()) {
      field.constraint(new PatternDef().regexp(key.pattern()).message(key.message()));
    }
    boolean integer = type == Integer.class || type == Long.class;
    if (!key.min().isEmpty()) {
      field.constraint(integer && !key.exclusiveMin()
          ? new MinDef().value(Long.parseLong(key.min())).message(key.message())
          : new DecimalMinDef().value(key.min()).inclusive(!key.exclusiveMin()).message(key.message()));
    }
    if (!key.max().isEmpty()) {
      field.constraint(integer
          ? new MaxDef().value(Long.parseLong(key.max())).message(key.message())
          : new DecimalMaxDef().value(key.max()).message(key.message()));
    }
  }

  /** The item type of a list component, else null. */
  private static Class<?> listItem(RecordComponent c) {
    if (c.getType() == List.class && c.getGenericType() instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] instanceof Class<?> item) {
      return item;
    }
    return null;
  }

  public static Validator validator() {
    return Holder.FACTORY.getValidator();
  }

  /**
   * Builds the validator factory on another thread, so that it is ready (or nearly) when the first file
   * has been read and bound: on two cores the two overlap instead of adding up. Called by the command
   * line before it parses the arguments of a command that reads plans.
   */
  public static void warmUp() {
    Thread t = new Thread(FieldRules::validator, "pac-validator-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The findings of the field rules on {@code value}, located through {@code index}; violations at
   * or under a path in {@code skip} (already reported as not binding) are left out.
   */
  public static <T> List<Finding> check(T value, String file, LocationIndex index, Set<String> skip) {
    List<Finding> out = new ArrayList<>();
    Set<ConstraintViolation<T>> violations = validator().validate(value);
    List<ConstraintViolation<T>> sorted = new ArrayList<>(violations);
    sorted.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
    for (ConstraintViolation<T> v : sorted) {
      String path = yamlPath(v.getPropertyPath());
      if (covered(path, skip)) {
        continue;
      }
      Annotation a = v.getConstraintDescriptor().getAnnotation();
      String key = lastKey(path);
      if (a instanceof NotNull) {
        if (index.has(path)) {
          continue; // present but did not bind: already reported
        }
        Location at = index.value(parentPath(path));
        out.add(new Finding(file, at.line(), at.column(), Severity.ERROR, Rule.SCHEMA_REQUIRED,
            "missing required key '" + key + "'" + where(parentPath(path))));
      } else if (a instanceof Size) {
        Location at = index.value(path);
        out.add(new Finding(file, at.line(), at.column(), Severity.ERROR, Rule.SCHEMA_REQUIRED,
            "'" + key + "' " + v.getMessage()));
      } else {
        Location at = index.value(path);
        out.add(new Finding(file, at.line(), at.column(), Severity.ERROR, Rule.SCHEMA_RANGE,
            "'" + key + "' " + v.getMessage() + ", got " + shown(v.getInvalidValue())));
      }
    }
    return out;
  }

  private static String where(String parent) {
    return parent.isEmpty() ? "" : " in " + parent;
  }

  private static boolean covered(String path, Set<String> skip) {
    for (String p = path; ; p = parentPath(p)) {
      if (skip.contains(p)) {
        return true;
      }
      if (p.isEmpty()) {
        return false;
      }
    }
  }

  private static String shown(Object value) {
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      return String.valueOf(d.longValue());
    }
    return value instanceof String s ? "'" + dev.pac.text.Excerpt.of(s) + "'" : String.valueOf(value);
  }

  /** {@code objectives[2].avgMrr} as the YAML path {@code objectives[2].avg_mrr}. */
  static String yamlPath(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : path) {
      // a node's index is its position in the list its parent property holds: objectives[2].target
      if (n.getIndex() != null) {
        sb.append('[').append(n.getIndex()).append(']');
      } else if (n.getKey() != null) {
        sb.append('.').append(n.getKey());
      }
      if (n.getName() != null && n.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(RecordBinder.key(n.getName()));
      }
    }
    return sb.toString();
  }

  static String parentPath(String path) {
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut < 0 ? "" : path.substring(0, cut);
  }

  static String lastKey(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
