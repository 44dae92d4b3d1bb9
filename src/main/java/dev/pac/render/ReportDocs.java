package dev.pac.render;

import dev.pac.i18n.Text;
import dev.pac.render.ReportDoc.Item;
import dev.pac.render.ReportDoc.Section;
import dev.pac.render.ReportDoc.Tone;
import dev.pac.report.Attention;
import dev.pac.report.PlanReport;
import dev.pac.report.Status;
import dev.pac.report.Upcoming;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link ReportDoc} of a plan's report in one language: every word and number the three
 * writers print. The attention list is built here; the sections about measures are {@link
 * KpiSections}', those about actions and money {@link ActionSections}'.
 */
final class ReportDocs {
  /**
   * Text and Markdown open with at most this many things that need attention, and at least the
   * fewer ones.
   */
  static final int MAX_ATTENTION = 5;

  static final int MIN_ATTENTION = 3;

  private final ReportWords w;
  private final KpiSections kpis;
  private final ActionSections actions;

  ReportDocs(Labels labels) {
    this.w = new ReportWords(labels);
    this.kpis = new KpiSections(w);
    this.actions = new ActionSections(w);
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
    sections.add(kpis.objectives(r));
    sections.add(kpis.alerts(r));
    sections.add(kpis.stale(r));
    sections.add(actions.actions(r));
    sections.add(actions.next(r));
    if (!r.trend().isEmpty()) {
      sections.add(kpis.trend(r));
    }
    sections.add(actions.allocation(r));
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
          new Item(
              Tone.DIM,
              w.get("report.attention.more", Text.count(r.attention().size() - MAX_ATTENTION))));
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
}
