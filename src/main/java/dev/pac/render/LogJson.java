package dev.pac.render;

import dev.pac.diff.Change;
import dev.pac.history.LogEntry;
import dev.pac.history.PlanLog;
import dev.pac.history.Trailer;
import java.io.PrintWriter;

/**
 * {@code {"entries": [{"commit", "date", "author", "subject", "decisions": [{"action", "decision",
 * "why"}], "changes": [...]}]}}, newest first; each change as {@code pac diff --format json} writes
 * it; {@code why} is null when the commit gives none.
 */
public final class LogJson implements LogRenderer {
  @Override
  public void render(PlanLog log, PrintWriter out) {
    Json.write(
        out,
        g -> {
          g.writeStartObject();
          g.writeArrayFieldStart("entries");
          for (LogEntry e : log.entries()) {
            g.writeStartObject();
            g.writeStringField("commit", e.commit().shortId());
            g.writeStringField("date", e.commit().date().toString());
            g.writeStringField("author", e.commit().author());
            g.writeStringField("subject", e.commit().subject());
            g.writeArrayFieldStart("decisions");
            for (Trailer t : e.decisions()) {
              g.writeStartObject();
              g.writeStringField("action", t.action());
              g.writeStringField("decision", t.decision().id());
              g.writeStringField("why", t.why());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changes");
            for (Change c : e.changes()) {
              DiffJson.change(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        });
  }
}
