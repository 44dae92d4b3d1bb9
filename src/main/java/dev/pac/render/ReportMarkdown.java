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
  private final ReportWords words;

  public ReportMarkdown(Labels labels) {
    this.words = new ReportWords(labels);
  }

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

  private void plan(PlanReport r, PrintWriter out) {
    String cur = r.plan().currency();
    out.print("## " + Markdown.text(r.plan().title()) + " (`" + r.plan().id() + "`)\n\n");
    out.print(words.get("report.md.as-of", r.asOf()) + " · " + words.get("report.meta.owner", Markdown.text(r.plan().owner()))
        + (r.owner() != null ? " · " + words.get("report.md.only", Markdown.text(r.owner())) : "")
        + " · " + words.get("report.meta.week", r.week()) + "\n\n");

    out.print("### " + words.get("report.h.attention") + "\n\n");
    if (r.attention().isEmpty()) {
      out.print(words.get("report.attention.nothing") + "\n");
    }
    for (Attention a : r.attention()) {
      out.print("- " + icon(a) + " " + Markdown.text(words.attention(a, r)) + "\n");
    }
    out.print("\n### " + words.get("report.h.objectives") + "\n\n");
    if (r.objectives().isEmpty()) {
      out.print(words.get("report.none") + "\n");
    } else {
      out.print(head("objective", "kpi", "scope", "actual", "expected", "variance", "var-pct", "attained", "pace", "projection", "target",
          "deadline", "status"));
      out.print("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|---|\n");
      for (ObjectiveResult o : r.objectives()) {
        out.print(row(o.objective().id(), o.kpi().id(), words.scope(o.objective()),
            words.value(o.kpi(), o.actual(), cur), words.value(o.kpi(), o.expected(), cur),
            words.signed(o.kpi(), o.variance(), cur), words.pct(o.variancePct()), words.share(o.attainment()),
            words.ratio(o.pace()), words.value(o.kpi(), o.projection(), cur), words.value(o.kpi(), o.objective().target(), cur),
            o.objective().deadline().toString(), status(o.status())));
      }
      for (ObjectiveResult o : r.objectives()) {
        if (words.hinted(o)) {
          out.print("\n> **" + o.objective().id() + "**" + words.get("report.colon") + " " + words.hint(o) + "\n"); // ids and our words only, with code spans meant as such
        }
      }
    }
    out.print("\n### " + words.get("report.h.alerts") + " (" + words.get("report.h.alerts.weeks", r.week(), r.week().minusWeeks(1)) + ")\n\n");
    if (r.alerts().isEmpty()) {
      out.print(words.get("report.none") + "\n");
    } else {
      out.print(head("kpi", "previous", "current", "change", "threshold") + "|---|--:|--:|--:|--:|\n");
      for (AlertResult a : r.alerts()) {
        out.print(row(a.kpi().id(), words.value(a.kpi(), a.previous(), cur), words.value(a.kpi(), a.current(), cur),
            "**" + words.pct(a.changePct()) + "**", words.threshold(a)));
      }
    }
    out.print("\n### " + words.get("report.h.actions") + "\n\n");
    if (r.actions().isEmpty()) {
      out.print(words.get("report.none") + "\n");
    } else {
      out.print(head("action", "status", "owner", "due", "budget", "spend", "return", "roi", "decision", "spent-to-date", "burn"));
      out.print("|---|---|---|---|--:|--:|--:|--:|---|--:|--:|\n");
      for (ActionResult a : r.actions()) {
        out.print(row(a.action().id(), words.actionStatus(a.action().status()), Markdown.text(a.action().owner()),
            a.action().due() + (a.overdue() ? " **" + words.get("report.overdue") + "**" : ""), words.money(a.action().budget(), cur),
            words.money(a.spend(), cur), words.money(a.ret(), cur), words.ratio(a.roi()),
            a.decision() == dev.pac.report.Decision.ADJUST_OR_STOP ? "**" + words.decision(a) + "**" : words.decision(a),
            words.money(a.spendToDate(), cur), words.share(a.burn())));
      }
    }
    if (!r.notStarted().isEmpty()) {
      out.print("\n" + Markdown.text(words.notStarted(r)) + "\n");
    }
    out.print("\n### " + words.get("report.h.next") + " (" + words.get("report.h.next.to", r.asOf().plusDays(14)) + ")\n\n");
    if (r.upcoming().isEmpty()) {
      out.print(words.get("report.next.nothing") + "\n");
    }
    for (Upcoming u : r.upcoming()) {
      out.print("- " + u.date() + " " + words.upcoming(u) + words.get("report.colon") + " `" + u.action().id() + "` " + Markdown.text(u.action().title())
          + " (" + Markdown.text(u.action().owner()) + ")\n");
    }
    if (!r.trend().isEmpty()) {
      out.print("\n### " + words.get("report.h.trend") + " (" + words.get("report.h.trend.range", r.trend().get(0).weeks().get(0), r.week()) + ")\n\n");
      out.print("| " + words.get("report.th.kpi") + " | " + words.get("report.th.trend") + " | " + String.join(" | ", r.trend().get(0).weeks().stream().map(w -> w.toString().substring(5)).toList()) + " |\n");
      out.print("|---|---|" + "--:|".repeat(r.trend().get(0).weeks().size()) + "\n");
      for (TrendResult t : r.trend()) {
        StringBuilder b = new StringBuilder("| " + t.kpi().id() + " | `" + words.spark(t.values()) + "` |");
        for (Double v : t.values()) {
          b.append(' ').append(words.value(t.kpi(), v, cur)).append(" |");
        }
        out.print(b.append('\n'));
      }
    }
    out.print("\n### " + words.get("report.h.allocation.full") + "\n\n");
    for (Allocation al : r.allocation()) {
      out.print("| " + words.allocationTitle(al.by(), true) + " | " + words.get("report.th.budget") + " | " + words.get("report.th.effort")
          + " |\n|---|--:|--:|\n");
      for (Allocation.Share s : al.shares()) {
        out.print(row(Markdown.text(words.key(s.key())), words.money(s.budget(), cur), words.number(s.effortDays(), 1)));
      }
      out.print("\n");
    }
    if (r.plan().budget() != null) {
      out.print(words.get("report.md.budget", words.money(r.plan().budget(), cur), words.money(r.allocated(), cur), words.money(r.unallocated(), cur))
          + " ");
    } else {
      out.print(words.get("report.budget.none", words.money(r.allocated(), cur)) + " ");
    }
    out.print(Markdown.text(words.spent(r, cur)) + "\n");
  }

  /** A header row and its rule-less first line, from the label keys of the columns. */
  private String head(String... keys) {
    StringBuilder b = new StringBuilder("|");
    for (String k : keys) {
      b.append(' ').append(words.get("report.th." + k)).append(" |");
    }
    return b.append('\n').toString();
  }

  private static String row(String... cells) {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(c).append(" |"); // free text in a cell comes escaped (Markdown.text)
    }
    return b.append('\n').toString();
  }

  private String status(Status s) {
    return switch (s) {
      case OFF_TRACK -> "🔴";
      case AT_RISK -> "🟠";
      case ON_TRACK -> "🟢";
      case ACHIEVED -> "✅";
      case NO_DATA, NOT_STARTED -> "⚪";
    } + " " + words.status(s);
  }

  private static String icon(Attention a) {
    return switch (a.kind()) {
      case OFF_TRACK, ALERT, ADJUST_OR_STOP, OVERDUE -> "🔴";
      case AT_RISK, NO_DATA -> "🟠";
      case UPCOMING -> "🗓";
    };
  }

}
