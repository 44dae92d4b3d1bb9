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
  private final ReportWords words;

  public ReportText(Style style) {
    this(style, Labels.of(dev.pac.model.Lang.EN));
  }

  public ReportText(Style style, Labels labels) {
    this.style = style;
    this.words = new ReportWords(labels);
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
    out.println(words.get("report.meta.as-of", r.asOf()) + " · " + words.get("report.meta.owner", r.plan().owner())
        + (r.owner() != null ? " · " + words.get("report.meta.only", r.owner()) : "") + " · " + words.get("report.meta.week", r.week()));
    out.println();

    out.println(style.bold(words.get("report.h.attention")));
    if (r.attention().isEmpty()) {
      out.println("  " + style.green(words.get("report.attention.nothing")));
    }
    for (Attention a : r.attention()) {
      out.println("  " + mark(a) + " " + words.attention(a, r));
    }
    out.println();

    out.println(style.bold(words.get("report.h.objectives")));
    if (r.objectives().isEmpty()) {
      out.println("  " + words.get("report.none.text"));
    } else {
      ReportTable t = new ReportTable(cols("objective", "kpi", "scope", "actual", "expected", "variance", "var-pct", "attained", "pace",
          "projection", "target", "deadline", "status"), false, false, false, true, true, true, true, true, true, true, true, false, false);
      for (ObjectiveResult o : r.objectives()) {
        List<UnaryOperator<String>> paint = new ArrayList<>(java.util.Collections.nCopies(13, (UnaryOperator<String>) null));
        paint.set(12, paint(o.status()));
        t.row(List.of(o.objective().id(), o.kpi().id(), words.scope(o.objective()),
            words.value(o.kpi(), o.actual(), cur), words.value(o.kpi(), o.expected(), cur),
            words.signed(o.kpi(), o.variance(), cur), words.pct(o.variancePct()), words.share(o.attainment()),
            words.ratio(o.pace()), words.value(o.kpi(), o.projection(), cur), words.value(o.kpi(), o.objective().target(), cur),
            o.objective().deadline().toString(), words.status(o.status())), paint);
      }
      t.print(out, "  ", style);
      for (ObjectiveResult o : r.objectives()) {
        if (words.hinted(o)) {
          out.println("  " + style.dim(o.objective().id() + words.get("report.colon") + " " + words.hint(o)));
        }
        if (o.rolledUp() && o.actual() != null) {
          out.println("  " + style.dim(o.objective().id() + words.get("report.colon") + " " + words.get("report.rolled-up")));
        }
      }
    }
    out.println();

    out.println(style.bold(words.get("report.h.alerts")) + style.dim(" (" + words.get("report.h.alerts.weeks", r.week(), r.week().minusWeeks(1)) + ")"));
    if (r.alerts().isEmpty()) {
      out.println("  " + words.get("report.none.text"));
    } else {
      ReportTable t = new ReportTable(cols("kpi", "previous", "current", "change", "threshold"), false, true, true, true, true);
      for (AlertResult a : r.alerts()) {
        t.row(List.of(a.kpi().id(), words.value(a.kpi(), a.previous(), cur), words.value(a.kpi(), a.current(), cur),
            words.pct(a.changePct()), words.threshold(a)),
            List.of(s -> s, s -> s, s -> s, style::red));
      }
      t.print(out, "  ", style);
    }
    out.println();

    out.println(style.bold(words.get("report.h.actions")) + style.dim(" (" + words.get("report.h.actions.started", r.asOf()) + ")"));
    if (r.actions().isEmpty()) {
      out.println("  " + words.get("report.none.text"));
    } else {
      ReportTable t = new ReportTable(cols("action", "status", "owner", "due", "budget", "window", "spend", "return", "roi", "decision",
          "spent-to-date", "burn"), false, false, false, false, true, false, true, true, true, false, true, true);
      for (ActionResult a : r.actions()) {
        Action x = a.action();
        List<UnaryOperator<String>> paint = new ArrayList<>(java.util.Collections.nCopies(12, (UnaryOperator<String>) null));
        if (a.overdue()) {
          paint.set(3, style::red);
        }
        paint.set(9, a.decision() == dev.pac.report.Decision.ADJUST_OR_STOP ? style::red
            : a.decision() == dev.pac.report.Decision.CONTINUE ? style::green : style::dim);
        t.row(List.of(x.id(), words.actionStatus(x.status()), x.owner(), x.due() + (a.overdue() ? " " + words.get("report.overdue") : ""), words.money(x.budget(), cur),
            a.started() ? a.windowStart() + ".." : DASH, words.money(a.spend(), cur), words.money(a.ret(), cur),
            words.ratio(a.roi()), words.decision(a), words.money(a.spendToDate(), cur), words.share(a.burn())), paint);
      }
      t.print(out, "  ", style);
    }
    if (!r.notStarted().isEmpty()) {
      out.println("  " + style.dim(words.notStarted(r)));
    }
    out.println();

    out.println(style.bold(words.get("report.h.next")) + style.dim(" (" + words.get("report.h.next.to", r.asOf().plusDays(14)) + ")"));
    if (r.upcoming().isEmpty()) {
      out.println("  " + words.get("report.next.nothing.text"));
    } else {
      ReportTable t = new ReportTable(List.of(words.get("report.col.date"), "", words.get("report.col.action"), words.get("report.col.owner"),
          words.get("report.col.title")));
      for (Upcoming u : r.upcoming()) {
        t.row(List.of(u.date().toString(), words.upcoming(u), u.action().id(), u.action().owner(), u.action().title()));
      }
      t.print(out, "  ", style);
    }
    out.println();

    if (!r.trend().isEmpty()) {
      out.println(style.bold(words.get("report.h.trend")) + style.dim(" (" + words.get("report.h.trend.range", r.trend().get(0).weeks().get(0), r.week()) + ")"));
      ReportTable t = new ReportTable(cols("kpi", "trend", "oldest", "latest"), false, false, true, true);
      for (TrendResult k : r.trend()) {
        t.row(List.of(k.kpi().id(), words.spark(k.values()), words.value(k.kpi(), firstOf(k.values()), cur),
            words.value(k.kpi(), k.values().get(k.values().size() - 1), cur)));
      }
      t.print(out, "  ", style);
      out.println();
    }

    out.println(style.bold(words.get("report.h.allocation")) + style.dim(" (" + words.get("report.h.allocation.what")
        + (r.owner() != null ? ", " + words.get("report.h.allocation.owner", r.owner()) : "") + ")"));
    for (Allocation al : r.allocation()) {
      ReportTable t = new ReportTable(List.of(words.allocationTitle(al.by(), false), words.get("report.col.budget"), words.get("report.col.effort")), false, true, true);
      for (Allocation.Share s : al.shares()) {
        t.row(List.of(words.key(s.key()), words.money(s.budget(), cur), words.number(s.effortDays(), 1)));
      }
      t.print(out, "  ", style);
      out.println();
    }
    if (r.plan().budget() != null) {
      String left = words.money(r.unallocated(), cur);
      out.println("  " + words.get("report.budget", words.money(r.plan().budget(), cur), words.money(r.allocated(), cur),
          r.unallocated() < 0 ? style.red(left) : left));
    } else {
      out.println("  " + words.get("report.budget.none", words.money(r.allocated(), cur)));
    }
    out.println("  " + words.spent(r, cur));
  }

  /** Column titles from their label keys. */
  private List<String> cols(String... keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      out.add(words.get("report.col." + k));
    }
    return out;
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
