package dev.pac.render;

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
import java.util.List;

/** The report in Markdown (GitHub-flavoured tables), ready to paste in a pull request, Notion or Slack. */
public final class ReportMarkdown implements ReportRenderer {
  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    boolean first = true;
    for (PlanReport r : reports) {
      if (!first) {
        out.print("\n---\n\n");
      }
      first = false;
      plan(r, out);
    }
  }

  private static void plan(PlanReport r, PrintWriter out) {
    String cur = r.plan().currency();
    out.print("## " + esc(r.plan().title()) + " (`" + r.plan().id() + "`)\n\n");
    out.print("As of **" + r.asOf() + "** · owner " + esc(r.plan().owner())
        + (r.owner() != null ? " · only **" + esc(r.owner()) + "**'s objectives and actions" : "")
        + " · last complete week " + r.week() + "\n\n");

    out.print("### Needs attention this week\n\n");
    if (r.attention().isEmpty()) {
      out.print(NOTHING_NEEDS_ATTENTION + "\n");
    }
    for (Attention a : r.attention()) {
      out.print("- " + icon(a) + " " + esc(ReportWords.attention(a, r)) + "\n");
    }
    out.print("\n### Objectives\n\n");
    if (r.objectives().isEmpty()) {
      out.print("None.\n");
    } else {
      out.print("| Objective | KPI | Scope | Actual | Expected | Variance | Var % | Attained | Pace | Projection | Target | Deadline | Status |\n");
      out.print("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|---|\n");
      for (ObjectiveResult o : r.objectives()) {
        out.print(row(o.objective().id(), o.kpi().id(), ReportWords.scope(o.objective()),
            ReportWords.value(o.kpi(), o.actual(), cur), ReportWords.value(o.kpi(), o.expected(), cur),
            ReportWords.signed(o.kpi(), o.variance(), cur), ReportWords.pct(o.variancePct()), ReportWords.share(o.attainment()),
            ReportWords.ratio(o.pace()), ReportWords.value(o.kpi(), o.projection(), cur), ReportWords.value(o.kpi(), o.objective().target(), cur),
            o.objective().deadline().toString(), status(o.status())));
      }
      for (ObjectiveResult o : r.objectives()) {
        if (ReportWords.hinted(o)) {
          out.print("\n> **" + o.objective().id() + "**: " + esc(ReportWords.hint(o)) + "\n");
        }
      }
    }
    out.print("\n### Week-over-week alerts (" + r.week() + " against " + r.week().minusWeeks(1) + ")\n\n");
    if (r.alerts().isEmpty()) {
      out.print("None.\n");
    } else {
      out.print("| KPI | Previous | Current | Change | Threshold |\n|---|--:|--:|--:|--:|\n");
      for (AlertResult a : r.alerts()) {
        out.print(row(a.kpi().id(), ReportWords.value(a.kpi(), a.previous(), cur), ReportWords.value(a.kpi(), a.current(), cur),
            "**" + ReportWords.pct(a.changePct()) + "**", ReportWords.number(a.thresholdPct(), 1) + " %"));
      }
    }
    out.print("\n### Actions\n\n");
    if (r.actions().isEmpty()) {
      out.print("None.\n");
    } else {
      out.print("| Action | Status | Owner | Due | Budget | Spend | Return | ROI | Decision | Spent to date | Burn |\n");
      out.print("|---|---|---|---|--:|--:|--:|--:|---|--:|--:|\n");
      for (ActionResult a : r.actions()) {
        out.print(row(a.action().id(), a.action().status().id(), esc(a.action().owner()),
            a.action().due() + (a.overdue() ? " **overdue**" : ""), ReportWords.money(a.action().budget(), cur),
            ReportWords.money(a.spend(), cur), ReportWords.money(a.ret(), cur), ReportWords.ratio(a.roi()),
            a.decision() == dev.pac.report.Decision.ADJUST_OR_STOP ? "**adjust-or-stop**" : ReportWords.decision(a),
            ReportWords.money(a.spendToDate(), cur), ReportWords.share(a.burn())));
      }
    }
    if (!r.notStarted().isEmpty()) {
      out.print("\n" + esc(ReportWords.notStarted(r)) + "\n");
    }
    out.print("\n### Next 14 days (to " + r.asOf().plusDays(14) + ")\n\n");
    if (r.upcoming().isEmpty()) {
      out.print("Nothing starts or falls due.\n");
    }
    for (Upcoming u : r.upcoming()) {
      out.print("- " + u.date() + " " + ReportWords.upcoming(u) + ": `" + u.action().id() + "` " + esc(u.action().title())
          + " (" + esc(u.action().owner()) + ")\n");
    }
    if (!r.trend().isEmpty()) {
      out.print("\n### KPI trend (weekly, total scope, " + r.trend().get(0).weeks().get(0) + " to " + r.week() + ")\n\n");
      out.print("| KPI | Trend | " + String.join(" | ", r.trend().get(0).weeks().stream().map(w -> w.toString().substring(5)).toList()) + " |\n");
      out.print("|---|---|" + "--:|".repeat(r.trend().get(0).weeks().size()) + "\n");
      for (TrendResult t : r.trend()) {
        StringBuilder b = new StringBuilder("| " + t.kpi().id() + " | `" + ReportWords.spark(t.values()) + "` |");
        for (Double v : t.values()) {
          b.append(' ').append(ReportWords.value(t.kpi(), v, cur)).append(" |");
        }
        out.print(b.append('\n'));
      }
    }
    out.print("\n### Allocation of budget and effort\n\n");
    for (Allocation al : r.allocation()) {
      out.print("| By " + ReportWords.allocationTitle(al.by()) + " | Budget | Effort (days) |\n|---|--:|--:|\n");
      for (Allocation.Share s : al.shares()) {
        out.print(row(esc(ReportWords.key(s.key())), ReportWords.money(s.budget(), cur), ReportWords.number(s.effortDays(), 1)));
      }
      out.print("\n");
    }
    if (r.plan().budget() != null) {
      out.print("Plan budget " + ReportWords.money(r.plan().budget(), cur) + ": allocated to actions " + ReportWords.money(r.allocated(), cur)
          + ", **left unallocated " + ReportWords.money(r.unallocated(), cur) + "**. ");
    } else {
      out.print("The plan sets no budget; actions hold " + ReportWords.money(r.allocated(), cur) + ". ");
    }
    out.print("Spent to date: " + ReportWords.money(r.spendToDate(), cur) + ".\n");
  }

  private static String row(String... cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(c.replace("|", "\\|")).append(" |");
    }
    return b.append('\n').toString();
  }

  private static String status(Status s) {
    return switch (s) {
      case OFF_TRACK -> "🔴 off-track";
      case AT_RISK -> "🟠 at-risk";
      case ON_TRACK -> "🟢 on-track";
      case ACHIEVED -> "✅ achieved";
      case NO_DATA -> "⚪ no-data";
      case NOT_STARTED -> "⚪ not-started";
    };
  }

  private static String icon(Attention a) {
    return switch (a.kind()) {
      case OFF_TRACK, ALERT, ADJUST_OR_STOP, OVERDUE -> "🔴";
      case AT_RISK, NO_DATA -> "🟠";
      case UPCOMING -> "🗓";
    };
  }

  /** Escapes what Markdown would read as formatting in free text. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if ("\\*_[]<>#".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
