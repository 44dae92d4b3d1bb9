package dev.pac.render;

import static dev.pac.render.ReportNumbers.DASH;

import dev.pac.history.DecisionEntry;
import dev.pac.model.Action;
import dev.pac.render.ReportDoc.Block;
import dev.pac.render.ReportDoc.Cell;
import dev.pac.render.ReportDoc.Column;
import dev.pac.render.ReportDoc.Section;
import dev.pac.render.ReportDoc.Tone;
import dev.pac.report.ActionResult;
import dev.pac.report.Allocation;
import dev.pac.report.Decision;
import dev.pac.report.PlanReport;
import dev.pac.report.ReportBuilder;
import dev.pac.report.Upcoming;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's sections about actions and money: the actions started (with their decisions), what
 * comes next, and the budget's allocation and spend.
 */
final class ActionSections {
  private final ReportWords w;

  ActionSections(ReportWords w) {
    this.w = w;
  }

  Section actions(PlanReport r) {
    String cur = r.plan().currency();
    List<Block> blocks = new ArrayList<>();
    if (r.actions().isEmpty()) {
      blocks.add(new ReportDoc.Text(w.get("report.none.actions"), Tone.PLAIN));
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (ActionResult a : r.actions()) {
        Action x = a.action();
        String decision = a.decision() == null ? "not-started" : a.decision().id();
        Tone tone =
            a.decision() == Decision.ADJUST_OR_STOP
                ? Tone.BAD
                : a.decision() == Decision.CONTINUE ? Tone.GOOD : Tone.DIM;
        rows.add(
            List.of(
                new Cell(x.id(), Tone.PLAIN, x.title(), null, null),
                Cell.of(w.actionStatus(x.status())),
                Cell.of(x.owner()),
                Cell.of(
                    ReportWords.date(x.due()) + (a.overdue() ? " " + w.get("report.overdue") : ""),
                    a.overdue() ? Tone.BAD : Tone.PLAIN),
                Cell.of(w.money(x.budget(), cur)),
                Cell.of(a.windowStart() == null ? DASH : a.windowStart() + ".." + a.windowEnd()),
                Cell.of(w.money(a.spend(), cur)),
                Cell.of(w.money(a.ret(), cur)),
                Cell.of(w.ratio(a.roi())),
                new Cell(w.decision(a), tone, "", decision, null),
                Cell.of(w.money(a.spendToDate(), cur)),
                Cell.of(w.share(a.burn()))));
      }
      blocks.add(
          new ReportDoc.Table(
              "",
              w.columns(
                  "action",
                  "status",
                  "owner",
                  "due",
                  "#budget",
                  "window",
                  "#spend",
                  "#return",
                  "#roi",
                  "decision",
                  "#spent-to-date",
                  "#burn"),
              rows));
      List<String> notes = new ArrayList<>();
      for (ActionResult a : r.actions()) {
        for (DecisionEntry d : a.history().decisions()) {
          notes.add(a.action().id() + w.get("report.colon") + " " + w.decided(d));
        }
      }
      if (!notes.isEmpty()) {
        blocks.add(new ReportDoc.Notes(notes));
      }
    }
    if (!r.notStarted().isEmpty()) {
      blocks.add(new ReportDoc.Notes(List.of(w.notStarted(r))));
    }
    return new Section(
        "actions", w.get("report.h.actions"), w.get("report.h.actions.started", r.asOf()), blocks);
  }

  Section next(PlanReport r) {
    List<Block> blocks = new ArrayList<>();
    if (r.upcoming().isEmpty()) {
      blocks.add(new ReportDoc.Text(w.get("report.next.nothing"), Tone.PLAIN));
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (Upcoming u : r.upcoming()) {
        rows.add(
            List.of(
                Cell.of(ReportWords.date(u.date())),
                Cell.of(w.upcoming(u)),
                Cell.of(u.action().id()),
                Cell.of(u.action().owner()),
                Cell.of(u.action().title())));
      }
      blocks.add(
          new ReportDoc.Table("", w.columns("date", "what", "action", "owner", "title"), rows));
    }
    return new Section(
        "next",
        w.get("report.h.next"),
        w.get("report.h.next.to", r.asOf().plusDays(ReportBuilder.HORIZON_DAYS)),
        blocks);
  }

  Section allocation(PlanReport r) {
    String cur = r.plan().currency();
    List<Block> blocks = new ArrayList<>();
    for (Allocation al : r.allocation()) {
      List<List<Cell>> rows = new ArrayList<>();
      for (Allocation.Share s : al.shares()) {
        rows.add(
            List.of(
                Cell.of(w.key(s.key())),
                Cell.of(w.money(s.budget(), cur)),
                Cell.of(w.number(s.effortDays(), 1))));
      }
      blocks.add(
          new ReportDoc.Table(
              w.allocationTitle(al.by()),
              List.of(
                  new Column(w.allocationTitle(al.by()), false),
                  new Column(w.get("report.th.budget"), true),
                  new Column(w.get("report.th.effort"), true)),
              rows));
    }
    if (r.plan().budget() != null) {
      blocks.add(
          new ReportDoc.Text(
              w.get(
                  "report.budget",
                  w.money(r.plan().budget(), cur),
                  w.money(r.allocated(), cur),
                  w.money(r.unallocated(), cur)),
              r.unallocated() < 0 ? Tone.BAD : Tone.PLAIN));
    } else {
      blocks.add(
          new ReportDoc.Text(w.get("report.budget.none", w.money(r.allocated(), cur)), Tone.PLAIN));
    }
    blocks.add(new ReportDoc.Text(w.spent(r), Tone.PLAIN));
    String qualifier =
        w.get("report.h.allocation.what")
            + (r.owner() != null ? ", " + w.get("report.h.allocation.owner", r.owner()) : "");
    return new Section("allocation", w.get("report.h.allocation"), qualifier, blocks);
  }
}
