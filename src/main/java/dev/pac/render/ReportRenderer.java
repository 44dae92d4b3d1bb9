package dev.pac.render;

import dev.pac.report.PlanReport;
import java.io.PrintWriter;
import java.util.List;

/** Writes stand-up reports (one or several plans) in one format. */
public interface ReportRenderer {
  /** The attention list when it is empty: true whether or not the plan has started. */
  String NOTHING_NEEDS_ATTENTION = "Nothing needs attention: no objective off track or at risk, no alert, no action to adjust or overdue.";

  void render(List<PlanReport> reports, PrintWriter out);
}
