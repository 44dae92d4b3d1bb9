package dev.pac.render;

import dev.pac.history.DecisionEntry;
import dev.pac.history.Revision;
import dev.pac.report.ActionResult;
import dev.pac.report.AlertResult;
import dev.pac.report.Allocation;
import dev.pac.report.Attention;
import dev.pac.report.Derivation;
import dev.pac.report.IgnoredRows;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.StaleKpi;
import dev.pac.report.TrendResult;
import dev.pac.report.Upcoming;
import dev.pac.text.PlainNumber;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as one CSV table with a {@code section} column: {@code
 * plan,as_of,section,id,field,value}, one row a figure (a tidy table a spreadsheet pivots), written
 * with Commons CSV in a {@link CsvDialect}. Numbers unrounded, empty where undefined. A text cell
 * that starts with {@code = + - @} (or a tab or CR) and is not a number is prefixed with {@code '}
 * so a spreadsheet does not run it as a formula.
 */
public final class ReportCsv implements ReportRenderer {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private final CsvDialect dialect;

  public ReportCsv(CsvDialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    try {
      out.print(dialect.preamble());
      CSVPrinter csv =
          new CSVPrinter(out, dialect.format("plan", "as_of", "section", "id", "field", "value"));
      for (PlanReport r : reports) {
        rows(new Rows(r, csv, dialect), r);
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rows(Rows rows, PlanReport r) throws IOException {
    for (ObjectiveResult o : r.objectives()) {
      String id = o.objective().id();
      rows.add("objective", id, "kpi", o.kpi().id());
      rows.add("objective", id, "segment", o.objective().segment());
      rows.add("objective", id, "channel", o.objective().channel());
      rows.add("objective", id, "owner", o.objective().owner());
      rows.num("objective", id, "baseline", o.objective().baseline());
      rows.num("objective", id, "target", o.objective().target());
      rows.date("objective", id, "start", o.objective().start());
      rows.date("objective", id, "deadline", o.objective().deadline());
      rows.date("objective", id, "through", o.through());
      rows.num("objective", id, "actual", o.actual());
      rows.num("objective", id, "expected", o.expected());
      rows.num("objective", id, "variance", o.variance());
      rows.num("objective", id, "variance_pct", o.variancePct());
      rows.num("objective", id, "attainment", o.attainment());
      rows.num("objective", id, "pace", o.pace());
      rows.num("objective", id, "projection", o.projection());
      rows.add("objective", id, "status", o.status().id());
      rows.add("objective", id, "stale", String.valueOf(o.stale()));
      rows.num("objective", id, "original_target", o.history().originalTarget());
      rows.add("objective", id, "retrofitted", String.valueOf(o.retrofitted()));
      for (Revision v : o.history().revisions()) {
        rows.add(
            "revision",
            id,
            v.field(),
            v.date()
                + " "
                + v.commit().substring(0, 7)
                + " "
                + v.author()
                + ": "
                + (v.old() instanceof Double d ? PlainNumber.of(d) : v.old())
                + " -> "
                + (v.now() instanceof Double d ? PlainNumber.of(d) : v.now()));
      }
      for (Derivation d : o.derivations()) {
        rows.add(
            "objective",
            id,
            "derived_" + d.source().name().toLowerCase(Locale.ROOT) + "_" + d.kpi(),
            d.periods().stream().map(Object::toString).collect(Collectors.joining(" ")));
      }
    }
    for (AlertResult a : r.alerts()) {
      String id = a.kpi().id();
      rows.add("alert", id, "week", a.period().toString());
      rows.num("alert", id, "previous", a.previous());
      rows.num("alert", id, "current", a.current());
      rows.num("alert", id, "change_pct", a.changePct());
      rows.num("alert", id, "threshold_pct", a.thresholdPct());
    }
    for (StaleKpi s : r.stale()) {
      rows.add("stale", s.kpi().id(), "latest", s.latest().toString());
      rows.num("stale", s.kpi().id(), "missing", (double) s.missing());
    }
    for (ActionResult a : r.actions()) {
      String id = a.action().id();
      rows.add("action", id, "status", a.action().status().id());
      rows.add("action", id, "owner", a.action().owner());
      rows.date("action", id, "start", a.action().start());
      rows.date("action", id, "due", a.action().due());
      rows.add("action", id, "overdue", String.valueOf(a.overdue()));
      rows.num("action", id, "budget", a.action().budget());
      rows.date("action", id, "window_start", a.windowStart());
      rows.date("action", id, "window_end", a.windowEnd());
      rows.num("action", id, "spend", a.spend());
      rows.num("action", id, "return", a.ret());
      rows.num("action", id, "roi", a.roi());
      rows.add("action", id, "decision", a.decision() == null ? null : a.decision().id());
      rows.num("action", id, "spend_to_date", a.spendToDate());
      rows.num("action", id, "burn", a.burn());
      rows.date("action", id, "last_changed", a.history().lastChanged());
      rows.add("action", id, "stale", String.valueOf(a.stale()));
      rows.add("action", id, "decision_pending", String.valueOf(a.decisionPending()));
      for (DecisionEntry d : a.history().decisions()) {
        rows.add(
            "decision",
            id,
            d.decision().id(),
            d.date()
                + " "
                + d.commit().substring(0, 7)
                + " "
                + d.author()
                + (d.why() == null ? "" : ": " + d.why()));
      }
    }
    for (Attention a : r.attention()) {
      rows.add("attention", a.id(), "kind", a.kind().id());
    }
    for (Upcoming u : r.upcoming()) {
      rows.date(
          "upcoming",
          u.action().id(),
          u.kind() == Upcoming.Kind.STARTS ? "start" : "due",
          u.date());
    }
    for (TrendResult t : r.trend()) {
      for (int i = 0; i < t.periods().size(); i++) {
        rows.num("trend", t.kpi().id(), t.periods().get(i).toString(), t.values().get(i));
      }
    }
    for (Allocation al : r.allocation()) {
      String section = "allocation_" + al.by().name().toLowerCase(Locale.ROOT);
      for (Allocation.Share s : al.shares()) {
        rows.num(section, s.key(), "budget", s.budget());
        rows.num(section, s.key(), "effort_days", s.effortDays());
      }
    }
    rows.num("budget", r.plan().id(), "plan_budget", r.plan().budget());
    rows.num("budget", r.plan().id(), "allocated", r.allocated());
    rows.num("budget", r.plan().id(), "unallocated", r.unallocated());
    rows.num("budget", r.plan().id(), "spend_to_date", r.spendToDate());
    for (IgnoredRows i : r.ignored()) {
      rows.num(
          "ignored_" + i.kind().name().toLowerCase(Locale.ROOT),
          String.join(" ", i.kpis()),
          "rows",
          (double) i.rows());
    }
  }

  /** Neutralises a cell a spreadsheet would read as a formula. */
  static String safe(String s) {
    if (s != null
        && !s.isEmpty()
        && "=+-@\t\r".indexOf(s.charAt(0)) >= 0
        && !NUMBER.matcher(s).matches()) {
      return "'" + s;
    }
    return s;
  }

  private record Rows(PlanReport r, CSVPrinter csv, CsvDialect dialect) {
    void add(String section, String id, String field, String value) throws IOException {
      csv.printRecord(
          safe(r.plan().id()), r.asOf().toString(), section, safe(id), safe(field), safe(value));
    }

    void date(String section, String id, String field, LocalDate d) throws IOException {
      add(section, id, field, d == null ? null : d.toString());
    }

    void num(String section, String id, String field, Double v) throws IOException {
      add(
          section,
          id,
          field,
          v == null || v.isNaN() || v.isInfinite() ? null : dialect.number(PlainNumber.of(v)));
    }
  }
}
