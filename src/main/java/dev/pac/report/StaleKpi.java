package dev.pac.report;

import dev.pac.model.Kpi;

/**
 * A KPI whose rows stop before its cut-off's period: {@code latest} is the latest period with a row
 * (for a day KPI, the day of its latest row), {@code through} the period of the cut-off (an ISO
 * week for a day KPI), {@code missing} the number of complete periods after {@code latest} without
 * a row.
 */
public record StaleKpi(Kpi kpi, GrainPeriod latest, GrainPeriod through, long missing) {}
