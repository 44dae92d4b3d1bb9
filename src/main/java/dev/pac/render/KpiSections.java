package dev.pac.render;

import dev.pac.history.Revision;
import dev.pac.render.ReportDoc.Block;
import dev.pac.render.ReportDoc.Cell;
import dev.pac.render.ReportDoc.Section;
import dev.pac.render.ReportDoc.Tone;
import dev.pac.report.AlertResult;
import dev.pac.report.Derivation;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.ReportBuilder;
import dev.pac.report.StaleKpi;
import dev.pac.report.TrendResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's sections about measures: the objectives (table, notes, charts), the KPI alerts, the
 * KPIs without recent figures and the trend.
 */
final class KpiSections {
  private final ReportWords w;

  KpiSections(ReportWords w) {
    this.w = w;
  }

  Section objectives(PlanReport r) {
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
              new Cell(
                  w.status(o.status()), ReportDocs.tone(o.status()), "", o.status().id(), null)));
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
            w.columns(
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

  Section alerts(PlanReport r) {
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
              w.columns("kpi", "period", "#previous", "#current", "#change", "#threshold"),
              rows));
      if (!notes.isEmpty()) {
        blocks.add(new ReportDoc.Notes(notes));
      }
    }
    return new Section("alerts", w.get("report.h.alerts"), w.get("report.h.alerts.what"), blocks);
  }

  Section stale(PlanReport r) {
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
      blocks.add(new ReportDoc.Table("", w.columns("kpi", "latest", "#missing", "what"), rows));
    }
    return new Section("stale", w.get("report.h.stale"), w.get("report.h.stale.what"), blocks);
  }

  Section trend(PlanReport r) {
    String cur = r.plan().currency();
    List<List<Cell>> rows = new ArrayList<>();
    for (TrendResult t : r.trend()) {
      List<Double> v = t.values();
      Double oldest = v.stream().filter(x -> x != null).findFirst().orElse(null);
      rows.add(
          List.of(
              Cell.of(t.kpi().id()),
              new Cell(Sparklines.text(v), Tone.PLAIN, "", null, v),
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
                "", w.columns("kpi", "trend", "periods", "#oldest", "#latest"), rows)));
  }
}
