package dev.pac.render;

import static dev.pac.render.ReportNumbers.DASH;

import dev.pac.history.DecisionEntry;
import dev.pac.history.Revision;
import dev.pac.model.Action;
import dev.pac.render.ReportDoc.Block;
import dev.pac.render.ReportDoc.Cell;
import dev.pac.render.ReportDoc.Column;
import dev.pac.render.ReportDoc.Item;
import dev.pac.render.ReportDoc.Section;
import dev.pac.render.ReportDoc.Tone;
import dev.pac.report.ActionResult;
import dev.pac.report.AlertResult;
import dev.pac.report.Allocation;
import dev.pac.report.Attention;
import dev.pac.report.Decision;
import dev.pac.report.Derivation;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.ReportBuilder;
import dev.pac.report.StaleKpi;
import dev.pac.report.Status;
import dev.pac.report.TrendResult;
import dev.pac.report.Upcoming;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link ReportDoc} of a plan's report in one language: every word and number the three
 * writers print.
 */
final class ReportDocs {
  /**
   * Text and Markdown open with at most this many things that need attention, and at least the
   * fewer ones.
   */
  static final int MAX_ATTENTION = 5;

  static final int MIN_ATTENTION = 3;

  private final ReportWords w;

  ReportDocs(Labels labels) {
    this.w = new ReportWords(labels);
  }

  ReportWords words() {
    return w;
  }

  ReportDoc of(PlanReport r) {
    List<String> meta = new ArrayList<>();
    meta.add(w.get("report.meta.as-of", r.asOf()));
    meta.add(w.get("report.meta.owner", r.plan().owner()));
    if (r.owner() != null) {
      meta.add(w.get("report.meta.only", r.owner()));
    }
    meta.add(w.figuresTo(r));
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("attention", w.get("report.h.attention"), "", List.of(attention(r))));
    sections.add(objectives(r));
    sections.add(alerts(r));
    sections.add(stale(r));
    sections.add(actions(r));
    sections.add(next(r));
    if (!r.trend().isEmpty()) {
      sections.add(trend(r));
    }
    sections.add(allocation(r));
    if (!r.ignored().isEmpty()) {
      sections.add(
          new Section(
              "notes",
              w.get("report.h.notes"),
              "",
              List.of(new ReportDoc.Notes(r.ignored().stream().map(w::ignored).toList()))));
    }
    return new ReportDoc(r.plan().title(), r.plan().id(), meta, sections);
  }

  private ReportDoc.Items attention(PlanReport r) {
    List<Item> items = new ArrayList<>();
    for (Attention a : r.attention().subList(0, Math.min(MAX_ATTENTION, r.attention().size()))) {
      items.add(new Item(tone(a.kind()), w.attention(a, r)));
    }
    if (r.attention().size() > MAX_ATTENTION) {
      items.add(
          new Item(Tone.DIM, w.get("report.attention.more", r.attention().size() - MAX_ATTENTION)));
    }
    for (Upcoming u : r.upcoming()) {
      if (items.size() >= MIN_ATTENTION) {
        break;
      }
      items.add(new Item(Tone.DIM, w.upcomingItem(u)));
    }
    if (items.isEmpty()) {
      items.add(new Item(Tone.GOOD, w.get("report.attention.nothing")));
    }
    return new ReportDoc.Items(items);
  }

  private static Tone tone(Attention.Kind kind) {
    return switch (kind) {
      case STALE, AT_RISK, TARGET_LOWERED, DEADLINE_MOVED, RETROFITTED, STALE_ACTION -> Tone.WARN;
      case MISSED, OFF_TRACK, ALERT, ADJUST_OR_STOP, OVERDUE, DECISION_PENDING -> Tone.BAD;
    };
  }

  static Tone tone(Status s) {
    return switch (s) {
      case MISSED, OFF_TRACK -> Tone.BAD;
      case AT_RISK -> Tone.WARN;
      case ON_TRACK, ACHIEVED -> Tone.GOOD;
      case NO_DATA, NOT_STARTED -> Tone.DIM;
    };
  }

  private Section objectives(PlanReport r) {
    String cur = r.plan().currency();
    List<Block> blocks = new ArrayList<>();
    if (r.objectives().isEmpty()) {
      blocks.add(new ReportDoc.Text(w.get("report.none.objectives"), Tone.PLAIN));
      return new Section("objectives", w.get("report.h.objectives"), "", blocks);
    }
    List<List<Cell>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ObjectiveResult o : r.objectives()) {
      String id = o.objective().id();
      rows.add(
          List.of(
              Cell.of(id),
              Cell.of(o.kpi().id()),
              Cell.of(w.scope(o.objective())),
              Cell.of(w.value(o.kpi(), o.actual(), cur)),
              Cell.of(w.value(o.kpi(), o.expected(), cur)),
              Cell.of(w.signed(o.kpi(), o.variance(), cur)),
              Cell.of(w.pct(o.variancePct())),
              Cell.of(w.share(o.attainment())),
              Cell.of(w.ratio(o.pace())),
              Cell.of(w.value(o.kpi(), o.projection(), cur)),
              Cell.of(w.target(o, cur)),
              Cell.of(ReportWords.date(o.objective().deadline())),
              new Cell(w.status(o.status()), tone(o.status()), "", o.status().id(), null)));
      if (ReportWords.hinted(o)) {
        notes.add(id + w.get("report.colon") + " " + w.hint(o));
      }
      if (o.actual() != null
          && r.cutOffs().get(o.kpi().grain()).isAfter(o.objective().deadline())) {
        notes.add(
            id + w.get("report.colon") + " " + w.get("report.note.through-deadline", o.through()));
      }
      for (Derivation d : o.derivations()) {
        notes.add(id + w.get("report.colon") + " " + w.derivation(d));
      }
      if (o.stale()) {
        notes.add(
            id + w.get("report.colon") + " " + w.get("report.note.objective-stale", o.kpi().id()));
      }
      for (Revision v : o.history().revisions()) {
        notes.add(id + w.get("report.colon") + " " + w.revision(o, v, cur));
      }
    }
    blocks.add(
        new ReportDoc.Table(
            "",
            columns(
                "objective",
                "kpi",
                "scope",
                "#actual",
                "#expected",
                "#variance",
                "#var-pct",
                "#attained",
                "#pace",
                "#projection",
                "#target",
                "deadline",
                "status"),
            rows));
    if (!notes.isEmpty()) {
      blocks.add(new ReportDoc.Notes(notes));
    }
    blocks.add(new ReportDoc.Charts(r.objectives(), cur));
    return new Section("objectives", w.get("report.h.objectives"), "", blocks);
  }

  private Section alerts(PlanReport r) {
    String cur = r.plan().currency();
    List<Block> blocks = new ArrayList<>();
    if (r.alerts().isEmpty()) {
      blocks.add(new ReportDoc.Text(w.get("report.none.alerts"), Tone.PLAIN));
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (AlertResult a : r.alerts()) {
        rows.add(
            List.of(
                Cell.of(a.kpi().id()),
                Cell.of(a.period().toString()),
                Cell.of(w.value(a.kpi(), a.previous(), cur)),
                Cell.of(w.value(a.kpi(), a.current(), cur)),
                Cell.of(w.pct(a.changePct()), Tone.BAD),
                Cell.of(w.threshold(a))));
        for (Derivation d : a.derivations()) {
          notes.add(w.derivation(d));
        }
      }
      blocks.add(
          new ReportDoc.Table(
              "",
              columns("kpi", "period", "#previous", "#current", "#change", "#threshold"),
              rows));
      if (!notes.isEmpty()) {
        blocks.add(new ReportDoc.Notes(notes));
      }
    }
    return new Section("alerts", w.get("report.h.alerts"), w.get("report.h.alerts.what"), blocks);
  }

  private Section stale(PlanReport r) {
    List<Block> blocks = new ArrayList<>();
    if (r.stale().isEmpty()) {
      blocks.add(new ReportDoc.Text(w.get("report.stale.none"), Tone.PLAIN));
    } else {
      List<List<Cell>> rows = new ArrayList<>();
      for (StaleKpi s : r.stale()) {
        rows.add(
            List.of(
                Cell.of(s.kpi().id()),
                Cell.of(s.latest().toString()),
                Cell.of(w.number(s.missing(), 0), Tone.WARN),
                Cell.of(w.stale(s))));
      }
      blocks.add(new ReportDoc.Table("", columns("kpi", "latest", "#missing", "what"), rows));
    }
    return new Section("stale", w.get("report.h.stale"), w.get("report.h.stale.what"), blocks);
  }

  private Section actions(PlanReport r) {
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
              columns(
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

  private Section next(PlanReport r) {
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
          new ReportDoc.Table("", columns("date", "what", "action", "owner", "title"), rows));
    }
    return new Section(
        "next",
        w.get("report.h.next"),
        w.get("report.h.next.to", r.asOf().plusDays(ReportBuilder.HORIZON_DAYS)),
        blocks);
  }

  private Section trend(PlanReport r) {
    String cur = r.plan().currency();
    List<List<Cell>> rows = new ArrayList<>();
    for (TrendResult t : r.trend()) {
      List<Double> v = t.values();
      Double oldest = v.stream().filter(x -> x != null).findFirst().orElse(null);
      rows.add(
          List.of(
              Cell.of(t.kpi().id()),
              new Cell(ReportWords.spark(v), Tone.PLAIN, "", null, v),
              Cell.of(ReportWords.periods(t.periods())),
              Cell.of(w.value(t.kpi(), oldest, cur)),
              Cell.of(w.value(t.kpi(), v.get(v.size() - 1), cur))));
    }
    return new Section(
        "trend",
        w.get("report.h.trend"),
        w.get("report.h.trend.what", ReportBuilder.TREND_PERIODS),
        List.of(
            new ReportDoc.Table(
                "", columns("kpi", "trend", "periods", "#oldest", "#latest"), rows)));
  }

  private Section allocation(PlanReport r) {
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

  /** Column titles from their label keys; a leading '#' marks a number column. */
  private List<Column> columns(String... keys) {
    List<Column> out = new ArrayList<>();
    for (String k : keys) {
      boolean number = k.startsWith("#");
      out.add(new Column(w.get("report.th." + (number ? k.substring(1) : k)), number));
    }
    return out;
  }
}
