package dev.pac.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class EnvTest {
  @Test
  void theSystemClockIsTheDefaultZonesOnceAskedFor() {
    Env.LocalClock clock = new Env.LocalClock();
    assertEquals(ZoneId.systemDefault(), clock.getZone());
    Instant now = Instant.now();
    assertTrue(
        Duration.between(now, clock.instant()).abs().toSeconds() < 60, "the clock tells the time");
    assertEquals(ZoneOffset.UTC, clock.withZone(ZoneOffset.UTC).getZone());
  }

  @Test
  void theZoneIsLookedUpWhenFirstNeededNotWhenTheEnvIsMade() {
    TimeZone saved = TimeZone.getDefault();
    ZoneId other =
        ZoneId.of(
            saved.toZoneId().equals(ZoneId.of("Pacific/Kiritimati"))
                ? "Europe/Paris"
                : "Pacific/Kiritimati");
    try {
      Env env = Env.system();
      TimeZone.setDefault(TimeZone.getTimeZone(other));
      assertEquals(other, env.clock().getZone());
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Test
  void todayIsTheLocalDate() {
    LocalDate before = LocalDate.now();
    LocalDate today = Env.system().today();
    LocalDate after = LocalDate.now();
    assertTrue(
        !today.isBefore(before) && !today.isAfter(after),
        today + " not between " + before + " and " + after);
  }
}
