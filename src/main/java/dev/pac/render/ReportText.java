package dev.pac.render;

import static dev.pac.render.ReportWords.DASH;

import dev.pac.model.Action;
import dev.pac.report.ActionResult;
import dev.pac.report.AlertResult;
import dev.pac.report.Allocation;
import dev.pac.report.Attention;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.Status;
import dev.pac.report.TrendResult;
import dev.pac.report.Upcoming;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The stand-up report for a terminal: what needs attention first, then the detail; colours only with a colour style. */
public final class ReportText implements ReportRenderer {
  private final Style style;

  public ReportText(Style style) {
    this.style = style;
  }

  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    boolean first = true;
    for (PlanReport r : reports) {
      if (!first) {
        out.println();
        out.println("─".repeat(72));
        out.println();
      }
      first = false;
      plan(r, out);
    }
  }

  private void plan(PlanReport r, PrintWriter out) {
    String cur = r.plan().currency();
    out.println(style.bold(r.plan().title()) + style.dim(" (" + r.plan().id() + ")"));
    out.println("as of " + r.asOf() + " · owner " + r.plan().owner() + (r.owner() != null ? " · only " + r.owner() + "'s objectives and actions" : "")
        + " · last complete week " + r.week());
    out.println();

    out.println(style.bold("Needs attention this week"));
    if (r.attention().isEmpty()) {
      out.println("  " + style.green(NOTHING_NEEDS_ATTENTION));
    }
    for (Attention a : r.attention()) {
      out.println("  " + mark(a) + " " + ReportWords.attention(a, r));
    }
    out.println();

    out.println(style.bold("Objectives"));
    if (r.objectives().isEmpty()) {
      out.println("  none");
    } else {
      ReportTable t = new ReportTable(List.of("objective", "kpi", "scope", "actual", "expected", "variance", "var %", "attained", "pace",
          "projection", "target", "deadline", "status"), false, false, false, true, true, true, true, true, true, true, true, false, false);
      for (ObjectiveResult o : r.objectives()) {
        List<UnaryOperator<String>> paint = new ArrayList<>(java.util.Collections.nCopies(13, (UnaryOperator<String>) null));
        paint.set(12, paint(o.status()));
        t.row(List.of(o.objective().id(), o.kpi().id(), ReportWords.scope(o.objective()),
            ReportWords.value(o.kpi(), o.actual(), cur), ReportWords.value(o.kpi(), o.expected(), cur),
            ReportWords.signed(o.kpi(), o.variance(), cur), ReportWords.pct(o.variancePct()), ReportWords.share(o.attainment()),
            ReportWords.ratio(o.pace()), ReportWords.value(o.kpi(), o.projection(), cur), ReportWords.value(o.kpi(), o.objective().target(), cur),
            o.objective().deadline().toString(), o.status().id()), paint);
      }
      t.print(out, "  ", style);
      for (ObjectiveResult o : r.objectives()) {
        if (ReportWords.hinted(o)) {
          out.println("  " + style.dim(o.objective().id() + ": " + ReportWords.hint(o)));
        }
        if (o.rolledUp() && o.actual() != null) {
          out.println("  " + style.dim(o.objective().id() + ": rolled up from finer rows (by segment, channel or action)"));
        }
      }
    }
    out.println();

    out.println(style.bold("Week-over-week alerts") + style.dim(" (" + r.week() + " against " + r.week().minusWeeks(1) + ")"));
    if (r.alerts().isEmpty()) {
      out.println("  none");
    } else {
      ReportTable t = new ReportTable(List.of("kpi", "previous", "current", "change", "threshold"), false, true, true, true, true);
      for (AlertResult a : r.alerts()) {
        t.row(List.of(a.kpi().id(), ReportWords.value(a.kpi(), a.previous(), cur), ReportWords.value(a.kpi(), a.current(), cur),
            ReportWords.pct(a.changePct()), (a.kpi().better() == dev.pac.model.Better.LOWER ? "+" : "−") + ReportWords.number(a.thresholdPct(), 1) + " %"),
            List.of(s -> s, s -> s, s -> s, style::red));
      }
      t.print(out, "  ", style);
    }
    out.println();

    out.println(style.bold("Actions") + style.dim(" (started by " + r.asOf() + ")"));
    if (r.actions().isEmpty()) {
      out.println("  none");
    } else {
      ReportTable t = new ReportTable(List.of("action", "status", "owner", "due", "budget", "window", "spend", "return", "roi", "decision",
          "spent to date", "burn"), false, false, false, false, true, false, true, true, true, false, true, true);
      for (ActionResult a : r.actions()) {
        Action x = a.action();
        List<UnaryOperator<String>> paint = new ArrayList<>(java.util.Collections.nCopies(12, (UnaryOperator<String>) null));
        if (a.overdue()) {
          paint.set(3, style::red);
        }
        paint.set(9, a.decision() == dev.pac.report.Decision.ADJUST_OR_STOP ? style::red
            : a.decision() == dev.pac.report.Decision.CONTINUE ? style::green : style::dim);
        t.row(List.of(x.id(), x.status().id(), x.owner(), x.due() + (a.overdue() ? " overdue" : ""), ReportWords.money(x.budget(), cur),
            a.started() ? a.windowStart() + ".." : DASH, ReportWords.money(a.spend(), cur), ReportWords.money(a.ret(), cur),
            ReportWords.ratio(a.roi()), ReportWords.decision(a), ReportWords.money(a.spendToDate(), cur), ReportWords.share(a.burn())), paint);
      }
      t.print(out, "  ", style);
    }
    if (!r.notStarted().isEmpty()) {
      out.println("  " + style.dim(ReportWords.notStarted(r)));
    }
    out.println();

    out.println(style.bold("Next 14 days") + style.dim(" (to " + r.asOf().plusDays(14) + ")"));
    if (r.upcoming().isEmpty()) {
      out.println("  nothing starts or falls due");
    } else {
      ReportTable t = new ReportTable(List.of("date", "", "action", "owner", "title"));
      for (Upcoming u : r.upcoming()) {
        t.row(List.of(u.date().toString(), ReportWords.upcoming(u), u.action().id(), u.action().owner(), u.action().title()));
      }
      t.print(out, "  ", style);
    }
    out.println();

    if (!r.trend().isEmpty()) {
      out.println(style.bold("KPI trend") + style.dim(" (weekly, total scope, " + r.trend().get(0).weeks().get(0) + " to " + r.week() + ")"));
      ReportTable t = new ReportTable(List.of("kpi", "trend", "oldest", "latest"), false, false, true, true);
      for (TrendResult k : r.trend()) {
        t.row(List.of(k.kpi().id(), ReportWords.spark(k.values()), ReportWords.value(k.kpi(), firstOf(k.values()), cur),
            ReportWords.value(k.kpi(), k.values().get(k.values().size() - 1), cur)));
      }
      t.print(out, "  ", style);
      out.println();
    }

    out.println(style.bold("Allocation") + style.dim(" (action budgets and effort" + (r.owner() != null ? ", " + r.owner() + "'s actions" : "") + ")"));
    for (Allocation al : r.allocation()) {
      ReportTable t = new ReportTable(List.of("by " + ReportWords.allocationTitle(al.by()), "budget", "effort (days)"), false, true, true);
      for (Allocation.Share s : al.shares()) {
        t.row(List.of(ReportWords.key(s.key()), ReportWords.money(s.budget(), cur), ReportWords.number(s.effortDays(), 1)));
      }
      t.print(out, "  ", style);
      out.println();
    }
    if (r.plan().budget() != null) {
      String left = ReportWords.money(r.unallocated(), cur);
      out.println("  Plan budget " + ReportWords.money(r.plan().budget(), cur) + ": allocated to actions " + ReportWords.money(r.allocated(), cur)
          + ", left unallocated " + (r.unallocated() < 0 ? style.red(left) : left) + ".");
    } else {
      out.println("  The plan sets no budget; actions hold " + ReportWords.money(r.allocated(), cur) + ".");
    }
    out.println("  Spent to date" + (r.owner() != null ? " on these actions" : "") + ": " + ReportWords.money(r.spendToDate(), cur)
        + (r.plan().budget() != null && r.plan().budget() > 0 ? " (" + ReportWords.share(r.spendToDate() / r.plan().budget()) + " of the plan budget)" : "") + ".");
  }

  private static Double firstOf(List<Double> values) {
    for (Double v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private String mark(Attention a) {
    return switch (a.kind()) {
      case OFF_TRACK, ALERT, ADJUST_OR_STOP, OVERDUE -> style.red("!");
      case AT_RISK, NO_DATA -> style.yellow("!");
      case UPCOMING -> style.dim("·");
    };
  }

  private UnaryOperator<String> paint(Status s) {
    return switch (s) {
      case OFF_TRACK -> style::red;
      case AT_RISK -> style::yellow;
      case ON_TRACK, ACHIEVED -> style::green;
      case NO_DATA, NOT_STARTED -> style::dim;
    };
  }
}
