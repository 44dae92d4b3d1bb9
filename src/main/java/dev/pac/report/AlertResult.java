package dev.pac.report;

import dev.pac.model.Kpi;

/** A week-over-week change beyond the KPI's alert threshold, in its bad direction. */
public record AlertResult(Kpi kpi, IsoWeek week, double previous, double current, double changePct, double thresholdPct) {}
