package dev.pac.report;

import dev.pac.model.Keyword;

/** Where an objective stands as of the report date (docs/report.md). */
public enum Status implements Keyword {
  NOT_STARTED,
  NO_DATA,
  ACHIEVED,
  MISSED,
  ON_TRACK,
  AT_RISK,
  OFF_TRACK
}
