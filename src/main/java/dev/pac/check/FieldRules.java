package dev.pac.check;

import dev.pac.io.yaml.Location;
import dev.pac.io.yaml.LocationIndex;
import dev.pac.io.yaml.RecordBinder;
import dev.pac.io.ImportMapping;
import dev.pac.model.Action;
import dev.pac.model.ActionReview;
import dev.pac.model.Analysis;
import dev.pac.model.Finding;
import dev.pac.model.Kpi;
import dev.pac.model.Milestone;
import dev.pac.model.Objective;
import dev.pac.model.Period;
import dev.pac.model.Plan;
import dev.pac.model.Review;
import dev.pac.model.Scoring;
import dev.pac.model.Swot;
import dev.pac.model.Target;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The field rules of the plan format, declared as Bean Validation constraints on the model records
 * and evaluated by Hibernate Validator; each violation becomes a located finding: {@code @NotNull}
 * and {@code @Size(min = 1)} are {@code schema.required}, every other constraint {@code schema.range}.
 */
public final class FieldRules {
  private FieldRules() {}

  /** One factory per process, built on first use only (it costs about 150 ms). */
  private static final class Holder {
    /** Kept referenced so the level set on it stays in force. */
    static final Logger HV_LOG = Logger.getLogger("org.hibernate.validator");
    static final ValidatorFactory FACTORY;

    static {
      HV_LOG.setLevel(Level.WARNING); // no HV000001 version banner on stderr
      // Predefined scope: only the built-in constraints the records use are set up, and the constraint
      // metadata of every record pac validates is built once, here; no XML configuration is looked for.
      FACTORY = Validation.byProvider(PredefinedScopeHibernateValidator.class).configure()
          .builtinConstraints(Set.of(NotNull.class.getName(), Size.class.getName(), Pattern.class.getName(),
              Min.class.getName(), Max.class.getName(), DecimalMin.class.getName(), DecimalMax.class.getName()))
          .initializeBeanMetaData(Set.of(Plan.class, Period.class, Analysis.class, Swot.class, Kpi.class,
              Target.class, Scoring.class, Objective.class, Milestone.class, Action.class, ActionReview.class,
              Review.class, WorkspaceSettings.class, ImportMapping.class, ImportMapping.DateColumn.class))
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
    return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
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
