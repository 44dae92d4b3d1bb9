package dev.pac.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class ValidatorLoggingTest {
  @Test
  void jbossLoggingFindsTheBundledProviderWhichDropsInformation() {
    // found through META-INF/services, with no system property: the JDK's default would log INFO
    Logger log = Logger.getLogger("org.hibernate.validator.internal.util.Version");
    assertFalse(log.isInfoEnabled());
    assertTrue(log.isEnabled(Logger.Level.WARN));
    assertTrue(log.isEnabled(Logger.Level.ERROR));
  }
}
