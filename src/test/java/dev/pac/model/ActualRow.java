package dev.pac.model;

import java.time.LocalDate;

/**
 * One row of the actuals store: the value of a KPI on a date, for a scope. An empty dimension
 * ({@code ""}) means the total over that dimension.
 */
public record ActualRow(
    LocalDate date, String kpi, double value, String segment, String channel, String action) {}
