package dev.pac.report;

import dev.pac.model.Action;
import java.time.LocalDate;

/**
 * An action's review as of the report date. The window is [windowStart, windowEnd], windowEnd being the
 * cut-off C of the spend KPI; both are null, with the decision no-data, when the action starts after C.
 * For an action not started by the report date ({@code started} false) the window, spend, return, roi
 * and decision are null; overdue, spend to date and burn are always computed.
 */
public record ActionResult(
    Action action, boolean started, LocalDate windowStart, LocalDate windowEnd, int windowWeeks, double minRoi,
    Double spend, Double ret, Double roi, Decision decision,
    boolean overdue, double spendToDate, Double burn) {}
