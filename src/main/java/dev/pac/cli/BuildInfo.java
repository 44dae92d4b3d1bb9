package dev.pac.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the build recorded about itself in {@code dev/pac/version.properties}: the version, the
 * commit it was built from and when, and the project's home address when the build was given one.
 * Unknown values (a build outside a git clone, say) are "unknown"; {@code home} is empty when
 * unknown.
 */
record BuildInfo(String version, String commit, String date, String home) {
  static BuildInfo load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/dev/pac/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BuildInfo(
        value(p, "version", "dev"),
        value(p, "commit", "unknown"),
        value(p, "date", "unknown"),
        value(p, "home", ""));
  }

  /** Names this very build: its version, commit and build time, for what it keeps in a cache. */
  String identity() {
    return "pac " + version + " " + commit + " " + date;
  }

  /**
   * A property the build filled in; a placeholder left unfilled (a build without the step) counts
   * as none.
   */
  private static String value(Properties p, String key, String fallback) {
    String v = p.getProperty(key, "").trim();
    return v.isEmpty() || v.contains("${") ? fallback : v;
  }
}
