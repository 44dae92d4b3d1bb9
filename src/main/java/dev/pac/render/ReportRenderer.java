package dev.pac.render;

import dev.pac.report.PlanReport;
import java.io.PrintWriter;
import java.util.List;

/** Writes stand-up reports (one or several plans) in one format. */
public interface ReportRenderer {
  void render(List<PlanReport> reports, PrintWriter out);
}
