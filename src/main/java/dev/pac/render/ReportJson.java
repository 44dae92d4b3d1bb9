package dev.pac.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pac.history.DecisionEntry;
import dev.pac.history.Revision;
import dev.pac.report.ActionResult;
import dev.pac.report.AlertResult;
import dev.pac.report.Attention;
import dev.pac.report.ObjectiveResult;
import dev.pac.report.PlanReport;
import dev.pac.report.StaleKpi;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * The report as JSON, in the shape docs/report.md describes: one object for one plan, {@code
 * {"plans": [...]}} for several. Numbers unrounded, null where undefined, dates ISO, periods like
 * {@code 2027-W07} or {@code 2027-02}.
 */
public final class ReportJson implements ReportRenderer {
  private final ReportWords words;

  /**
   * {@code labels} words the attention messages; every other value is a fact, not a display string.
   */
  public ReportJson(Labels labels) {
    this.words = new ReportWords(labels);
  }

  @Override
  public void render(List<PlanReport> reports, PrintWriter out) {
    Json.write(
        out,
        g -> {
          if (reports.size() == 1) {
            plan(g, reports.get(0));
          } else {
            g.writeStartObject();
            g.writeArrayFieldStart("plans");
            for (PlanReport r : reports) {
              plan(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
          }
        });
  }

  private void plan(JsonGenerator g, PlanReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("plan", r.plan().id());
    g.writeStringField("as_of", r.asOf().toString());
    g.writeArrayFieldStart("attention");
    for (Attention a : r.attention()) {
      g.writeStartObject();
      g.writeStringField("kind", a.kind().id());
      g.writeStringField("id", a.id());
      g.writeStringField("message", words.attention(a, r));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("objectives");
    for (ObjectiveResult o : r.objectives()) {
      g.writeStartObject();
      g.writeStringField("id", o.objective().id());
      g.writeStringField("kpi", o.kpi().id());
      g.writeStringField("segment", o.objective().segment());
      g.writeStringField("channel", o.objective().channel());
      Json.number(g, "baseline", o.objective().baseline());
      Json.number(g, "target", o.objective().target());
      g.writeStringField("start", o.objective().start().toString());
      g.writeStringField("deadline", o.objective().deadline().toString());
      g.writeStringField("through", o.through().toString());
      Json.number(g, "actual", o.actual());
      Json.number(g, "expected", o.expected());
      Json.number(g, "variance", o.variance());
      Json.number(g, "variance_pct", o.variancePct());
      Json.number(g, "attainment", o.attainment());
      Json.number(g, "pace", o.pace());
      Json.number(g, "projection", o.projection());
      g.writeStringField("status", o.status().id());
      g.writeBooleanField("stale", o.stale());
      Json.number(g, "original_target", o.history().originalTarget());
      g.writeArrayFieldStart("revisions");
      for (Revision v : o.history().revisions()) {
        g.writeStartObject();
        g.writeStringField("commit", v.commit().substring(0, 7));
        g.writeStringField("date", v.date().toString());
        g.writeStringField("author", v.author());
        g.writeStringField("field", v.field());
        revised(g, "old", v.old());
        revised(g, "new", v.now());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeBooleanField("retrofitted", o.retrofitted());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("alerts");
    for (AlertResult a : r.alerts()) {
      g.writeStartObject();
      g.writeStringField("kpi", a.kpi().id());
      g.writeStringField("week", a.period().toString());
      Json.number(g, "previous", a.previous());
      Json.number(g, "current", a.current());
      Json.number(g, "change_pct", a.changePct());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("stale");
    for (StaleKpi s : r.stale()) {
      g.writeStartObject();
      g.writeStringField("kpi", s.kpi().id());
      g.writeStringField("latest", s.latest().toString());
      g.writeNumberField("missing", s.missing());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("actions");
    for (ActionResult a : r.actions()) {
      g.writeStartObject();
      g.writeStringField("id", a.action().id());
      g.writeStringField("status", a.action().status().id());
      g.writeStringField("owner", a.action().owner());
      g.writeStringField("due", a.action().due().toString());
      g.writeBooleanField("overdue", a.overdue());
      Json.number(g, "budget", a.action().budget());
      g.writeStringField(
          "window_start", a.windowStart() == null ? null : a.windowStart().toString());
      g.writeStringField("window_end", a.windowEnd() == null ? null : a.windowEnd().toString());
      Json.number(g, "spend", a.spend());
      Json.number(g, "return", a.ret());
      Json.number(g, "roi", a.roi());
      if (a.decision() == null) {
        g.writeNullField("decision");
      } else {
        g.writeStringField("decision", a.decision().id());
      }
      Json.number(g, "spend_to_date", a.spendToDate());
      Json.number(g, "burn", a.burn());
      LocalDate last = a.history().lastChanged();
      g.writeStringField("last_changed", last == null ? null : last.toString());
      g.writeBooleanField("stale", a.stale());
      g.writeBooleanField("decision_pending", a.decisionPending());
      g.writeArrayFieldStart("decisions");
      for (DecisionEntry d : a.history().decisions()) {
        g.writeStartObject();
        g.writeStringField("commit", d.commit().substring(0, 7));
        g.writeStringField("date", d.date().toString());
        g.writeStringField("author", d.author());
        g.writeStringField("decision", d.decision().id());
        g.writeStringField("why", d.why());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A revised value: a target as a number, a deadline as its date. */
  private static void revised(JsonGenerator g, String name, Object v) throws IOException {
    if (v instanceof Double d) {
      Json.number(g, name, d);
    } else {
      g.writeStringField(name, v == null ? null : v.toString());
    }
  }
}
