package dev.pac.report;

import dev.pac.model.Action;
import java.time.LocalDate;

/**
 * An action's review as of the report date. For an action not started yet ({@code start} after the
 * date) the window, spend, return, roi and decision are null; overdue, spend to date and burn are always
 * computed.
 */
public record ActionResult(
    Action action, boolean started, LocalDate windowStart, int windowWeeks, double minRoi,
    Double spend, Double ret, Double roi, Decision decision,
    boolean overdue, double spendToDate, Double burn) {}
