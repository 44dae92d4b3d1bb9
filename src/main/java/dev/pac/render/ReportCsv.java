package dev.pac.render;

import dev.pac.report.ActionResult;
import dev.pac.report.AlertResult;
import dev.pac.report.Allocation;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.TrendResult;
import dev.pac.report.Upcoming;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report as one CSV table with a {@code section} column: {@code plan,as_of,section,id,field,value},
 * one row a figure (a tidy table a spreadsheet pivots). Numbers unrounded, empty where undefined. A cell
 * that starts with {@code = + - @} (or a tab or CR) and is not a number is prefixed with {@code '} so a
 * spreadsheet does not run it as a formula.
 */
public final class ReportCsv implements ReportRenderer {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    out.print("plan,as_of,section,id,field,value\n");
    for (PlanReport r : reports) {
      Rows rows = new Rows(r, out);
      for (ObjectiveResult o : r.objectives()) {
        String id = o.objective().id();
        rows.add("objective", id, "kpi", o.kpi().id());
        rows.add("objective", id, "segment", o.objective().segment());
        rows.add("objective", id, "channel", o.objective().channel());
        rows.add("objective", id, "owner", o.objective().owner());
        rows.num("objective", id, "baseline", o.objective().baseline());
        rows.num("objective", id, "target", o.objective().target());
        rows.add("objective", id, "start", o.objective().start().toString());
        rows.add("objective", id, "deadline", o.objective().deadline().toString());
        rows.num("objective", id, "actual", o.actual());
        rows.num("objective", id, "expected", o.expected());
        rows.num("objective", id, "variance", o.variance());
        rows.num("objective", id, "variance_pct", o.variancePct());
        rows.num("objective", id, "attainment", o.attainment());
        rows.num("objective", id, "pace", o.pace());
        rows.num("objective", id, "projection", o.projection());
        rows.add("objective", id, "status", o.status().id());
        if (ReportWords.hinted(o)) {
          rows.add("objective", id, "hint", ReportWords.ENGLISH.hint(o));
        }
      }
      for (AlertResult a : r.alerts()) {
        String id = a.kpi().id();
        rows.add("alert", id, "week", a.week().toString());
        rows.num("alert", id, "previous", a.previous());
        rows.num("alert", id, "current", a.current());
        rows.num("alert", id, "change_pct", a.changePct());
        rows.num("alert", id, "threshold_pct", a.thresholdPct());
      }
      for (ActionResult a : r.actions()) {
        String id = a.action().id();
        rows.add("action", id, "status", a.action().status().id());
        rows.add("action", id, "owner", a.action().owner());
        rows.add("action", id, "start", a.action().start().toString());
        rows.add("action", id, "due", a.action().due().toString());
        rows.add("action", id, "overdue", String.valueOf(a.overdue()));
        rows.num("action", id, "budget", a.action().budget());
        rows.add("action", id, "window_start", a.windowStart() == null ? null : a.windowStart().toString());
        rows.num("action", id, "spend", a.spend());
        rows.num("action", id, "return", a.ret());
        rows.num("action", id, "roi", a.roi());
        rows.add("action", id, "decision", a.decision() == null ? null : a.decision().id());
        rows.num("action", id, "spend_to_date", a.spendToDate());
        rows.num("action", id, "burn", a.burn());
      }
      for (Upcoming u : r.upcoming()) {
        rows.add("upcoming", u.action().id(), u.kind() == Upcoming.Kind.STARTS ? "start" : "due", u.date().toString());
      }
      for (TrendResult t : r.trend()) {
        for (int i = 0; i < t.weeks().size(); i++) {
          rows.num("trend", t.kpi().id(), t.weeks().get(i).toString(), t.values().get(i));
        }
      }
      for (Allocation al : r.allocation()) {
        String section = "allocation_" + al.by().name().toLowerCase(java.util.Locale.ROOT);
        for (Allocation.Share s : al.shares()) {
          rows.num(section, s.key(), "budget", s.budget());
          rows.num(section, s.key(), "effort_days", s.effortDays());
        }
      }
      rows.num("budget", r.plan().id(), "plan_budget", r.plan().budget());
      rows.num("budget", r.plan().id(), "allocated", r.allocated());
      rows.num("budget", r.plan().id(), "unallocated", r.unallocated());
      rows.num("budget", r.plan().id(), "spend_to_date", r.spendToDate());
    }
  }

  /** Neutralises a cell a spreadsheet would read as a formula, then quotes it as RFC 4180 asks. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !NUMBER.matcher(s).matches()) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  private static final class Rows {
    private final PlanReport r;
    private final PrintWriter out;

    Rows(PlanReport r, PrintWriter out) {
      this.r = r;
      this.out = out;
    }

    void add(String section, String id, String field, String value) {
      List<String> cells = new ArrayList<>(Arrays.asList(r.plan().id(), r.asOf().toString(), section, id, field, value));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        b.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
      }
      out.print(b.append('\n'));
    }

    void num(String section, String id, String field, Double v) {
      add(section, id, field, v == null || v.isNaN() || v.isInfinite() ? null : dev.pac.text.PlainNumber.of(v));
    }
  }
}
