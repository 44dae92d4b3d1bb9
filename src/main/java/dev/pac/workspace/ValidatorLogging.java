package dev.pac.workspace;

import java.text.MessageFormat;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.logging.LoggerProvider;

/**
 * Where Hibernate Validator's log goes: jboss-logging finds this provider through the service file
 * {@code META-INF/services/org.jboss.logging.LoggerProvider} in pac's jar. Warnings and errors go
 * on to the platform's logging ({@code java.util.logging}, so stderr), as they would without it;
 * the informational lines, such as the version banner every start would print, are dropped. Nothing
 * is configured at run time, and no logger level of the process is changed.
 */
public final class ValidatorLogging implements LoggerProvider {
  @Override
  public Logger getLogger(String name) {
    return new WarningsOnly(name);
  }

  /** A logger that passes warnings and errors to the platform's logging and drops the rest. */
  private static final class WarningsOnly extends Logger {
    private static final long serialVersionUID = 1L;

    WarningsOnly(String name) {
      super(name);
    }

    @Override
    public boolean isEnabled(Level level) {
      return level.ordinal() <= Level.WARN.ordinal(); // FATAL, ERROR, WARN
    }

    @Override
    protected void doLog(
        Level level,
        String loggerClassName,
        Object message,
        Object[] parameters,
        Throwable thrown) {
      if (isEnabled(level)) {
        String text =
            parameters == null || parameters.length == 0
                ? String.valueOf(message)
                : MessageFormat.format(String.valueOf(message), parameters);
        publish(level, text, thrown);
      }
    }

    @Override
    protected void doLogf(
        Level level, String loggerClassName, String format, Object[] parameters, Throwable thrown) {
      if (isEnabled(level)) {
        publish(level, parameters == null ? format : String.format(format, parameters), thrown);
      }
    }

    private void publish(Level level, String text, Throwable thrown) {
      System.getLogger(getName())
          .log(
              level == Level.WARN ? System.Logger.Level.WARNING : System.Logger.Level.ERROR,
              text,
              thrown);
    }
  }

  // no mapped or nested diagnostic context: nothing pac runs logs with one

  @Override
  public void clearMdc() {}

  @Override
  public Object putMdc(String key, Object value) {
    return null;
  }

  @Override
  public Object getMdc(String key) {
    return null;
  }

  @Override
  public void removeMdc(String key) {}

  @Override
  public Map<String, Object> getMdcMap() {
    return Map.of();
  }

  @Override
  public void clearNdc() {}

  @Override
  public String getNdc() {
    return null;
  }

  @Override
  public int getNdcDepth() {
    return 0;
  }

  @Override
  public String popNdc() {
    return "";
  }

  @Override
  public String peekNdc() {
    return "";
  }

  @Override
  public void pushNdc(String message) {}

  @Override
  public void setNdcMaxDepth(int maxDepth) {}
}
